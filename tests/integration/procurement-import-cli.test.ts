/**
 * `npm run import -- procurement` as staff run it: the fixture agency's year imported from its สขร.1 workbook into a
 * site that only has November's "none" file and the annual report, then e-GP's CSV over it, then e-GP's again; the
 * site builds and `npm run check` judges O21's months as EXPECTED.md says.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { formSheetXlsx, egpCsvText, windows874 } from '../../scripts/lib/procurement-sheets.ts';
import { runBuild } from '../helpers/run-build.ts';

let site: ScratchSite;
const run = (script: string, ...args: string[]) => spawnSync(process.execPath, [script, ...args], { cwd: projectRoot, encoding: 'utf8' });
const months = ['2566-10', '2566-12', '2567-01', '2567-03'];

beforeAll(async () => {
  site = await copyFixtureSite('procurement-year', 'procurement-import-cli');
  for (const month of months) await rm(path.join(site.root, `content/procurement/2567/${month}.yaml`));
  await writeFile(path.join(site.root, 'skr1-2567.xlsx'), formSheetXlsx());
  await writeFile(path.join(site.root, 'egp-2567.csv'), windows874(egpCsvText()));
});
afterAll(async () => site.remove());

describe('npm run import -- procurement', () => {
  it('imports the workbook, then e-GP over it, then e-GP again without a change', async () => {
    const form = run('scripts/import.ts', 'procurement', path.join(site.root, 'skr1-2567.xlsx'), '--content', site.contentDirFromProject);
    expect(form.status, form.stderr).toBe(0);
    expect(form.stdout).toContain('เพิ่ม 6 รายการ · ปรับปรุง 0 · ไม่เปลี่ยนแปลง 0 · ปฏิเสธ 0');
    const egp = run('scripts/import.ts', 'procurement', path.join(site.root, 'egp-2567.csv'), '--content', site.contentDirFromProject);
    expect(egp.status, egp.stderr).toBe(0);
    expect(egp.stdout).toContain('เพิ่ม 0 รายการ · ปรับปรุง 5 · ไม่เปลี่ยนแปลง 1 · ปฏิเสธ 0');
    const before = await Promise.all(months.map((month) => site.read(`content/procurement/2567/${month}.yaml`)));
    const again = run('scripts/import.ts', 'procurement', path.join(site.root, 'egp-2567.csv'), '--content', site.contentDirFromProject);
    expect(again.stdout).toContain('เพิ่ม 0 รายการ · ปรับปรุง 0 · ไม่เปลี่ยนแปลง 6 · ปฏิเสธ 0');
    expect(await Promise.all(months.map((month) => site.read(`content/procurement/2567/${month}.yaml`)))).toEqual(before);
  });

  it('the imported site builds with the figures of EXPECTED.md, and check judges O21 the same way', async () => {
    const outDir = '.prongsai/test-out/procurement-import-cli/dist';
    const build = await runBuild(site.contentDirFromProject, outDir);
    expect(build.code, build.stderr).toBe(0);
    const html = await readFile(path.join(projectRoot, outDir, 'procurement/2567/index.html'), 'utf8');
    for (const figure of ['2,229,491.00', '779,491.00', '83.3%', '35.0%']) expect(html).toContain(figure);
    // The person's ID typed in the workbook ("1-1037-02071-81-1") is in no built file, the search index unpacked.
    const out = path.join(projectRoot, outDir);
    for (const entry of await readdir(out, { recursive: true, withFileTypes: true })) {
      if (!entry.isFile()) continue;
      const bytes = await readFile(path.join(entry.parentPath, entry.name));
      const text = (bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes) : bytes).toString('utf8');
      for (const spelling of ['1103702071811', '1-1037-02071-81-1', '3301500456781'])
        expect(text.includes(spelling), `${spelling} in ${entry.name}`).toBe(false);
    }
    const check = run('scripts/check.ts', '--content', site.contentDirFromProject, '--year', '2567', '--as-of', '2567-09-30', '--json');
    const o21 = (JSON.parse(check.stdout) as { items: { code: string; status: string; missingMonths: string[]; lateMonths: string[] }[] }).items.find(
      (item) => item.code === 'O21',
    )!;
    expect(o21).toMatchObject({
      status: 'incomplete',
      missingMonths: ['2024-02', '2024-04', '2024-05', '2024-06', '2024-07', '2024-08'],
      lateMonths: ['2023-12'],
    });
  }, 120_000);

  it('bad input: a non-spreadsheet stops with a Thai message and writes nothing; an unknown subcommand lists the known', async () => {
    await writeFile(path.join(site.root, 'notes.csv'), new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]));
    const before = await site.read('content/procurement/2567/2566-10.yaml');
    const refused = run('scripts/import.ts', 'procurement', path.join(site.root, 'notes.csv'), '--content', site.contentDirFromProject);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('ไม่ใช่ตาราง .csv หรือ .xlsx');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    expect(await site.read('content/procurement/2567/2566-10.yaml')).toBe(before);
    const unknown = run('scripts/import.ts', 'budget', 'x.csv');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('ไม่รู้จักคำสั่งนำเข้า "budget" — ใช้ได้: files, procurement');
  });
});
