/**
 * Global setup of the `integration` project: names the run for the builds several files share
 * (tests/helpers/shared-build.ts) and removes them when the run ends.
 */
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { sharedBuildsDir } from '../helpers/shared-build.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await rm(sharedBuildsDir, { recursive: true, force: true });
  project.provide('sharedBuildRun', `${process.pid}-${Date.now()}`);
  return () => rm(sharedBuildsDir, { recursive: true, force: true });
}
