import path from 'node:path';
import { outputFolderNames } from '../build/swap-output.ts';

/** Folders (project-relative) `npm run build` writes into: dist/ and, beside it, the site being staged, copied in or set aside. */
const buildOutputs = outputFolderNames('dist');

const isInside = (file: string, folder: string) => file === folder || file.startsWith(folder + path.sep);

/**
 * What the dev server's file watcher passes over: the work folder (.prongsai: caches, staged builds, test sites) and the
 * build's output, where a build running beside `npm run dev` writes thousands of files, each of which would otherwise
 * reload the open pages. The content being served is watched even where it lies inside the work folder, and so are the
 * folders above it, through which the watcher reaches it.
 */
export function ignoredByDevServer(root: string, workDir: string, contentRoot: string): (file: string) => boolean {
  return (file) => {
    const absolute = path.resolve(root, file);
    if (isInside(absolute, contentRoot) || isInside(contentRoot, absolute)) return false;
    if (isInside(absolute, workDir)) return true;
    const [top = ''] = path.relative(root, absolute).split(path.sep);
    return buildOutputs.test(top);
  };
}
