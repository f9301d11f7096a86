import { describe, it, expect, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';

const sites: ScratchSite[] = [];
afterAll(async () => Promise.all(sites.map((site) => site.remove())));

function check(site: ScratchSite, ...args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/check.ts', '--content', site.contentDirFromProject, ...args], { cwd: projectRoot, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run check', () => {
  it('exits 0 and reports every item ok for a complete site, even with --strict', async () => {
    const site = await copyFixtureSite('minimal', 'check-complete');
    sites.push(site);
    // On 15 November 2566 only October's summary is due; the fixture's summary is made October's, posted in time.
    await site.edit('content/documents/2567/procurement-2567-01.md', (text) =>
      text.replace('month: 2567-01', 'month: 2566-10').replace('published: 2567-02-29', 'published: 2566-11-05'),
    );
    const run = check(site, '--year', '2567', '--as-of', '2566-11-15', '--strict');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('สรุป: ครบ 4 จาก 4 ข้อ');
  });

  it('exits 0 with gaps, and 2 with the same gaps under --strict, naming the missing months', async () => {
    const site = await copyFixtureSite('minimal', 'check-gaps');
    sites.push(site);
    const relaxed = check(site, '--year', '2567', '--as-of', '2567-03-15');
    expect(relaxed.code).toBe(0);
    expect(relaxed.stdout).toContain('O21');
    expect(relaxed.stdout).toContain('ไม่ครบถ้วน');
    expect(relaxed.stdout).toContain('ตุลาคม 2566, พฤศจิกายน 2566, ธันวาคม 2566, กุมภาพันธ์ 2567');
    expect(check(site, '--year', '2567', '--as-of', '2567-03-15', '--strict').code).toBe(2);
  });

  it('prints each warning once (they were printed twice without --json)', async () => {
    // The procurement fixture's year warns (a winner's price above the reference price, a method outside its range).
    const site = await copyFixtureSite('procurement-year', 'check-warnings-once');
    sites.push(site);
    const run = check(site);
    expect(run.code).toBe(0);
    const headings = run.stderr.split('\n').filter((line) => line.startsWith('── '));
    expect(headings.length).toBeGreaterThan(0);
    expect(new Set(headings).size).toBe(headings.length);
  });

  it('`npm run -s check -- --json > file` writes JSON only: stdout parses as a whole', async () => {
    const run = spawnSync(
      'npm',
      ['run', '-s', 'check', '--', '--content', sites[1]!.contentDirFromProject, '--year', '2567', '--as-of', '2567-03-15', '--json'],
      { cwd: projectRoot, encoding: 'utf8' },
    );
    expect(run.status).toBe(0);
    expect(() => JSON.parse(run.stdout)).not.toThrow();
    expect(JSON.parse(run.stdout).year).toBe(2567);
  });

  it('prints the documented JSON shape with --json', async () => {
    const run = check(sites[1]!, '--year', '2567', '--as-of', '2567-03-15', '--json');
    const report = JSON.parse(run.stdout);
    expect(report).toMatchObject({
      year: 2567,
      asOf: '2024-03-15',
      verified: 'partial',
      summary: { total: 4, ok: 3, incomplete: 1, outOfPeriod: 0, missing: 0 },
    });
    const monthly = report.items.find((item: { code: string }) => item.code === 'O21');
    expect(monthly).toMatchObject({
      status: 'incomplete',
      statusTh: 'ไม่ครบถ้วน',
      missingMonths: ['2023-10', '2023-11', '2023-12', '2024-02'],
      evidenceFiles: [expect.stringMatching(/procurement-2567-01\.md$/)],
      evidenceUrls: ['/documents/2567/procurement-2567-01/'],
    });
  });

  it('checks the latest catalogue year that has content when --year is left out', async () => {
    const run = check(sites[1]!, '--as-of', '2566-10-25', '--json');
    expect(JSON.parse(run.stdout).year).toBe(2567);
  });

  it("exits 1 with the build's friendly errors when content is invalid", async () => {
    const site = await copyFixtureSite('minimal', 'check-invalid');
    sites.push(site);
    await site.edit('content/documents/2567/procurement-plan.md', (text) => text.replace('type: procurement-plan', 'type: procurement-plann'));
    const run = check(site, '--year', '2567', '--strict');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ไม่รู้จักประเภทเอกสาร "procurement-plann"');
    expect(run.stdout).toBe('');
  });

  it('exits 1 with a Thai message for an unknown year or a bad --as-of', async () => {
    expect(check(sites[1]!, '--year', '2599').stderr).toContain('ไม่มีเกณฑ์ OIT ของปี 2599');
    const badDate = check(sites[1]!, '--as-of', '2567-02-30');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('--as-of');
  });
});
