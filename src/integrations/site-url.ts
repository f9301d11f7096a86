import { readFileSync } from 'node:fs';
import { parseYaml } from '../lib/content/parse-source.ts';

/** Reads `siteUrl` from content/site.yaml; validation reports a bad one, so fall back quietly here. */
export function siteUrlFromContent(root: URL, contentDir = 'content'): string | undefined {
  try {
    const data = parseYaml(readFileSync(new URL(`${contentDir}/site.yaml`, root), 'utf8')).data as { siteUrl?: unknown };
    return typeof data?.siteUrl === 'string' ? data.siteUrl : undefined;
  } catch {
    return undefined;
  }
}
