import { describe, it, expect } from 'vitest';
import path from 'node:path';
import { historyFor, parseGitLog, type ContentHistory } from '../../src/lib/history/git-history.ts';

const HASH_A = 'a'.repeat(40);
const HASH_B = 'b'.repeat(40);
const HASH_C = 'c'.repeat(40);

/** A file's entry in a commit: a path (lines changed), a binary file, or a rename with the lines changed in it. */
type Entry = string | { path: string; added: number; deleted: number } | { binary: string } | { from: string; to: string; added: number; deleted: number };

/** Builds output in the exact shape of `git log -z --format=%x1e%H%x1f%cI%x1f%s --numstat -M -w --ignore-blank-lines`. */
function gitLogOutput(commits: { hash: string; date: string; subject: string; files: Entry[] }[]): string {
  const numstat = (entry: Entry) =>
    typeof entry === 'string'
      ? `1\t1\t${entry}\0`
      : 'binary' in entry
        ? `-\t-\t${entry.binary}\0`
        : 'from' in entry
          ? `${entry.added}\t${entry.deleted}\t\0${entry.from}\0${entry.to}\0`
          : `${entry.added}\t${entry.deleted}\t${entry.path}\0`;
  return commits
    .map(({ hash, date, subject, files }) => {
      const header = `\x1e${hash}\x1f${date}\x1f${subject}\0`;
      // A commit without entries is followed by a newline, as git writes it.
      return files.length === 0 ? `${header}\n` : `${header}\n${files.map(numstat).join('')}`;
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

  it('leaves out a commit that only renamed or moved a file, and keeps the changes it had under its earlier names', () => {
    const output = gitLogOutput([
      {
        hash: HASH_C,
        date: '2024-03-01T09:00:00+07:00',
        subject: 'moved',
        files: [{ from: 'content/2567/b.md', to: 'content/2567/plan.md', added: 0, deleted: 0 }],
      },
      {
        hash: HASH_B,
        date: '2024-02-01T09:00:00+07:00',
        subject: 'renamed and edited',
        files: [{ from: 'content/a.md', to: 'content/2567/b.md', added: 2, deleted: 1 }],
      },
      {
        hash: HASH_A,
        date: '2024-01-15T10:00:00+07:00',
        subject: 'first',
        files: ['content/a.md', { binary: 'content/scan.pdf' }, { path: 'content/mode-only.md', added: 0, deleted: 0 }],
      },
    ]);
    const byFile = parseGitLog(output);
    expect(byFile.get('content/2567/plan.md')?.map((change) => change.subject)).toEqual(['renamed and edited', 'first']);
    expect(byFile.has('content/a.md')).toBe(false);
    expect(byFile.has('content/2567/b.md')).toBe(false);
    expect(byFile.get('content/scan.pdf')?.map((change) => change.subject)).toEqual(['first']);
    expect(byFile.has('content/mode-only.md')).toBe(false);
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
