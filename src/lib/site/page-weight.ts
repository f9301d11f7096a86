import { gzipSync } from 'node:zlib';

/** Bytes a browser downloads for a file when the server gzips it (default level, as most servers do). */
export function gzipSize(content: Buffer | string): number {
  return gzipSync(content).length;
}

/** Stylesheets and scripts an HTML page links to, as site paths. */
export function linkedAssets(html: string): { stylesheets: string[]; scripts: string[]; inlineScripts: number } {
  const stylesheets = [...html.matchAll(/<link\b[^>]*rel=["']?stylesheet["']?[^>]*>/gi)]
    .map((tag) => /href=["']?([^"'\s>]+)/i.exec(tag[0])?.[1])
    .filter((href): href is string => Boolean(href));
  const scripts = [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)[^>]*>/gi)].map((match) => match[1]!);
  const inlineScripts = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gi)].filter(
    (match) => !/type=["']?application\/(?:ld\+)?json/i.test(match[0]),
  ).length;
  return { stylesheets, scripts, inlineScripts };
}

/** Relative modules a bundled script imports (static and dynamic), so a page's whole JavaScript can be weighed. */
export function importedModules(script: string): string[] {
  const specifiers = [...script.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*["'](\.{1,2}\/[^"']+\.js)["']/g)].map((match) => match[1]!);
  return [...new Set(specifiers)];
}
