/**
 * Fixture sites that several integration files build alike, built once per test run: the first file to ask builds the
 * site, the others (in other workers) wait for its result. tests/integration/global-setup.ts names the run and removes
 * the builds when it ends. A file that must change a shared build copies it first (copySharedBuild).
 */
import { cp, mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inject } from 'vitest';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';
import { runBuild, type BuildRun } from './run-build.ts';
import { sharedSites, type SharedSite } from './shared-sites.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Names this test run, so a shared build left by an earlier run is never taken for this run's */
    sharedBuildRun: string;
  }
}

/** Where the shared builds live (git-ignored); the integration setup empties it at the start and end of a run. */
export const sharedBuildsDir = path.join(projectRoot, '.prongsai/test-shared');

export interface SharedBuild {
  /** The build's exit code and output, as runBuild returns them */
  run: BuildRun;
  /** Absolute path of the built site (read it, never change it: copy it with copySharedBuild) */
  distDir: string;
  /** The output folder as given to the build, relative to the project (the build's messages name it so) */
  outDir: string;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Whether the folder was made now by this call: mkdir without `recursive` is atomic, so one worker of many wins. */
async function claim(folder: string): Promise<boolean> {
  try {
    await mkdir(folder);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** The named shared site, built (by this file or another) in this test run. */
export async function sharedBuild(name: keyof typeof sharedSites): Promise<SharedBuild> {
  const runId = inject('sharedBuildRun');
  // The output folder keeps its name from run to run, and with it Astro's cache (named after it).
  const folder = path.join(sharedBuildsDir, name);
  const outDir = path.relative(projectRoot, path.join(folder, 'dist'));
  const resultFile = path.join(folder, `result-${runId}.json`);
  await mkdir(folder, { recursive: true });
  if (await claim(path.join(folder, `claimed-${runId}`))) {
    const shared: SharedSite = sharedSites[name];
    let result: { run: BuildRun } | { error: string };
    let site: ScratchSite | undefined;
    try {
      site = await copyFixtureSite(shared.fixture, `shared-${name}`);
      await shared.prepare(site);
      result = { run: await runBuild(site.contentDirFromProject, outDir, shared.env) };
    } catch (error) {
      result = { error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    } finally {
      await site?.remove();
    }
    // Readers never see half a file: written beside it, then renamed over it.
    await writeFile(`${resultFile}.partial`, JSON.stringify(result));
    await rename(`${resultFile}.partial`, resultFile);
  }
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    const text = await readFile(resultFile, 'utf8').catch(() => undefined);
    if (text !== undefined) {
      const result = JSON.parse(text) as { run: BuildRun } | { error: string };
      if ('error' in result) throw new Error(`preparing the shared build "${name}" failed\n${result.error}`);
      return { run: result.run, distDir: path.join(projectRoot, outDir), outDir };
    }
    if (Date.now() > deadline) throw new Error(`the shared build "${name}" was not done after 10 minutes (${resultFile} missing)`);
    await pause(200);
  }
}

/** A copy of a shared build that a test may change or build over; removed with its parent folder by the caller. */
export async function copySharedBuild(build: SharedBuild, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(path.dirname(to), { recursive: true });
  await cp(build.distDir, to, { recursive: true });
}
