import path from 'node:path';
import { urls } from '../site/urls.ts';

export interface ResolvedAttachment {
  title: string;
  /** File name as written in the entry */
  file: string;
  /** Path from the project root, e.g. content/documents/2567/plan.pdf */
  projectPath: string;
  /** Path below the content folder, e.g. documents/2567/plan.pdf */
  contentPath: string;
  url: string;
}

/** Where an attachment written relative to its entry lives, and the stable URL it is served at. */
export function resolveAttachment(entryFile: string, contentDir: string, attachment: { file: string; title: string }): ResolvedAttachment {
  const projectPath = path.posix.normalize(path.posix.join(path.posix.dirname(entryFile), attachment.file));
  const contentPath = path.posix.relative(contentDir, projectPath);
  return { title: attachment.title, file: attachment.file, projectPath, contentPath, url: urls.file(contentPath) };
}
