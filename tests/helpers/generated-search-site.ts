import { rm } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { runBuild } from './run-build.ts';
import { createGeneratedSite } from '../../scripts/lib/thai-corpus.ts';

/** The site tests/e2e/search-recall.test.ts measures: the example site and generated Thai documents in its vocabulary. */
export const generatedSearchSite = {
  documentCount: 1000,
};

/** Writes and builds the generated site (its content is removed once built); returns the built site's folder. */
export async function buildGeneratedSearchSite(name: string): Promise<string> {
  const started = Date.now();
  const outDir = `.prongsai/${name}/dist`;
  const site = await createGeneratedSite(name, generatedSearchSite.documentCount, { withExample: true });
  try {
    const run = await runBuild(site.contentDirFromProject, outDir);
    if (run.code !== 0)
      throw new Error(`building the generated search site failed (exit ${run.code})\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`);
    console.log(
      `search recall: built ${generatedSearchSite.documentCount} generated documents in ${((Date.now() - started) / 1000).toFixed(1)} s\n` +
        `${run.stdout.split('\n').find((line) => line.includes('ดัชนีค้นหา')) ?? ''}`,
    );
  } finally {
    await site.remove();
  }
  return path.join(projectRoot, outDir);
}

export const removeGeneratedSearchSite = (distDir: string) => rm(path.dirname(distDir), { recursive: true, force: true });
