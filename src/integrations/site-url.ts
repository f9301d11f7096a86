import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseYaml } from '../lib/content/parse-source.ts';

/** Reads `siteUrl` from the content's site.yaml; validation reports a bad one, so fall back quietly here. */
export function siteUrlFromContent(root: string, contentDir: string): string | undefined {
  try {
    const data = parseYaml(readFileSync(path.join(root, contentDir, 'site.yaml'), 'utf8')).data as { siteUrl?: unknown };
    return typeof data?.siteUrl === 'string' ? data.siteUrl : undefined;
  } catch {
    return undefined;
  }
}
