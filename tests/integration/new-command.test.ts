import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { runBuild, hashTree } from '../helpers/run-build.ts';
import { copySharedBuild, sharedBuild } from '../helpers/shared-build.ts';

const sites: ScratchSite[] = [];
afterAll(async () => {
  await Promise.all(sites.map((site) => site.remove()));
  await rm(path.join(projectRoot, '.prongsai/test-out/new-untouched'), { recursive: true, force: true });
});

function newEntry(site: ScratchSite, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/new.ts', ...args, '--content', site.contentDirFromProject], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run new, as staff use it', () => {
  it('writes an untouched skeleton that the build refuses by file and field, leaving the previous site as it was', async () => {
    const site = await copyFixtureSite('minimal', 'new-untouched');
    sites.push(site);
    const outDir = '.prongsai/test-out/new-untouched/dist';
    // The previous site: the fixture's build (shared with build.test.ts and verify.test.ts), copied to where this build writes.
    const previous = await sharedBuild('minimal');
    expect(previous.run.code).toBe(0);
    await copySharedBuild(previous, path.join(projectRoot, outDir));
    const before = await hashTree(path.join(projectRoot, outDir));
    const created = newEntry(site, 'document', 'procurement-plan');
    expect(created.code).toBe(0);
    const file = /✓ สร้างไฟล์ (\S+)/.exec(created.stdout)?.[1];
    expect(file).toMatch(/documents\/25\d\d\/procurement-plan-25\d\d-\d\d-\d\d\.md$/);
    const run = await runBuild(site.contentDirFromProject, outDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(file!);
    expect(run.stderr).toContain('ช่อง title');
    expect(run.stderr).toContain('ยังเป็นข้อความตัวอย่างจาก npm run new');
    expect(await hashTree(path.join(projectRoot, outDir))).toBe(before);
  });

  it('takes the title, year, date, period and attachment as flags and writes into that fiscal year with the file beside it', async () => {
    const site = await copyFixtureSite('minimal', 'new-flags');
    sites.push(site);
    const created = newEntry(
      site,
      'document',
      'procurement-plan',
      '--title',
      'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568',
      '--fiscal-year',
      '2568',
      '--date',
      '2567-09-20',
      '--round',
      '12-month',
      '--attach',
      path.join(projectRoot, 'tests/fixtures/pdf/thai-manual.pdf'),
    );
    expect(created.stderr).toBe('');
    const folder = path.join(site.root, 'content/documents/2568');
    expect((await readdir(folder)).sort()).toEqual(['procurement-plan-2567-09-20.md', 'procurement-plan-2567-09-20.pdf']);
    const text = await readFile(path.join(folder, 'procurement-plan-2567-09-20.md'), 'utf8');
    expect(text).toContain('title: "แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568"');
    expect(text).toContain('published: 2567-09-20');
    expect(text).toContain('  - file: procurement-plan-2567-09-20.pdf');
  });

  it('lists under "กรอกต่อ" only what is left: not the title or attachment given, no period for a plan, the month for a monthly summary', async () => {
    const site = await copyFixtureSite('minimal', 'new-fill-in');
    sites.push(site);
    const plan = newEntry(
      site,
      'document',
      'procurement-plan',
      '--title',
      'แผนการจัดซื้อจัดจ้าง ประจำปีงบประมาณ พ.ศ. 2568',
      '--date',
      '2567-09-20',
      '--attach',
      path.join(projectRoot, 'tests/fixtures/pdf/thai-manual.pdf'),
    );
    const toFill = plan.stdout.split('กรอกต่อ')[1] ?? '';
    expect(toFill).toContain('summary:');
    expect(toFill).not.toMatch(/- title:|- attachments:|- period:/);
    const planText = await readFile(path.join(site.root, 'content/documents/2567/procurement-plan-2567-09-20.md'), 'utf8');
    expect(planText).not.toContain('period');
    const summary = newEntry(site, 'document', 'procurement-monthly-summary', '--title', 'สรุปผลการจัดซื้อจัดจ้าง เดือนสิงหาคม 2567', '--date', '2567-09-05');
    expect(summary.stdout.split('กรอกต่อ')[1]).toMatch(/- period: เดือนที่สรุป/);
    const summaryText = await readFile(path.join(site.root, 'content/documents/2567/procurement-monthly-summary-2567-09-05.md'), 'utf8');
    expect(summaryText).toContain('#   month: 2567-08');
  });

  it('says in Thai what is wrong with a bad option, a bad date or an unknown type', async () => {
    const site = await copyFixtureSite('minimal', 'new-bad');
    sites.push(site);
    expect(newEntry(site, 'document', 'procurement-plan', '--date', '2567-02-30').stderr).toContain('วันที่ "2567-02-30" ไม่ถูกต้อง');
    expect(newEntry(site, 'document', 'no-such-type').stderr).toContain('ไม่รู้จักประเภทเอกสาร "no-such-type"');
    expect(newEntry(site, 'document', 'procurement-plan', '--colour', 'red').stderr).toContain('ตัวเลือกไม่ถูกต้อง');
    expect(newEntry(site).stderr).toContain('ไม่ได้รันในเทอร์มินัล');
  });
});
