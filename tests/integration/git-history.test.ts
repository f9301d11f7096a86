import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { historyFor, readContentHistory } from '../../src/lib/history/git-history.ts';

describe('readContentHistory with real git', () => {
  let scratch: string;
  let repo: string;
  // The site lives in a sub-folder of the repository, like tests/fixtures/sites/minimal.
  let siteDir: string;
  const cleanGitEnv = () => {
    const env: NodeJS.ProcessEnv = { ...process.env, GIT_CONFIG_NOSYSTEM: '1' };
    for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
    return env;
  };
  const git = (cwd: string, args: string[], extraEnv: Record<string, string> = {}) =>
    execFileSync('git', ['-C', cwd, '-c', 'commit.gpgsign=false', ...args], { env: { ...cleanGitEnv(), ...extraEnv }, encoding: 'utf8' });
  const commitAt = (message: string, date: string) =>
    git(repo, ['commit', '--no-verify', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
  const write = (relativePath: string, text: string) => {
    mkdirSync(path.dirname(path.join(repo, relativePath)), { recursive: true });
    writeFileSync(path.join(repo, relativePath), text);
  };

  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'prongsai-git-history-'));
    repo = path.join(scratch, 'repo');
    siteDir = path.join(repo, 'sites', 'minimal');
    mkdirSync(repo);
    git(repo, ['init', '-q']);
    git(repo, ['config', 'user.name', 'Test Editor']);
    git(repo, ['config', 'user.email', 'editor@example.test']);

    write('sites/minimal/content/documents/plan.md', 'v1');
    write('sites/minimal/content/documents/รายงาน ประจำปี.pdf', 'pdf');
    write('README.md', 'outside content');
    git(repo, ['add', '-A']);
    commitAt('เพิ่มแผนปฏิบัติการ "2567"', '2024-01-15T10:00:00+07:00');

    write('sites/minimal/content/documents/plan.md', 'v2');
    git(repo, ['add', '-A']);
    commitAt('แก้ไขแผน | ฉบับที่ 2', '2024-03-01T09:30:00+07:00');

    write('sites/minimal/content/documents/draft.md', 'not committed yet');
  });

  afterAll(() => {
    rmSync(scratch, { recursive: true, force: true });
  });

  it('reads every content file with first and last commit dates', async () => {
    const history = await readContentHistory(siteDir, 'content');
    expect(history.available).toBe(true);
    if (!history.available) return;
    expect(history.shallow).toBe(false);
    expect([...history.byFile.keys()].sort()).toEqual(['sites/minimal/content/documents/plan.md', 'sites/minimal/content/documents/รายงาน ประจำปี.pdf']);

    const plan = historyFor(history, 'content/documents/plan.md');
    expect(plan.state).toBe('tracked');
    if (plan.state !== 'tracked') return;
    expect(plan.firstCommitted).toBe('2024-01-15T10:00:00+07:00');
    expect(plan.lastCommitted).toBe('2024-03-01T09:30:00+07:00');
    expect(plan.changes.map((change) => change.subject)).toEqual(['แก้ไขแผน | ฉบับที่ 2', 'เพิ่มแผนปฏิบัติการ "2567"']);
    expect(plan.changes[0]?.commit).toBe(git(repo, ['rev-parse', 'HEAD']).trim());
    expect(plan.complete).toBe(true);

    const report = historyFor(history, path.join(siteDir, 'content/documents/รายงาน ประจำปี.pdf'));
    expect(report).toMatchObject({ state: 'tracked', firstCommitted: '2024-01-15T10:00:00+07:00', lastCommitted: '2024-01-15T10:00:00+07:00' });

    expect(historyFor(history, 'content/documents/draft.md')).toEqual({ state: 'untracked' });
  });

  it('gives the same repo-relative paths when read from the repository root with a nested content folder', async () => {
    const history = await readContentHistory(repo, 'sites/minimal/content');
    expect(history.available && [...history.byFile.keys()].sort()).toEqual([
      'sites/minimal/content/documents/plan.md',
      'sites/minimal/content/documents/รายงาน ประจำปี.pdf',
    ]);
    expect(historyFor(history, 'sites/minimal/content/documents/plan.md')).toMatchObject({ state: 'tracked', lastCommitted: '2024-03-01T09:30:00+07:00' });
    expect(historyFor(history, path.join(siteDir, 'content/documents/plan.md')).state).toBe('tracked');
  });

  it('counts only changes of content: a rename or a reformatting is not a change, and a renamed file keeps its history', async () => {
    const moves = path.join(scratch, 'moves');
    mkdirSync(moves);
    git(moves, ['init', '-q']);
    git(moves, ['config', 'user.name', 'Test Editor']);
    git(moves, ['config', 'user.email', 'editor@example.test']);
    const at = (message: string, date: string) =>
      git(moves, ['commit', '--no-verify', '-q', '-m', message], { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date });
    const put = (relativePath: string, text: string) => {
      mkdirSync(path.dirname(path.join(moves, relativePath)), { recursive: true });
      writeFileSync(path.join(moves, relativePath), text);
    };
    const body = '---\ntitle: แผนการจัดซื้อจัดจ้าง\ntype: procurement-plan\nfiscalYear: 2567\n---\nวงเงิน 100,000 บาท\n';
    put('content/documents/plan.md', body);
    put('content/documents/other.md', 'อื่น ๆ\n');
    git(moves, ['add', '-A']);
    at('add', '2024-01-15T10:00:00+07:00');
    put('content/documents/plan.md', body.replace('วงเงิน 100,000 บาท', 'วงเงิน 120,000 บาท'));
    git(moves, ['add', '-A']);
    at('edit', '2024-02-01T10:00:00+07:00');
    git(moves, ['mv', 'content/documents/plan.md', 'content/documents/2567-plan.md']);
    at('move into its own name', '2024-03-01T10:00:00+07:00');
    git(moves, ['mv', 'content/documents/2567-plan.md', 'content/documents/procurement-plan.md']);
    at('rename', '2024-04-01T10:00:00+07:00');
    // Reformatting: indentation, trailing spaces, blank lines and Windows line ends.
    put(
      'content/documents/procurement-plan.md',
      body.replace('วงเงิน 100,000 บาท', 'วงเงิน 120,000 บาท').replaceAll('\n', '  \r\n').replace('title:', '\n\ntitle:'),
    );
    put('content/documents/other.md', 'อื่น ๆ ฉบับแก้\n');
    git(moves, ['add', '-A']);
    at('reformat plan, edit other', '2024-05-01T10:00:00+07:00');

    const history = await readContentHistory(moves, 'content');
    const plan = historyFor(history, 'content/documents/procurement-plan.md');
    expect(plan.state === 'tracked' && plan.changes.map((change) => change.subject)).toEqual(['edit', 'add']);
    expect(plan).toMatchObject({ firstCommitted: '2024-01-15T10:00:00+07:00', lastCommitted: '2024-02-01T10:00:00+07:00' });
    expect(historyFor(history, 'content/documents/plan.md')).toEqual({ state: 'untracked' });
    expect(historyFor(history, 'content/documents/other.md')).toMatchObject({ lastCommitted: '2024-05-01T10:00:00+07:00' });
  });

  it('reports a shallow clone as incomplete', async () => {
    const clone = path.join(scratch, 'shallow');
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repo}`, clone], { env: cleanGitEnv() });
    const history = await readContentHistory(clone, 'sites/minimal/content');
    expect(history).toMatchObject({ available: true, shallow: true });
    const plan = historyFor(history, 'sites/minimal/content/documents/plan.md');
    expect(plan).toMatchObject({ state: 'tracked', complete: false, firstCommitted: '2024-03-01T09:30:00+07:00' });
  });

  it('reports a repository without commits', async () => {
    const empty = path.join(scratch, 'empty');
    mkdirSync(empty);
    git(empty, ['init', '-q']);
    expect(await readContentHistory(empty, 'content')).toMatchObject({ available: false, reason: 'no-commits' });
  });

  it('reports a missing git executable', async () => {
    const previousPath = process.env.PATH;
    process.env.PATH = path.join(scratch, 'no-binaries-here');
    try {
      expect(await readContentHistory(repo, 'sites/minimal/content')).toMatchObject({ available: false, reason: 'git-missing' });
    } finally {
      process.env.PATH = previousPath;
    }
  });

  it("reports a content folder outside the project's repository (--content elsewhere) as unavailable, without failing", async () => {
    const elsewhere = path.join(scratch, 'content-elsewhere');
    mkdirSync(elsewhere, { recursive: true });
    const history = await readContentHistory(repo, path.relative(repo, elsewhere));
    expect(history).toMatchObject({ available: false, reason: 'not-a-repository' });
  });

  it('reports a folder outside any repository as unavailable', async () => {
    const notRepo = path.join(scratch, 'not-a-repo');
    mkdirSync(path.join(notRepo, 'content'), { recursive: true });
    const previousCeiling = process.env.GIT_CEILING_DIRECTORIES;
    // Stop git from finding a repository that happens to enclose the temp folder.
    process.env.GIT_CEILING_DIRECTORIES = scratch;
    try {
      const history = await readContentHistory(notRepo, 'content');
      expect(history).toMatchObject({ available: false, reason: 'not-a-repository' });
      expect(historyFor(history, 'content/a.md')).toEqual({ state: 'unavailable', reason: 'not-a-repository' });
    } finally {
      if (previousCeiling === undefined) delete process.env.GIT_CEILING_DIRECTORIES;
      else process.env.GIT_CEILING_DIRECTORIES = previousCeiling;
    }
  });
});
