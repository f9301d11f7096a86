import type { Site } from '../../schemas/site.ts';

/**
 * Whether the OIT pages show which items lack evidence (statuses, counts, reasons, "ยังไม่มีหลักฐาน"): only when the
 * agency chose to (`publishing.showOitGaps` in site.yaml). Staff always see the gaps with `npm run check`.
 */
export function showsOitGaps(site: Pick<Site, 'publishing'>): boolean {
  return site.publishing.showOitGaps ?? false;
}
