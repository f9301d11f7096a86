import type { FileHistory } from './git-history.ts';
import type { ChangeNote } from '../../schemas/common.ts';
import { bangkokIsoDate } from '../calendar/thai-date.ts';

/** What a page's history shows a citizen: dates and notes people wrote, nothing from git but a date. */
export interface PageHistory {
  /** The entry's own publication date (CE ISO date or month) */
  published?: string;
  /** The latest of the notes' dates and the entry's own updated date; git's last change only where neither exists */
  lastUpdated?: string;
  /** The staff's change notes, newest first */
  notes: ChangeNote[];
}

export interface PageHistoryInput {
  published?: string;
  updated?: string;
  changes: readonly ChangeNote[];
  /** The content file's git history (content changes only: moves and reformatting are not in it); only a date is used */
  git?: FileHistory;
  /**
   * The day the agency's own commits start (`publishing.historySince`, CE ISO): earlier ones are the template's or
   * an import's, and say nothing of the agency's updates. Unset: git gives no date at all (when unsure, show nothing).
   */
  gitSince?: string;
}

/** The date of the agency's last change of the file in git, if git can tell it; undefined when unsure. */
export function lastChangeFromGit(git: FileHistory | undefined, gitSince: string | undefined): string | undefined {
  // A shallow clone (CI's default) lacks older commits: its one commit may be anything, so it says nothing.
  if (git?.state !== 'tracked' || !gitSince || !git.complete) return undefined;
  // The commit that added the file is its publication, not an update.
  const newest = git.changes.slice(0, -1)[0];
  if (!newest) return undefined;
  const committed = bangkokIsoDate(new Date(newest.date));
  return committed >= gitSince ? committed : undefined;
}

/** The history to show, or undefined when nothing at all is known (the section is then left out). */
export function pageHistory({ published, updated, changes, git, gitSince }: PageHistoryInput): PageHistory | undefined {
  const notes = [...changes].sort((a, b) => b.date.localeCompare(a.date));
  const written = [notes[0]?.date, updated].filter((date): date is string => Boolean(date)).sort();
  let lastUpdated = written.at(-1);
  if (lastUpdated === undefined) {
    const committed = lastChangeFromGit(git, gitSince);
    // A change dated before the stated publication (a file prepared ahead of time) says nothing about an update.
    if (committed && (!published || committed > published.slice(0, 10))) lastUpdated = committed;
  }
  if (published && lastUpdated && lastUpdated.slice(0, 10) <= published.slice(0, 10) && notes.length === 0) lastUpdated = undefined;
  if (!published && !lastUpdated && notes.length === 0) return undefined;
  return { published, lastUpdated, notes };
}
