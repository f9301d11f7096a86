/**
 * Full-page screenshots of every page kind at a 360 px phone and a 1280 px desktop, for people to look at (nothing
 * is asserted). Builds the example site (or takes a built one with --dist), serves it like a plain static host and
 * writes PNGs to .prongsai/screenshots/ (never committed).
 *
 *   node scripts/screenshots.ts [--dist DIR] [--out DIR] [--only home,ita-2566]
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    out: { type: 'string', default: '.prongsai/screenshots' },
    only: { type: 'string' },
  },
});

/** One of each page kind the issue names (name → path). */
const pages: [string, string][] = [
  ['home', '/'],
  ['document', '/documents/2567/ita-2566-analysis-report/'],
  ['document-table', '/documents/2567/integrity-measures-report-2567/'],
  ['measure', '/measures/2567/no-gift-policy/'],
  ['declaration', '/declarations/2567/no-gift-policy-2567/'],
  ['ita', '/ita/'],
  ['ita-2566', '/ita/2566/'],
  ['oit-2567', '/oit/2567/'],
  ['oit-item', '/oit/2567/o43/'],
  ['search', '/search/?q=ของขวัญ'],
  ['contact', '/contact/'],
  ['complaints', '/complaints/'],
];
const widths = [360, 1280];
const only = values.only?.split(',');

const mediaTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.pdf': 'application/pdf', '.wasm': 'application/wasm',
};

let distDir = values.dist ? path.resolve(values.dist) : path.join(root, '.prongsai/screenshots-site');
if (!values.dist) {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts/build.ts'), '--out', distDir], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
distDir = path.resolve(distDir);
if (!existsSync(path.join(distDir, 'index.html'))) throw new Error(`no built site in ${distDir}`);

const server = createServer(async (request, response) => {
  const url = new URL(request.url ?? '/', 'http://localhost');
  let file = path.join(distDir, decodeURIComponent(url.pathname));
  try {
    if ((await stat(file)).isDirectory()) file = path.join(file, 'index.html');
    response.writeHead(200, { 'content-type': mediaTypes[path.extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
  } catch {
    response.writeHead(404).end();
  }
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const address = server.address();
const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const outDir = path.resolve(root, values.out);
await mkdir(outDir, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const [name, pagePath] of pages) {
      if (only && !only.includes(name)) continue;
      await page.goto(`${origin}${pagePath}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      if (await page.locator('canvas[data-chart]').count()) await page.waitForSelector('canvas[data-chart][data-drawn]');
      if (pagePath.startsWith('/search/')) await page.waitForSelector('section.search-results[aria-busy="false"]', { state: 'attached' }).catch(() => undefined);
      const file = path.join(outDir, `${name}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${path.relative(root, file)}  ${pagePath}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
