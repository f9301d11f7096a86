/**
 * A machine-read text (`<file>.ocr.txt`) whose attachment is gone — deleted, or renamed without its text. It is never
 * published (only attachments named by entries are), but it is dead weight staff should delete or rename with its scan.
 */
import path from 'node:path';
import { attachmentOfScanTextFile, isScanTextFile, scanTextFileOf } from './scan-text-file.ts';
import { isAsideFile } from '../files/aside-files.ts';

export interface OrphanScanText {
  /** The text file, project-root path */
  file: string;
  /** The attachment it names, which is not there */
  attachment: string;
  /** A file in the same folder with the very bytes the text was read from and no text of its own: the scan, renamed */
  renamedTo?: string;
}

/** The text files among `files` (project-root paths) whose attachment is not among them. */
export function findOrphanScanTexts(files: ReadonlySet<string>): OrphanScanText[] {
  return [...files]
    .filter((file) => isScanTextFile(file) && !path.posix.basename(file).startsWith('.') && !files.has(attachmentOfScanTextFile(file)))
    .sort()
    .map((file) => ({ file, attachment: attachmentOfScanTextFile(file) }));
}

/** The files an orphan text may have been read from: beside it, not data, not hidden, without a text of their own. */
export function renameCandidates(orphan: OrphanScanText, files: ReadonlySet<string>): string[] {
  const folder = path.posix.dirname(orphan.file);
  return [...files].filter((file) => {
    const name = path.posix.basename(file);
    return (
      path.posix.dirname(file) === folder &&
      !name.startsWith('.') &&
      !isAsideFile(name) &&
      !isScanTextFile(name) &&
      !/\.(md|mdx|ya?ml)$/i.test(name) &&
      !files.has(scanTextFileOf(file))
    );
  });
}

/** Whether an attachment path may be published: a machine-read text or a file a stopped command left aside may not. */
export const isUnpublishableFile = (file: string) => isScanTextFile(file) || isAsideFile(path.posix.basename(file)) !== undefined;
