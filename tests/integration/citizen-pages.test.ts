/**
 * The public pages' choices that depend on content (issue 13), on a real build of the minimal fixture site:
 * publishing.showOitGaps: true brings back statuses and gaps on the OIT pages, and a document's change notes
 * written by staff are its history, with its own published date as first published.
 */
import { describe, it, expect, beforeAll } from 'vitest';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { sharedBuild } from '../helpers/shared-build.ts';

let absoluteOut: string;
const page = (sitePath: string) => readFile(path.join(absoluteOut, sitePath, 'index.html'), 'utf8');
// The pages' Thai line-break marks (<wbr>, <span class="kw">) join their words; other tags separate.
const text = (html: string) =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replaceAll('<wbr>', '')
    .replace(/<span class="kw">([^<]*)<\/span>/g, '$1')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

// The minimal fixture with publishing.showOitGaps: true and two change notes on the procurement plan, built once with
// what search-index, long-scan-build and search-ranking test (tests/helpers/shared-sites.ts).
beforeAll(async () => {
  const { run, distDir } = await sharedBuild('minimalPublished');
  expect(run.stderr).not.toContain('ผิดพลาด');
  expect(run.code).toBe(0);
  absoluteOut = distDir;
});

describe('publishing.showOitGaps: true', () => {
  it("shows each item's status and the summary on the OIT index, gaps included", async () => {
    const index = await page('oit/2567');
    expect(index).toContain('class="status status-');
    expect(text(index)).toContain('สรุป:');
    expect(text(index)).toContain('O21 สรุปผลการจัดซื้อจัดจ้างหรือการจัดหาพัสดุรายเดือน ! ไม่ครบถ้วน');
    expect(index).toContain('role="columnheader">สถานะ</th>');
  });

  it('publishes the ITAS answer and the self-check status in the sheet, beside item → URL', async () => {
    const csv = await readFile(path.join(absoluteOut, 'oit/2567/itas.csv'), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFข้อ,รายการ,มี/ไม่มี,URL,คำอธิบายเพิ่มเติม,URL ของหลักฐานแต่ละรายการ,ผลการตรวจเอง (สำหรับเจ้าหน้าที่ ไม่ต้องกรอกใน ITAS)');
    const sheet = JSON.parse(await readFile(path.join(absoluteOut, 'oit/2567/itas.json'), 'utf8')) as { items: { status?: string; statusTh?: string }[] };
    expect(sheet.items.every((item) => item.status && item.statusTh)).toBe(true);
  });

  it('shows the status, the reasons and the automatic checks on an item page', async () => {
    const item = await page('oit/2567/o19');
    expect(item).toContain('class="status status-');
    expect(text(item)).toContain('เหตุผลของสถานะ');
  });
});

describe('change notes written by staff', () => {
  it("are the document's history, newest first, after its own published date; no git text", async () => {
    const html = await page('documents/2567/procurement-plan');
    const history = text(html.slice(html.indexOf('id="history-heading"')));
    expect(history).toContain('เผยแพร่ครั้งแรก 20 ตุลาคม 2566');
    expect(history).toContain('ปรับปรุงล่าสุด 15 มกราคม 2567');
    const newest = history.indexOf('15 มกราคม 2567 — เพิ่มไฟล์แผนฉบับปรับปรุง');
    const older = history.indexOf('2 พฤศจิกายน 2566 — แก้ไขวงเงินโครงการที่ 3 ให้ตรงกับประกาศ');
    expect(newest).toBeGreaterThan(-1);
    expect(older).toBeGreaterThan(newest);
    expect(history).not.toMatch(/git|commit|[0-9a-f]{7}/i);
  });
});
