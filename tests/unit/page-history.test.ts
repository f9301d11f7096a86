import { describe, it, expect } from 'vitest';
import { pageHistory } from '../../src/lib/page-history.ts';
import type { FileHistory } from '../../src/lib/git-history.ts';

const committed = (lastCommitted: string): FileHistory => ({
  state: 'tracked',
  firstCommitted: '2023-01-01T10:00:00+07:00',
  lastCommitted,
  changes: [{ commit: 'a'.repeat(40), date: lastCommitted, subject: 'Foundation: project set-up' }],
  complete: true,
});

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
    const history = pageHistory({ published: '2024-01', changes: [], git: committed('2026-11-23T20:00:00+00:00') });
    expect(history).toEqual({ published: '2024-01', lastUpdated: '2026-11-24', notes: [] });
    expect(JSON.stringify(history)).not.toMatch(/Foundation|aaaaaaa/);
    expect(pageHistory({ changes: [{ date: '2024-02-01', note: 'แก้คำผิด' }], git: committed('2026-11-24T02:07:57+00:00') })?.lastUpdated).toBe('2024-02-01');
  });

  it('ignores a commit dated before the stated publication, and says nothing of untracked files', () => {
    expect(pageHistory({ published: '2024-06-01', changes: [], git: committed('2024-01-01T10:00:00+07:00') })).toEqual({ published: '2024-06-01', lastUpdated: undefined, notes: [] });
    expect(pageHistory({ changes: [], git: { state: 'untracked' } })).toBeUndefined();
    expect(pageHistory({ changes: [], git: { state: 'unavailable', reason: 'not-a-repository' } })).toBeUndefined();
  });
});
