import { cp, mkdir, rename as renameOnDisk, rm, stat } from 'node:fs/promises';
import path from 'node:path';

const exists = (target: string) =>
  stat(target).then(
    () => true,
    () => false,
  );

export interface SwapFileSystem {
  rename(from: string, to: string): Promise<void>;
}

/**
 * Replaces `outDir` with the freshly built `stagingDir` by two renames, so `outDir` is never half-written. A staging folder
 * on another file system (an output folder outside the project, e.g. on another disk) is first copied beside `outDir`.
 */
export async function swapOutput(stagingDir: string, outDir: string, retiredDir: string, fileSystem: SwapFileSystem = { rename: renameOnDisk }): Promise<void> {
  await mkdir(path.dirname(outDir), { recursive: true });
  const incomingDir = await besideOutput(stagingDir, outDir, fileSystem);
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
async function besideOutput(stagingDir: string, outDir: string, fileSystem: SwapFileSystem): Promise<string> {
  if (path.dirname(stagingDir) === path.dirname(outDir)) return stagingDir;
  const incomingDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-incoming-${process.pid}`);
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
