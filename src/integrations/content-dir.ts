/** The content folder, relative to the project root; tests and benchmarks point it elsewhere with PRONGSAI_CONTENT_DIR. */
export function contentDirFromEnv(): string {
  return (process.env.PRONGSAI_CONTENT_DIR ?? 'content').replace(/\/+$/, '');
}
