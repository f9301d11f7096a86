import { rename, rm, stat } from 'node:fs/promises';

const exists = (target: string) =>
  stat(target).then(
    () => true,
    () => false,
  );

/** Replaces `outDir` with the freshly built `stagingDir` by two renames, so `outDir` is never half-written. */
export async function swapOutput(stagingDir: string, outDir: string, retiredDir: string): Promise<void> {
  await rm(retiredDir, { recursive: true, force: true });
  const hadPrevious = await exists(outDir);
  if (hadPrevious) await rename(outDir, retiredDir);
  try {
    await rename(stagingDir, outDir);
  } catch (error) {
    if (hadPrevious) await rename(retiredDir, outDir);
    throw error;
  }
  await rm(retiredDir, { recursive: true, force: true });
}
