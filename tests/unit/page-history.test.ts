import { describe, it, expect } from 'vitest';
import { pageHistory } from '../../src/lib/history/page-history.ts';
import type { FileHistory } from '../../src/lib/history/git-history.ts';

/** A file added on 1 January 2023 and last changed at `lastCommitted`. */
const committed = (lastCommitted: string): Extract<FileHistory, { state: 'tracked' }> => ({
  state: 'tracked',
  firstCommitted: '2023-01-01T10:00:00+07:00',
  lastCommitted,
  changes: [
    { commit: 'a'.repeat(40), date: lastCommitted, subject: 'Foundation: project set-up' },
    { commit: 'b'.repeat(40), date: '2023-01-01T10:00:00+07:00', subject: 'add' },
  ],
  complete: true,
});
const since = '2023-01-01';

describe('pageHistory: what a page tells citizens about its changes', () => {
  it('first published is the entry’s own date, never git’s; notes newest first; last updated from the newest note', () => {
    const history = pageHistory({
      published: '2024-01',
      changes: [
        { date: '2024-02-01', note: 'เพิ่มไฟล์แนบฉบับลงนาม' },
        { date: '2024-03-15', note: 'แก้ไขตัวเลขในตารางที่ 2' },
      ],
      git: committed('2026-11-24T02:07:57+00:00'),
    });
    expect(history).toEqual({
      published: '2024-01',
      lastUpdated: '2024-03-15',
      notes: [
        { date: '2024-03-15', note: 'แก้ไขตัวเลขในตารางที่ 2' },
        { date: '2024-02-01', note: 'เพิ่มไฟล์แนบฉบับลงนาม' },
      ],
    });
  });

  it('an updated date later than every note is the last update', () => {
    expect(pageHistory({ published: '2024-01-10', updated: '2024-05-01', changes: [{ date: '2024-02-01', note: 'แก้คำผิด' }] })?.lastUpdated).toBe('2024-05-01');
  });

  it('takes only a date from git (in Bangkok), and only where no note or updated date exists', () => {
    const history = pageHistory({ published: '2024-01', changes: [], git: committed('2026-11-23T20:00:00+00:00'), gitSince: since });
    expect(history).toEqual({ published: '2024-01', lastUpdated: '2026-11-24', notes: [] });
    expect(JSON.stringify(history)).not.toMatch(/Foundation|aaaaaaa/);
    expect(pageHistory({ changes: [{ date: '2024-02-01', note: 'แก้คำผิด' }], git: committed('2026-11-24T02:07:57+00:00'), gitSince: since })?.lastUpdated).toBe(
      '2024-02-01',
    );
  });

  it('ignores a commit dated before the stated publication, and says nothing of untracked files', () => {
    expect(pageHistory({ published: '2024-06-01', changes: [], git: committed('2024-01-01T10:00:00+07:00'), gitSince: since })).toEqual({
      published: '2024-06-01',
      lastUpdated: undefined,
      notes: [],
    });
    expect(pageHistory({ changes: [], git: { state: 'untracked' } })).toBeUndefined();
    expect(pageHistory({ changes: [], git: { state: 'unavailable', reason: 'not-a-repository' } })).toBeUndefined();
  });

  it('takes no date from git unless the agency said when its own commits start (publishing.historySince)', () => {
    // The template's commit of 24 Nov 2569 (2026) on a 2567 report: not the agency's update.
    expect(pageHistory({ published: '2024-01', changes: [], git: committed('2026-11-24T02:07:57+00:00') })).toEqual({
      published: '2024-01',
      lastUpdated: undefined,
      notes: [],
    });
    expect(
      pageHistory({ published: '2024-01', changes: [], git: committed('2026-11-24T02:07:57+00:00'), gitSince: '2026-12-01' })?.lastUpdated,
    ).toBeUndefined();
    expect(pageHistory({ published: '2024-01', changes: [], git: committed('2026-12-02T02:00:00+00:00'), gitSince: '2026-12-01' })?.lastUpdated).toBe(
      '2026-12-02',
    );
  });

  it('does not count the commit that added the file as an update, and says nothing when older commits may be missing (shallow clone)', () => {
    const added: FileHistory = {
      state: 'tracked',
      firstCommitted: '2024-05-01T10:00:00+07:00',
      lastCommitted: '2024-05-01T10:00:00+07:00',
      changes: [{ commit: 'c'.repeat(40), date: '2024-05-01T10:00:00+07:00', subject: 'add' }],
      complete: true,
    };
    expect(pageHistory({ published: '2024-01-10', changes: [], git: added, gitSince: since })?.lastUpdated).toBeUndefined();
    expect(
      pageHistory({ published: '2024-01-10', changes: [], git: { ...committed('2024-05-01T10:00:00+07:00'), complete: false }, gitSince: since })?.lastUpdated,
    ).toBeUndefined();
  });
});
