/**
 * `npm run screenshots [-- --dir dist] [--all]`: full-page PNGs of a built site for people to look at, at 360 px and
 * 1280 px, into .prongsai/screenshots/<width>/ (not committed). By default one page per route pattern and page
 * variant (as the browser tests choose them), plus the 404 page; --all takes every page of the sitemap.
 * Build the site first (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ensureChromium, launchChromium } from './lib/browser.ts';
import { describeSample, pageFilesIn, routePatterns, sampleRoutes } from './lib/route-sample.ts';
import { fetchText, sitemapPaths } from './lib/sitemap.ts';
import { serveStatic } from './lib/static-server.ts';
import { commandWords } from '../src/i18n/terminal.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    dir: { type: 'string', default: 'dist' },
    all: { type: 'boolean', default: false },
  },
});
const root = path.resolve(values.root);
const siteDir = path.resolve(root, values.dir);
const outDir = path.join(root, '.prongsai/screenshots');
const widths = [360, 1280] as const;

if (!existsSync(path.join(siteDir, 'sitemap-index.xml'))) {
  console.error(commandWords.screenshotsNoSite(values.dir));
  process.exit(1);
}

ensureChromium();
const server = await serveStatic(siteDir);
const browser = await launchChromium();
try {
  const { paths } = await sitemapPaths(server.origin);
  let chosen = paths;
  if (!values.all) {
    const pages = [];
    for (const pagePath of paths) pages.push({ path: pagePath, html: await fetchText(`${server.origin}${pagePath}`) });
    const sample = sampleRoutes(pages, routePatterns(await pageFilesIn(path.join(root, 'src/pages'))));
    console.log(describeSample(sample));
    chosen = sample.pages.map((page) => page.path);
  }
  const notFound = '/no-such-page/';
  await rm(outDir, { recursive: true, force: true });
  for (const width of widths) {
    await mkdir(path.join(outDir, String(width)), { recursive: true });
    // Reduced motion: the charts are whole the moment they are drawn, not caught halfway through their animation.
    const context = await browser.newContext({ viewport: { width, height: 900 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    for (const pagePath of [...chosen, notFound]) {
      await page.goto(`${server.origin}${pagePath}`, { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready.then(() => undefined));
      if (await page.locator('canvas[data-chart]').count()) await page.waitForSelector('canvas[data-chart][data-drawn]');
      const name = pagePath === notFound ? '404' : pagePath.split('/').filter(Boolean).map(decodeURIComponent).join('--') || 'home';
      await page.screenshot({ path: path.join(outDir, String(width), `${name}.png`), fullPage: true });
    }
    await context.close();
  }
  console.log(commandWords.screenshotsWritten(chosen.length + 1, widths, path.relative(root, outDir)));
} finally {
  await browser.close();
  await server.close();
}
