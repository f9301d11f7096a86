/**
 * The on-disk half of the editor API's path check: a path the editor names may not pass through a symbolic link inside
 * the content folder (a linked folder would let decap-server write wherever the link points), and must still lie inside
 * the content folder once every link is resolved.
 */
import { lstat, realpath } from 'node:fs/promises';
import path from 'node:path';

/**
 * Whether `relativePath` (from `root`, forward slashes, already checked to be under `contentDir`) passes through a
 * symbolic link below the content folder, or resolves outside it. Parts that do not exist yet (a new entry's folder) are fine.
 */
export async function passesThroughLink(root: string, contentDir: string, relativePath: string): Promise<boolean> {
  const contentRoot = path.resolve(root, contentDir);
  const realContentRoot = await realpath(contentRoot).catch(() => contentRoot);
  const inside = path.relative(contentRoot, path.resolve(root, relativePath)).split(path.sep).filter(Boolean);
  let current = contentRoot;
  for (const segment of inside) {
    current = path.join(current, segment);
    const stats = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR') return undefined;
      throw error;
    });
    if (!stats) return false;
    if (stats.isSymbolicLink()) return true;
    const real = await realpath(current);
    if (real !== realContentRoot && !real.startsWith(realContentRoot + path.sep)) return true;
  }
  return false;
}
