/**
 * Global setup of the `integration` project: names the run for the fixture builds several files share
 * (tests/helpers/shared-build.ts), names it anew when watch mode reruns the tests (so a rerun builds them again, from
 * the files as they are then), and removes the builds when the run ends.
 */
import { rm } from 'node:fs/promises';
import type { TestProject } from 'vitest/node';
import { sharedBuildsDir } from '../helpers/shared-build.ts';

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await rm(sharedBuildsDir, { recursive: true, force: true });
  let runs = 0;
  const nameRun = () => project.provide('sharedBuildRun', `${process.pid}-${Date.now()}-${(runs += 1)}`);
  nameRun();
  project.onTestsRerun(nameRun);
  return () => rm(sharedBuildsDir, { recursive: true, force: true });
}
