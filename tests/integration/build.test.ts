import { describe, it, expect, afterAll } from 'vitest';
import { readFile, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { runBuild, hashTree } from '../helpers/run-build.ts';
import { copySharedBuild, sharedBuild } from '../helpers/shared-build.ts';

const outDir = '.prongsai/test-out/build-test/dist';
const absoluteOut = path.join(projectRoot, outDir);
let site: ScratchSite;

afterAll(async () => {
  await site?.remove();
  await rm(path.dirname(absoluteOut), { recursive: true, force: true });
});

describe('npm run build', () => {
  // The minimal fixture's build is shared with new-command.test.ts and verify.test.ts (tests/helpers/shared-build.ts).
  it('builds a small fixture site into the output folder', async () => {
    const { run, distDir } = await sharedBuild('minimal');
    expect(run.stderr).not.toContain('ผิดพลาด');
    expect(run.code).toBe(0);
    const home = await readFile(path.join(distDir, 'index.html'), 'utf8');
    expect(home).toContain('lang="th"');
    expect(home).toContain('องค์การบริหารส่วนตำบลทดสอบ');
  });

  it('fails on broken content with a Thai message naming file and field, and leaves the previous output untouched', async () => {
    // The previous output: the fixture's build, copied to where this build writes.
    await copySharedBuild(await sharedBuild('minimal'), absoluteOut);
    const before = await hashTree(absoluteOut);
    site = await copyFixtureSite('minimal', 'build-test');
    await site.edit('content/documents/2567/procurement-plan.md', (text) => text.replace('published: 2566-10-20', 'published: 2567-02-30'));
    const run = await runBuild(site.contentDirFromProject, outDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('content/documents/2567/procurement-plan.md');
    expect(run.stderr).toContain('ช่อง published');
    expect(run.stderr).toContain('วันที่ "2567-02-30" ไม่มีอยู่จริงในปฏิทิน');
    // The last line names the folder actually kept, as it was given.
    expect(run.stderr.trim().split('\n').at(-1)).toBe(`  โฟลเดอร์ ${outDir}/ เดิมยังอยู่ครบ ไม่ถูกแก้ไข (the previous ${outDir}/ is untouched)`);
    expect(run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(await hashTree(absoluteOut)).toBe(before);
    const leftovers = (await readdir(path.dirname(absoluteOut))).filter((name) => name.includes('staging'));
    expect(leftovers).toEqual([]);
  });
});
