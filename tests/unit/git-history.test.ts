import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { historyFor, parseGitLog, type ContentHistory } from '../../src/lib/git-history.ts';

const HASH_A = 'a'.repeat(40);
const HASH_B = 'b'.repeat(40);
const HASH_C = 'c'.repeat(40);

/** Builds output in the exact shape of `git log -z --format=%x1e%H%x1f%cI%x1f%s --name-only`. */
function gitLogOutput(commits: { hash: string; date: string; subject: string; files: string[] }[]): string {
  return commits
    .map(({ hash, date, subject, files }) => {
      const header = `\x1e${hash}\x1f${date}\x1f${subject}\0`;
      return files.length === 0 ? header : `${header}\n${files.map((file) => `${file}\0`).join('')}`;
    })
    .join('');
}

describe('parseGitLog', () => {
  it('returns an empty map for empty output', () => {
    expect(parseGitLog('').size).toBe(0);
  });

  it('lists every file of a commit and every commit of a file, newest first', () => {
    const output = gitLogOutput([
      { hash: HASH_C, date: '2024-03-01T09:00:00+07:00', subject: 'third', files: ['content/a.md'] },
      { hash: HASH_B, date: '2024-02-01T09:00:00+07:00', subject: 'merge without files', files: [] },
      { hash: HASH_A, date: '2024-01-15T10:00:00+07:00', subject: 'first', files: ['content/a.md', 'content/b.md', 'content/c/d.pdf'] },
    ]);
    const byFile = parseGitLog(output);
    expect([...byFile.keys()].sort()).toEqual(['content/a.md', 'content/b.md', 'content/c/d.pdf']);
    expect(byFile.get('content/a.md')).toEqual([
      { commit: HASH_C, date: '2024-03-01T09:00:00+07:00', subject: 'third' },
      { commit: HASH_A, date: '2024-01-15T10:00:00+07:00', subject: 'first' },
    ]);
    expect(byFile.get('content/b.md')).toEqual([{ commit: HASH_A, date: '2024-01-15T10:00:00+07:00', subject: 'first' }]);
  });

  it('keeps Thai subjects, separators, quotes and pipes inside the subject intact', () => {
    const subject = 'แก้ไขรายงาน ไตรมาส 2/2567 | "ฉบับแก้" \x1e \x1f 100% {x} \\n';
    const byFile = parseGitLog(gitLogOutput([{ hash: HASH_A, date: '2024-01-15T10:00:00+07:00', subject, files: ['content/a.md'] }]));
    expect(byFile.get('content/a.md')?.[0]?.subject).toBe(subject);
  });

  it('keeps Thai paths, spaces and newlines in paths unquoted', () => {
    const files = ['content/เอกสาร/รายงาน ปี 2567.pdf', 'content/odd\nname.md'];
    const byFile = parseGitLog(gitLogOutput([{ hash: HASH_A, date: '2024-01-15T10:00:00+07:00', subject: 's', files }]));
    expect([...byFile.keys()]).toEqual(files);
  });

  it('accepts SHA-256 object names', () => {
    const hash = 'd'.repeat(64);
    const byFile = parseGitLog(gitLogOutput([{ hash, date: '2024-01-15T10:00:00+07:00', subject: 's', files: ['content/a.md'] }]));
    expect(byFile.get('content/a.md')?.[0]?.commit).toBe(hash);
  });
});

describe('historyFor', () => {
  const change = (commit: string, date: string) => ({ commit, date, subject: commit[0]! });
  const changesOfA = [change(HASH_B, '2024-02-01T00:00:00+07:00'), change(HASH_A, '2024-01-01T00:00:00+07:00')];
  const history: ContentHistory = {
    available: true,
    shallow: false,
    repoRoot: path.resolve('/repo'),
    repoPrefix: 'site/',
    byFile: new Map([['site/content/a.md', changesOfA]]),
  };

  it('takes the oldest change as first and the newest as last', () => {
    expect(historyFor(history, 'content/a.md')).toEqual({
      state: 'tracked',
      firstCommitted: '2024-01-01T00:00:00+07:00',
      lastCommitted: '2024-02-01T00:00:00+07:00',
      changes: changesOfA,
      complete: true,
    });
  });

  it('resolves absolute and ./-relative paths against repoRoot', () => {
    expect(historyFor(history, path.resolve('/repo/content/a.md')).state).toBe('tracked');
    expect(historyFor(history, './content/a.md').state).toBe('tracked');
  });

  it('reports files without commits as untracked', () => {
    expect(historyFor(history, 'content/new.md')).toEqual({ state: 'untracked' });
  });

  it('passes on why history is unavailable', () => {
    expect(historyFor({ available: false, reason: 'git-missing' }, 'content/a.md')).toEqual({ state: 'unavailable', reason: 'git-missing' });
  });
});
