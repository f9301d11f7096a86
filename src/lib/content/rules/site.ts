import type { RawEntry } from '../read-content.ts';
import { isHiddenPath, unhiddenPath } from '../hidden-path.ts';
import type { Entry } from '../model.ts';
import type { Site } from '../../../schemas/site.ts';
import type { RuleContext } from './context.ts';

/** Addresses that mean "not configured yet". */
const exampleHosts = /(^|\.)example\.(com|org|net|go\.th)$|^localhost$/;

/** The agency profile: units form a tree, pictures exist, the site address is the agency's own. */
export function checkSiteProfile({ raw, report }: RuleContext, siteRaw: RawEntry | undefined, site: Entry<Site> | undefined): void {
  if (!siteRaw || !site) return;
  const unitIds = new Set<string>();
  site.data.units.forEach((unit, index) => {
    if (unitIds.has(unit.id)) report('error', siteRaw, ['units', index, 'id'], 'site.duplicate-unit', { value: unit.id });
    unitIds.add(unit.id);
  });
  site.data.units.forEach((unit, index) => {
    if (unit.parent && !unitIds.has(unit.parent)) report('error', siteRaw, ['units', index, 'parent'], 'site.unknown-parent-unit', { value: unit.parent });
  });
  const contentFile = (relative: string) => `${raw.contentDir}/${relative.replace(/^\.?\//, '')}`;
  // Every picture site.yaml names, the executives' photos first: one check for all.
  const images: [readonly (string | number)[], string | undefined][] = [
    ...site.data.executives.map((executive, index): [readonly (string | number)[], string | undefined] => [['executives', index, 'photo'], executive.photo]),
    [['orgChart'], site.data.orgChart],
    [['map', 'image'], site.data.map?.image],
    [['logo', 'image'], site.data.logo?.image],
  ];
  for (const [field, image] of images) {
    if (image && isHiddenPath(image)) report('error', siteRaw, field, 'attachment.hidden', { path: image, suggested: unhiddenPath(image) });
    else if (image && !raw.files.has(contentFile(image))) report('error', siteRaw, field, 'attachment.missing', { path: contentFile(image) });
  }
  if (exampleHosts.test(new URL(site.data.siteUrl).hostname)) report('warning', siteRaw, ['siteUrl'], 'site.example-url', { value: site.data.siteUrl });
}
