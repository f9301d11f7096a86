import path from 'node:path';

/** The content folder, relative to the project root; tests and benchmarks point it elsewhere with PRONGSAI_CONTENT_DIR. */
export function contentDirFromEnv(): string {
  return (process.env.PRONGSAI_CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}

/** A `--content` option (relative or absolute) as the project-relative, forward-slash path the loaders take. */
export function contentDirRelativeTo(root: string, given: string): string {
  return path.relative(root, path.resolve(root, given)).split(path.sep).join('/');
}
