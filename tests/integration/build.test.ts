import { describe, it, expect, afterAll } from 'vitest';
import { mkdtemp, readFile, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { runBuild, hashTree } from '../helpers/run-build.ts';
import { copySharedBuild, sharedBuild } from '../helpers/shared-build.ts';

const outDir = '.prongsai/test-out/build-test/dist';
const absoluteOut = path.join(projectRoot, outDir);
let site: ScratchSite;
const outsideFolders: string[] = [];

afterAll(async () => {
  await site?.remove();
  for (const folder of outsideFolders) await rm(folder, { recursive: true, force: true });
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

  it('builds two sites at once into output folders outside the project, one on another file system where the machine has one', async () => {
    const { run: sharedRun } = await sharedBuild('minimal');
    expect(sharedRun.code).toBe(0);
    const other = await copyFixtureSite('minimal', 'build-test-outside');
    const sameDisk = await mkdtemp(path.join(tmpdir(), 'prongsai-out-'));
    // /dev/shm is a memory file system on Linux: another device than the project, as a web server's disk would be.
    const projectDevice = (await stat(projectRoot)).dev;
    const shm = await stat('/dev/shm').catch(() => undefined);
    const otherDisk = shm && shm.dev !== projectDevice ? await mkdtemp('/dev/shm/prongsai-out-') : await mkdtemp(path.join(tmpdir(), 'prongsai-out-'));
    outsideFolders.push(sameDisk, otherDisk);
    const outputs = [path.join(sameDisk, 'www', 'site'), path.join(otherDisk, 'site')];
    const runs = await Promise.all([runBuild(other.contentDirFromProject, outputs[0]!), runBuild(other.contentDirFromProject, outputs[1]!)]);
    for (const [at, run] of runs.entries()) {
      expect(run.stderr, outputs[at]).not.toContain('ไม่สำเร็จ');
      expect(run.code).toBe(0);
      const home = await readFile(path.join(outputs[at]!, 'index.html'), 'utf8');
      expect(home).toContain('องค์การบริหารส่วนตำบลทดสอบ');
      // A folder outside the project is named as it is, not as a climb out of the project (../../tmp/…).
      expect(run.stdout).toContain(`(site written to ${outputs[at]}/)`);
    }
    const files = async (folder: string) => (await readdir(folder, { recursive: true })).sort();
    expect(await files(outputs[1]!)).toEqual(await files(outputs[0]!));
    expect(await readdir(path.dirname(outputs[1]!))).toEqual(['site']);
    await other.remove();
  });
});
