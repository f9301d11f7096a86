/**
 * Document pages show their change history from git. The build reads git in the project it runs in, so the test makes
 * a project of its own: the project's files copied (node_modules linked) into a temporary git repository, the
 * minimal fixture's content committed twice at fixed dates, one more document left uncommitted, built with
 * `npm run build`'s script. (The e2e site is a copy outside git, so its pages show no history.)
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

/** The project's own files as git sees them (tracked, or new and not ignored), less the example content, tests and docs. */
function projectFiles(): string[] {
  const listed = execFileSync('git', ['-C', projectRoot, 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { encoding: 'utf8' })
    .split('\0')
    .filter(Boolean);
  return listed.filter((file) => !/^(content|tests|docs|\.ci)\//.test(file) && existsSync(path.join(projectRoot, file)));
}

let scratch: string;
const cleanGitEnv = () => {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  return env;
};
const git = (args: string[], date?: string) =>
  execFileSync('git', ['-C', scratch, '-c', 'commit.gpgsign=false', '-c', 'user.name=ผู้ดูแลเว็บไซต์', '-c', 'user.email=editor@example.test', ...args], {
    env: { ...cleanGitEnv(), ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    encoding: 'utf8',
  }).trim();

let firstCommit = '';
let secondCommit = '';
let build: { code: number | null; output: string };

beforeAll(async () => {
  scratch = await mkdtemp(path.join(os.tmpdir(), 'prongsai-change-history-'));
  for (const file of projectFiles()) await cp(path.join(projectRoot, file), path.join(scratch, file), { recursive: true });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(scratch, 'node_modules'), 'dir');
  await cp(path.join(projectRoot, 'tests/fixtures/sites/minimal/content'), path.join(scratch, 'content'), { recursive: true });

  // The agency's own commits start on 1 February 2567; what came before is the template's.
  const siteYaml = path.join(scratch, 'content/site.yaml');
  await writeFile(siteYaml, `${await readFile(siteYaml, 'utf8')}\npublishing:\n  historySince: 2567-02-01\n`);
  git(['init', '-q']);
  git(['add', 'content']);
  git(['commit', '-q', '--no-verify', '-m', 'เพิ่มแผนการจัดซื้อจัดจ้าง 2567'], '2024-01-15T10:00:00+07:00');
  firstCommit = git(['rev-parse', 'HEAD']);
  const declaration = path.join(scratch, 'content/declarations/2567/no-gift.md');
  await writeFile(declaration, `${await readFile(declaration, 'utf8')}\nรายละเอียดของแม่แบบ\n`);
  git(['commit', '-q', '--no-verify', '-am', 'แม่แบบ: ปรับประกาศตัวอย่าง'], '2024-01-20T09:00:00+07:00');
  const plan = path.join(scratch, 'content/documents/2567/procurement-plan.md');
  await writeFile(plan, `${await readFile(plan, 'utf8')}\nแก้ไขวงเงินตามมติสภา\n`);
  git(['commit', '-q', '--no-verify', '-am', 'แก้ไขแผน ฉบับที่ 2'], '2024-03-01T09:30:00+07:00');
  secondCommit = git(['rev-parse', 'HEAD']);
  // Reformatting only (Windows line ends, trailing spaces, a blank line), then a rename of the declaration: neither is an update.
  await writeFile(plan, `${(await readFile(plan, 'utf8')).trimEnd()}   \n\n`.replaceAll('\n', '\r\n'));
  git(['commit', '-q', '--no-verify', '-am', 'จัดรูปแบบไฟล์'], '2024-04-01T09:00:00+07:00');
  git(['mv', 'content/declarations/2567/no-gift.md', 'content/declarations/2567/no-gift-2567.md']);
  git(['commit', '-q', '--no-verify', '-m', 'เปลี่ยนชื่อไฟล์'], '2024-04-02T09:00:00+07:00');
  // Written after the last commit: a page for it, and no history.
  await writeFile(
    path.join(scratch, 'content/documents/2567/procurement-2567-02.md'),
    '---\ntitle: สรุปผลการจัดซื้อจัดจ้าง เดือนกุมภาพันธ์ 2567\ntype: procurement-monthly-summary\nfiscalYear: 2567\nperiod:\n  month: 2567-02\npublished: 2567-03-05\n---\nร่าง\n',
  );

  build = await new Promise((resolve) => {
    const child = spawn(process.execPath, ['scripts/build.ts', '--root', scratch, '--content', 'content', '--out', 'dist'], {
      cwd: scratch,
      env: cleanGitEnv(),
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => resolve({ code, output }));
  });
}, 600_000);

afterAll(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

/** The text of the page's change-history section, tags dropped and spaces collapsed. */
async function historyText(documentId: string, collection = 'documents'): Promise<string> {
  const html = await readFile(path.join(scratch, 'dist', collection, documentId, 'index.html'), 'utf8');
  const section = /<section[^>]*aria-labelledby="history-heading"[^>]*>([\s\S]*?)<\/section>/.exec(html)?.[1];
  if (section === undefined) return '';
  // Word-break marks (<wbr>, <span class="kw">) join their words; other tags separate.
  return section
    .replace(/<wbr>|<span class="kw">|<\/span>(?<=kw">[^<]*<\/span>)/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

describe('change history on document pages: people’s dates and notes, from git only a last-updated date', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('shows the document’s own date as first published and git’s last change of content as last updated, with no commit message or hash', async () => {
    const text = await historyText('2567/procurement-plan');
    expect(text).toContain('ประวัติการเปลี่ยนแปลง');
    // published: 2566-10-20 in the fixture; its content last changed on 1 March 2567 (1 April only reformatted it).
    expect(text).toMatch(/เผยแพร่ครั้งแรก 20 ตุลาคม 2566/);
    expect(text).toMatch(/ปรับปรุงล่าสุด 1 มีนาคม 2567/);
    for (const developerText of ['แก้ไขแผน ฉบับที่ 2', 'เพิ่มแผนการจัดซื้อจัดจ้าง 2567', secondCommit.slice(0, 7), firstCommit.slice(0, 7)])
      expect(text).not.toContain(developerText);
  });

  it('takes no update from a commit that only added the file before its own date, and shows no git state', async () => {
    // procurement-2567-01 is dated 29 Feb 2567 and was only committed on 15 Jan 2567 (before it): nothing to say about updates.
    const text = await historyText('2567/procurement-2567-01');
    expect(text).toMatch(/เผยแพร่ครั้งแรก 29 กุมภาพันธ์ 2567/);
    expect(text).not.toContain('ปรับปรุงล่าสุด');
    expect(text).not.toContain(firstCommit.slice(0, 7));
  });

  it('says nothing about git for a file not yet committed', async () => {
    const text = await historyText('2567/procurement-2567-02');
    expect(text).toMatch(/เผยแพร่ครั้งแรก 5 มีนาคม 2567/);
    expect(text).not.toMatch(/git|ยังไม่ได้บันทึก|ยังไม่มีประวัติ/);
  });

  it('takes no date from the template’s commits (before publishing.historySince) nor from a rename', async () => {
    // The declaration's content last changed on 20 January 2567, before the agency's commits start; then it was only renamed.
    expect(await readFile(path.join(scratch, 'dist/declarations/2567/no-gift-2567/index.html'), 'utf8')).toContain('<h1');
    const text = await historyText('2567/no-gift-2567', 'declarations');
    expect(text).not.toContain('ปรับปรุงล่าสุด');
    expect(text).not.toMatch(/มกราคม 2567|เมษายน 2567/);
  });
});
