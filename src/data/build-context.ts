import path from 'node:path';
import { config, derivedFrom, getContentModel } from './content-model.ts';
import { childProcessEnvironment } from '../config.ts';
import { readContentHistory, historyFor, type FileHistory } from '../lib/git-history.ts';
import { readAttachmentInfo } from '../lib/attachment-info.ts';
import { resolveAttachment, type ResolvedAttachment } from '../lib/attachments.ts';
import { readSourceVersion } from '../lib/verify/source-version.ts';
import { formatBuildMarker } from '../lib/verify/build-marker.ts';
import { assessedOn } from './oit-assessment.ts';

export const projectRoot = config.root;
export const contentDir = config.contentDir;

/** One git call for the whole content folder per model, shared by every page. */
export async function changeHistoryOf(file: string): Promise<FileHistory> {
  const model = await getContentModel();
  return historyFor(await derivedFrom(model, 'history', () => readContentHistory(projectRoot, contentDir, childProcessEnvironment())), file);
}

export interface AttachmentWithInfo extends ResolvedAttachment {
  bytes: number;
  sha256: string;
  mediaType: string;
}

/** Resolves an entry's attachment and reads its size and SHA-256 (once per file per model). */
export async function attachmentWithInfo(entryFile: string, attachment: { file: string; title: string }): Promise<AttachmentWithInfo> {
  const resolved = resolveAttachment(entryFile, contentDir, attachment);
  const model = await getContentModel();
  const info = await derivedFrom(model, `attachment:${resolved.projectPath}`, () => readAttachmentInfo(path.join(projectRoot, resolved.projectPath)));
  return { ...resolved, ...info };
}

/** The non-visible marker of this build (dates only), read by `npm run verify`; one git call per model. */
export async function buildMarker(): Promise<string> {
  const model = await getContentModel();
  const version = await derivedFrom(model, 'source-version', () => readSourceVersion(projectRoot, childProcessEnvironment()));
  return formatBuildMarker({ asOf: assessedOn, ...(version ? { version } : {}) });
}
