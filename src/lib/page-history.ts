import type { FileHistory } from './git-history.ts';
import type { ChangeNote } from '../schemas/common.ts';
import { bangkokIsoDate } from './calendar/thai-date.ts';

/** What a page's history shows a citizen: dates and notes people wrote, nothing from git but a date. */
export interface PageHistory {
  /** The entry's own publication date (CE ISO date or month) */
  published?: string;
  /** The latest of the notes' dates and the entry's own updated date; git's last commit only where neither exists */
  lastUpdated?: string;
  /** The staff's change notes, newest first */
  notes: ChangeNote[];
}

export interface PageHistoryInput {
  published?: string;
  updated?: string;
  changes: readonly ChangeNote[];
  /** The content file's git history; only its last commit date is ever used */
  git?: FileHistory;
}

/** The history to show, or undefined when nothing at all is known (the section is then left out). */
export function pageHistory({ published, updated, changes, git }: PageHistoryInput): PageHistory | undefined {
  const notes = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  const written = [notes[0]?.date, updated].filter((date): date is string => Boolean(date)).sort();
  let lastUpdated = written.at(-1);
  if (lastUpdated === undefined && git?.state === 'tracked') {
    const committed = bangkokIsoDate(new Date(git.lastCommitted));
    // A commit before the stated publication (e.g. the file was added ahead of time) says nothing about an update.
    if (!published || committed >= published.slice(0, 10)) lastUpdated = committed;
  }
  if (published && lastUpdated && lastUpdated.slice(0, 10) <= published.slice(0, 10) && notes.length === 0) lastUpdated = undefined;
  if (!published && !lastUpdated && notes.length === 0) return undefined;
  return { published, lastUpdated, notes };
}
