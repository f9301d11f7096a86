/**
 * `npm run edit` on the procurement fixture's month files, as a clerk on a phone and at a desk would use it: a month
 * written by hand with Thai names opens with every drop-down showing its value, the form and Decap's own top bar fit a
 * 360 px screen (publish, delete and preview in reach, a list's add button under its label), and a saved edit is a
 * valid month file with the rows' fields in order.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { launchChromium } from '../../scripts/lib/browser.ts';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { procurementMonthSchema } from '../../src/schemas/procurement.ts';

const screens = path.join(projectRoot, '.prongsai/editor-screens');
let site: ScratchSite;
let edit: ChildProcess;
let output = '';
let origin: string;
let browser: Browser;
let page: Page;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

beforeAll(async () => {
  site = await copyFixtureSite('procurement-year', 'editor-procurement');
  await mkdir(screens, { recursive: true });
  const port = await freePort();
  edit = spawn(process.execPath, ['scripts/edit.ts', '--content', site.contentDirFromProject, '--port', String(port), '--host', '127.0.0.1'], {
    cwd: projectRoot,
    env: Object.fromEntries(Object.entries(process.env).filter(([name]) => name !== 'NODE_ENV' && !name.startsWith('VITEST'))),
  });
  edit.stdout?.on('data', (chunk) => (output += chunk));
  edit.stderr?.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (!output.includes('กด Ctrl+C')) {
    if (Date.now() > deadline || edit.exitCode !== null) throw new Error(`npm run edit did not start:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  origin = `http://127.0.0.1:${port}`;
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1280, height: 860 }, locale: 'th-TH' });
  page.setDefaultTimeout(20_000);
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
  await page
    .getByRole('link', { name: /สรุปผลการจัดซื้อจัดจ้างรายเดือน/ })
    .first()
    .waitFor();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  if (edit && edit.exitCode === null) {
    const exited = new Promise((resolve) => edit.once('exit', resolve));
    edit.kill('SIGTERM');
    await exited;
  }
  await site?.remove();
});

/** The texts Decap's drop-downs show, in the form's order. */
const shownChoices = () => page.locator('[class*="singleValue"]').allTextContents();

describe("the editor's month form", () => {
  it('a month written with Thai names shows each drop-down with its value (not empty)', async () => {
    await page.goto(`${origin}/admin/#/collections/procurement/entries/2567/2566-12`);
    await page
      .getByLabel(/^งานที่จัดซื้อหรือจัดจ้าง/)
      .first()
      .waitFor();
    // The file says: method e-bidding, category จ้างก่อสร้าง, evidence kind contract, status ระหว่างดำเนินการ.
    await expect.poll(shownChoices, { timeout: 20_000 }).toEqual(['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'จ้างก่อสร้าง', 'สัญญา', 'ระหว่างดำเนินการ']);
    await page.screenshot({ path: path.join(screens, 'procurement-month-1280.png') });
  });

  it('fits a 360 px screen: no field, button or title reaches past the right edge, and a list label is not squeezed by its add button', async () => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.waitForTimeout(500);
    const layout = await page.evaluate(() => {
      const pastEdge = (selector: string) =>
        [...document.querySelectorAll(selector)]
          .filter((element) => element.getBoundingClientRect().width > 0 && element.getBoundingClientRect().right > innerWidth + 1)
          .map((element) => element.outerHTML.slice(0, 80));
      const toolbar = document.querySelector('[class*="-ToolbarContainer"]')!;
      return {
        pageWidth: document.documentElement.scrollWidth,
        fieldsPastEdge: pastEdge('input, textarea, [class*="-control"]'),
        // Publish, delete, preview and the title: a clerk on a phone must not have to find them by scrolling a bar sideways.
        toolbarPastEdge: pastEdge(
          '[class*="-ToolbarContainer"] button, [class*="-ToolbarContainer"] a, [class*="-ToolbarContainer"] h1, [class*="-ToolbarContainer"] span',
        ),
        toolbarScrolls: toolbar.scrollWidth > toolbar.clientWidth + 1,
        publishShown: [...toolbar.querySelectorAll('button, [role="button"]')].some(
          (element) => /เผยแพร่/.test(element.textContent ?? '') && element.getBoundingClientRect().width > 0,
        ),
        // Each list's "เพิ่ม …" button: on a line of its own below the count and label, not beside them in a narrow column.
        addButtonsBesideLabels: [...document.querySelectorAll('[class*="-TopBarContainer"]')]
          .filter((bar) => {
            const [label, button] = [bar.firstElementChild!, bar.querySelector(':scope > button')];
            return button && button.getBoundingClientRect().top < label.getBoundingClientRect().bottom - 1;
          })
          .map((bar) => (bar.textContent ?? '').slice(0, 60)),
      };
    });
    await page.screenshot({ path: path.join(screens, 'procurement-month-360.png') });
    expect(layout).toEqual({ pageWidth: 360, fieldsPastEdge: [], toolbarPastEdge: [], toolbarScrolls: false, publishShown: true, addButtonsBesideLabels: [] });
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it('a saved edit is a valid month file: ids for the closed lists, fields in the form order, nothing else changed', async () => {
    const before = procurementMonthSchema.parse(parse(await site.read('content/procurement/2567/2566-12.yaml')));
    await page
      .getByLabel(/^เหตุผลที่คัดเลือกโดยสรุป/)
      .first()
      .fill('ราคาต่ำสุด (แก้จากหน้าแก้ไข)');
    await page.getByText('การเปลี่ยนแปลงยังไม่ได้บันทึก', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'เผยแพร่', exact: true }).click();
    await page.getByText('เผยแพร่ตอนนี้', { exact: true }).click();
    await page.getByText('การเปลี่ยนแปลงถูกบันทึกแล้ว', { exact: true }).waitFor();
    await expect.poll(() => site.read('content/procurement/2567/2566-12.yaml'), { timeout: 15_000 }).toContain('แก้จากหน้าแก้ไข');
    const text = await site.read('content/procurement/2567/2566-12.yaml');
    const after = procurementMonthSchema.parse(parse(text));
    expect(after).toEqual({ ...before, rows: [{ ...before.rows[0]!, reason: 'ราคาต่ำสุด (แก้จากหน้าแก้ไข)' }] });
    const rowKeys = text
      .split('\n')
      .filter((line) => /^ {2}- |^ {4}[a-zA-Z]+:/.test(line))
      .map((line) => line.trim().replace(/^- /, '').split(':')[0]);
    expect(rowKeys).toEqual([
      'item',
      'budget',
      'fundSource',
      'referencePrice',
      'method',
      'category',
      'bidders',
      'winner',
      'reason',
      'evidence',
      'egpNumber',
      'status',
    ]);
  });
});
