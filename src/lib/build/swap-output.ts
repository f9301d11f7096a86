import { cp, mkdir, rename as renameOnDisk, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { escapeRegExp } from '../text/regexp.ts';

const exists = (target: string) =>
  stat(target).then(
    () => true,
    () => false,
  );

/** The folders a build keeps beside its output folder: the site staged by one build process, a copy coming in, the previous site set aside. */
export const besideOutput = {
  staging: (outDir: string, pid: number) => path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging-${pid}`),
  incoming: (outDir: string, pid: number) => path.join(path.dirname(outDir), `.${path.basename(outDir)}-incoming-${pid}`),
  retired: (outDir: string) => path.join(path.dirname(outDir), `.${path.basename(outDir)}-previous`),
};

/** The names of the output folder `outName` and of the folders a build keeps beside it (besideOutput). */
export function outputFolderNames(outName: string): RegExp {
  const name = escapeRegExp(outName);
  return new RegExp(`^(?:${name}|\\.${name}-(?:staging|incoming)-\\d+|\\.${name}-previous)$`);
}

export interface SwapFileSystem {
  rename(from: string, to: string): Promise<void>;
}

/**
 * Replaces `outDir` with the freshly built `stagingDir` by two renames, so `outDir` is never half-written. A staging folder
 * on another file system (an output folder outside the project, e.g. on another disk) is first copied beside `outDir`.
 */
export async function swapOutput(stagingDir: string, outDir: string, retiredDir: string, fileSystem: SwapFileSystem = { rename: renameOnDisk }): Promise<void> {
  await mkdir(path.dirname(outDir), { recursive: true });
  const incomingDir = await stagedBesideOutput(stagingDir, outDir, fileSystem);
  try {
    await rm(retiredDir, { recursive: true, force: true });
    const hadPrevious = await exists(outDir);
    if (hadPrevious) await fileSystem.rename(outDir, retiredDir);
    try {
      await fileSystem.rename(incomingDir, outDir);
    } catch (error) {
      if (hadPrevious) await fileSystem.rename(retiredDir, outDir);
      throw error;
    }
  } catch (error) {
    // The copy beside the output goes; the staging folder is the caller's to remove.
    if (incomingDir !== stagingDir) await rm(incomingDir, { recursive: true, force: true });
    throw error;
  }
  await rm(retiredDir, { recursive: true, force: true });
  if (incomingDir !== stagingDir) await rm(stagingDir, { recursive: true, force: true });
}

/** The staging folder itself when it can be renamed into place; otherwise a copy of it beside `outDir` (a rename cannot cross file systems). */
async function stagedBesideOutput(stagingDir: string, outDir: string, fileSystem: SwapFileSystem): Promise<string> {
  if (path.dirname(stagingDir) === path.dirname(outDir)) return stagingDir;
  const incomingDir = besideOutput.incoming(outDir, process.pid);
  await rm(incomingDir, { recursive: true, force: true });
  try {
    await fileSystem.rename(stagingDir, incomingDir);
    return incomingDir;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
  }
  try {
    await cp(stagingDir, incomingDir, { recursive: true });
  } catch (error) {
    await rm(incomingDir, { recursive: true, force: true });
    throw error;
  }
  return incomingDir;
}
