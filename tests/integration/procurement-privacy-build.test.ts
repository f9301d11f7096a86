/**
 * The QA privacy report's F5, F7, F9a and F9c cases, built as staff build (scripts/build.ts): each refused, naming the
 * content file, and no build log holds the person's ID in any spelling.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { runBuild } from '../helpers/run-build.ts';
import { boxedDigitsPdf, withCheckDigit } from '../helpers/attachment-bytes.ts';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));

/** Whether a text holds the ID as a reader would find it: any digit form, up to three non-letters between digits. */
function holds(text: string, id: string): boolean {
  const folded = text.normalize('NFKC').replace(/[๐-๙]/g, (digit) => String(digit.charCodeAt(0) - 0x0e50));
  return (folded.match(/\d(?:[^\p{L}\d]{0,3}\d)*/gu) ?? []).some((run) => run.replace(/\D/g, '').includes(id));
}

async function build(name: string, change: (site: ScratchSite) => Promise<void>) {
  const site = await copyFixtureSite('procurement-year', `privacy-build-${name}`);
  sites.push(site);
  await change(site);
  const outDir = `.prongsai/test-out/privacy-build-${name}/dist`;
  const run = await runBuild(site.contentDirFromProject, outDir);
  return { ...run, log: `${run.stdout}\n${run.stderr}`, out: path.join(projectRoot, outDir) };
}

const december = 'content/procurement/2567/2566-12.yaml';

describe('the QA privacy cases, built', () => {
  it('F5, F7, F9a, F9c: each refused, naming where, and the ID is in no log', async () => {
    const slugId = withCheckDigit('471234567890');
    const boxId = withCheckDigit('309059259216');
    // Checksum failing: not found by the guard's reading inside "9" + the ID.
    const nameId = `509229629630${(Number(withCheckDigit('509229629630')[12]) + 3) % 10}`;
    const statusId = withCheckDigit('309019753072');
    const [slug, boxes, name, status] = await Promise.all([
      // F5: a contract number whose address would read 4-7123-45678-90-5 (Thai letters between the groups).
      build('f5', (site) =>
        site.edit(december, (text) =>
          text
            .replace('    egpNumber: "66129012345"\n', '')
            .replace('number: "1/2567"', `number: "${[slugId[0], slugId.slice(1, 5), slugId.slice(5, 10), slugId.slice(10, 12), slugId[12]].join('ก')}"`),
        ),
      ),
      // F7: a PDF with the ID in form boxes, attached to the month.
      build('f7', async (site) => {
        await site.edit(december, (text) => text.replace('posted: 2567-02-10', 'posted: 2567-02-10\nattachments:\n  - { file: summary.pdf, title: สรุป }'));
        await writeFile(path.join(site.root, 'content/procurement/2567/summary.pdf'), boxedDigitsPdf('Tax ID:', boxId));
      }),
      // F9a: the winner's own (person) tax ID inside a longer number in the name: refused by the output check.
      build('f9a', (site) =>
        site.edit('content/procurement/2567/2567-03.yaml', (text) =>
          text.replace(
            'winner: { name: สหกรณ์การเกษตรห้วยแถลง จำกัด, price: "29,500.75" }',
            `winner: { name: "ร้านค้า 9${nameId}", price: "29,500.75", taxId: "${nameId}" }`,
          ),
        ),
      ),
      // F9c: a status holding an ID, and a 14-digit tax ID.
      build('f9c', async (site) => {
        await site.edit(december, (text) => text.replace('status: ระหว่างดำเนินการ', `status: ระหว่างดำเนินการ ${statusId}`));
        await site.edit('content/procurement/2567/2566-10.yaml', (text) => text.replace('taxId: "1-1037-02071-81-1"', `taxId: "${statusId}7"`));
      }),
    ]);

    expect(slug.code, slug.log).toBe(1);
    expect(slug.log).toContain('2566-12.yaml');
    expect(slug.log).toContain('rows[0].evidence.number');
    expect(slug.log).toContain('4-7123-XXXXX-XX-');

    expect(boxes.code, boxes.log).toBe(1);
    expect(boxes.log).toContain('summary.pdf');
    expect(boxes.log).toContain('3-0905-XXXXX-XX-');

    expect(name.code, name.log).toBe(1);
    expect(name.log, name.log).toContain('/data/procurement-2567.csv');
    expect(name.log).toMatch(/2567-03\.yaml รายการที่ 1 ช่อง rows\[0\]\.winner\.name/);

    expect(status.code, status.log).toBe(1);
    expect(status.log).toContain('ไม่อยู่ในรายการที่ใช้ได้');
    expect(status.log).toContain('ไม่ใช่ตัวเลข 13 หลัก');

    for (const [run, id] of [
      [slug, slugId],
      [boxes, boxId],
      [name, nameId],
      [status, statusId],
    ] as const) {
      expect(holds(run.log, id), run.log).toBe(false);
    }
  }, 180_000);
});
