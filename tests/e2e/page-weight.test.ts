/**
 * Page weight budgets over every page of the built site (files read from disk, no browser: cheap enough for every
 * page, and a budget is about the heaviest page, which a sample could miss).
 */
import { describe, it, expect } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { e2eSite } from './site.ts';
import { gzipSize, linkedAssets, importedModules } from '../../src/lib/site/page-weight.ts';

const { distDir } = await e2eSite();
const kilobytes = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

async function htmlPages(): Promise<string[]> {
  const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => path.join(entry.parentPath, entry.name));
}
const sitePath = (file: string) => `/${path.relative(distDir, file).replace(/index\.html$/, '')}`;
const readAsset = (assetPath: string) => readFile(path.join(distDir, assetPath));

/** A script and everything it imports, each file once. */
async function scriptClosure(entry: string): Promise<Map<string, Buffer>> {
  const seen = new Map<string, Buffer>();
  const queue = [entry];
  while (queue.length > 0) {
    const current = queue.shift()!;
    if (seen.has(current)) continue;
    const content = await readAsset(current);
    seen.set(current, content);
    for (const specifier of importedModules(content.toString('utf8'))) queue.push(path.posix.join(path.posix.dirname(current), specifier));
  }
  return seen;
}

async function pageWeight(file: string) {
  const html = await readFile(file);
  const assets = linkedAssets(html.toString('utf8'));
  let css = 0;
  for (const href of assets.stylesheets) css += gzipSize(await readAsset(href));
  const scripts = new Map<string, Buffer>();
  for (const src of assets.scripts) for (const [name, content] of await scriptClosure(src)) scripts.set(name, content);
  let js = 0;
  for (const content of scripts.values()) js += gzipSize(content);
  return { html: gzipSize(html), css, js, scriptCount: assets.scripts.length + assets.inlineScripts };
}

// Budgets for citizens on slow phone networks (gzip bytes).
const documentPageBudget = 20 * 1024;
const itaScriptBudget = 80 * 1024;
const fontBudget = 40 * 1024;

describe('page weight budgets of the built example site', () => {
  it('keeps every document page (HTML + CSS + JS) within 20 KB gzip', async () => {
    const documents = (await htmlPages()).filter((file) => /^\/documents\/\d{4}\/[^/]+\/$/.test(sitePath(file)));
    expect(documents.length).toBeGreaterThan(0);
    for (const file of documents) {
      const weight = await pageWeight(file);
      const total = weight.html + weight.css + weight.js;
      console.log(
        `${sitePath(file)}: HTML ${kilobytes(weight.html)} KB + CSS ${kilobytes(weight.css)} KB + JS ${kilobytes(weight.js)} KB = ${kilobytes(total)} KB gzip`,
      );
      expect(total, sitePath(file)).toBeLessThanOrEqual(documentPageBudget);
    }
  });

  it("keeps the ITA results pages' JavaScript within 80 KB gzip", async () => {
    const itaPages = (await htmlPages()).filter((file) => sitePath(file).startsWith('/ita/'));
    expect(itaPages.length).toBeGreaterThan(0);
    let withCharts = 0;
    for (const file of itaPages) {
      const weight = await pageWeight(file);
      // /ita/ draws its trend only from two years on; without a chart it needs no script at all.
      const hasChart = (await readFile(file, 'utf8')).includes('data-chart=');
      console.log(`${sitePath(file)}: JS ${kilobytes(weight.js)} KB gzip`);
      if (hasChart) withCharts += 1;
      if (hasChart) expect(weight.js, sitePath(file)).toBeGreaterThan(0);
      expect(weight.js, sitePath(file)).toBeLessThanOrEqual(itaScriptBudget);
    }
    expect(withCharts).toBeGreaterThan(0);
  });

  it('keeps all fonts together within 40 KB gzip', async () => {
    const entries = await readdir(distDir, { recursive: true, withFileTypes: true });
    const fonts = entries.filter((entry) => entry.isFile() && /\.(woff2?|ttf|otf)$/.test(entry.name));
    expect(fonts.length).toBeGreaterThan(0);
    let total = 0;
    for (const font of fonts) total += gzipSize(await readFile(path.join(font.parentPath, font.name)));
    console.log(`fonts: ${fonts.length} files, ${kilobytes(total)} KB gzip`);
    expect(total).toBeLessThanOrEqual(fontBudget);
  });

  it('ships no JavaScript on pages without a chart or the search box (the 404 page: its address forwarding only)', async () => {
    const withScripts: string[] = [];
    for (const file of await htmlPages()) {
      const page = sitePath(file);
      if (page.startsWith('/ita/') || page.startsWith('/search/')) continue;
      if (page === '/404.html') {
        expect((await pageWeight(file)).scriptCount, page).toBe(1);
        continue;
      }
      if ((await pageWeight(file)).scriptCount > 0) withScripts.push(page);
    }
    expect(withScripts).toEqual([]);
  });
});
