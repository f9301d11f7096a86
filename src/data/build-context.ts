import path from 'node:path';
import { contentDirFromEnv } from '../integrations/content-dir.ts';
import { readContentHistory, historyFor, type ContentHistory, type FileHistory } from '../lib/git-history.ts';
import { readAttachmentInfo } from '../lib/attachment-info.ts';
import { resolveAttachment, type ResolvedAttachment } from '../lib/attachments.ts';

/** The project root: builds and the dev server run from it. */
export const projectRoot = process.cwd();
export const contentDir = contentDirFromEnv();

let history: Promise<ContentHistory> | undefined;

/** One git call for the whole content folder, shared by every page of the build. */
export async function changeHistoryOf(file: string): Promise<FileHistory> {
  history ??= readContentHistory(projectRoot, contentDir);
  return historyFor(await history, file);
}

export interface AttachmentWithInfo extends ResolvedAttachment {
  bytes: number;
  sha256: string;
  mediaType: string;
}

const infoCache = new Map<string, Promise<AttachmentWithInfo>>();

/** Resolves an entry's attachment and reads its size and SHA-256 (once per file per build). */
export function attachmentWithInfo(entryFile: string, attachment: { file: string; title: string }): Promise<AttachmentWithInfo> {
  const resolved = resolveAttachment(entryFile, contentDir, attachment);
  let info = infoCache.get(resolved.projectPath);
  if (!info) {
    info = readAttachmentInfo(path.join(projectRoot, resolved.projectPath)).then((read) => ({ ...resolved, ...read }));
    infoCache.set(resolved.projectPath, info);
  }
  return info;
}
