/**
 * Renders the typed pages of tests/fixtures/scans/scan-pages.ts as scans (JPEG, about 150 dpi, in Chromium with the
 * self-hosted Sarabun), spoiled as their `look` says: a table's rules, a stamp and signature over the text, a photocopy's
 * grey noise and blur, a page fed in at an angle. Run once; the images are committed (`node scripts/bench/make-scans.ts`).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureChromium, launchChromium } from '../lib/browser.ts';
import { scanPages, type ScanPage } from '../../tests/fixtures/scans/scan-pages.ts';

const root = path.resolve(import.meta.dirname, '../..');
const outDir = path.join(root, 'tests/fixtures/scans');
const font = (weight: number) => pathToFileURL(path.join(root, `node_modules/@fontsource/sarabun/files/sarabun-thai-${weight}-normal.woff2`)).href;
const latin = (weight: number) => pathToFileURL(path.join(root, `node_modules/@fontsource/sarabun/files/sarabun-latin-${weight}-normal.woff2`)).href;
const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function pageHtml(page: ScanPage): string {
  const [heading, ...rest] = page.lines;
  const body =
    page.look === 'table'
      ? `<table>${rest
          .map(
            (line, row) =>
              `<tr>${line
                .split(' | ')
                .map((cell) => (row === 0 ? `<th>${escape(cell)}</th>` : `<td>${escape(cell)}</td>`))
                .join('')}</tr>`,
          )
          .join('')}</table>`
      : rest.map((line) => `<p>${escape(line)}</p>`).join('');
  const stamp =
    page.look === 'stamp'
      ? `<div class="stamp">องค์การบริหารส่วนตำบลตัวอย่าง<br>รับที่ ๑๒๓<br>ลงชื่อ</div><svg class="signature" viewBox="0 0 300 80"><path d="M5 60 C40 0, 70 90, 110 30 S170 70, 200 20 S260 60, 295 25" stroke="#1a2a8a" stroke-width="4" fill="none"/></svg>`
      : '';
  return `<!doctype html><html lang="th"><head><meta charset="utf-8"><style>
@font-face { font-family: S; src: url(${font(400)}); font-weight: 400; }
@font-face { font-family: S; src: url(${font(700)}); font-weight: 700; }
@font-face { font-family: S; src: url(${latin(400)}); font-weight: 400; unicode-range: U+0000-00FF; }
@font-face { font-family: S; src: url(${latin(700)}); font-weight: 700; unicode-range: U+0000-00FF; }
html, body { margin: 0; background: ${page.look === 'photocopy' ? '#d8d8d4' : '#fff'}; }
main { position: relative; width: 1240px; padding: 90px 110px; box-sizing: border-box; font: 31px/1.55 S; color: #111;
  ${page.look === 'skewed' ? 'transform: rotate(-1.6deg); transform-origin: 0 0; margin-top: 40px;' : ''}
  ${page.look === 'photocopy' ? 'filter: blur(0.7px) contrast(1.3) grayscale(1);' : ''} }
h1 { font-size: 35px; text-align: center; margin: 0 0 26px; }
p { margin: 0 0 10px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 2px solid #222; padding: 6px 12px; text-align: left; }
.stamp { position: absolute; left: 520px; top: 230px; width: 300px; height: 190px; border: 5px solid rgba(190,20,30,.75); border-radius: 50%;
  color: rgba(190,20,30,.75); font: 700 24px/1.5 S; text-align: center; padding-top: 30px; box-sizing: border-box; transform: rotate(-12deg); }
.signature { position: absolute; left: 640px; bottom: 40px; width: 300px; }
.noise { position: absolute; inset: 0; pointer-events: none; opacity: .28; }
</style></head><body><main><h1>${escape(heading!)}</h1>${body}${stamp}${
    page.look === 'photocopy'
      ? '<svg class="noise" width="100%" height="100%"><filter id="n"><feTurbulence type="fractalNoise" baseFrequency="0.9" numOctaves="2" seed="7"/><feColorMatrix values="0 0 0 0 0  0 0 0 0 0  0 0 0 0 0  0 0 0 -1.6 1.05"/></filter><rect width="100%" height="100%" filter="url(#n)"/></svg>'
      : ''
  }</main></body></html>`;
}

ensureChromium();
const browser = await launchChromium();
try {
  await mkdir(outDir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1240, height: 900 } });
  for (const scan of scanPages) {
    await page.setContent(pageHtml(scan), { waitUntil: 'load' });
    await page.evaluate(() => document.fonts.ready);
    const height = await page.evaluate(() => Math.ceil(document.querySelector('main')!.getBoundingClientRect().bottom + 40));
    const jpeg = await page.screenshot({ type: 'jpeg', quality: 55, clip: { x: 0, y: 0, width: 1240, height } });
    await writeFile(path.join(outDir, `${scan.name}.jpg`), jpeg);
    console.log(`${scan.name}.jpg ${Math.round(jpeg.length / 1024)} KB, 1240×${height}`);
  }
} finally {
  await browser.close();
}
