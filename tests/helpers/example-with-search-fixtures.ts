import { cp, copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from './fixture-site.ts';
import { runBuild } from './run-build.ts';

const siteDir = path.join(projectRoot, '.prongsai/test-sites/example-search');
const overlayDir = path.join(projectRoot, 'tests/fixtures/sites/example-overlay/content');
const pdfDir = path.join(projectRoot, 'tests/fixtures/pdf');

/**
 * The example site with two test-only PDFs attached (a Thai text PDF to the measures report, a scan without text layer to
 * the No Gift declaration), built into its own folder. The example site itself must not carry invented documents.
 */
export async function buildExampleWithSearchFixtures(outDir: string): Promise<string> {
  await rm(siteDir, { recursive: true, force: true });
  await mkdir(siteDir, { recursive: true });
  await cp(path.join(projectRoot, 'content'), path.join(siteDir, 'content'), { recursive: true });
  await cp(overlayDir, path.join(siteDir, 'content'), { recursive: true, filter: (source) => !source.endsWith('README.md') });
  await copyFile(path.join(pdfDir, 'thai-manual.pdf'), path.join(siteDir, 'content/documents/2567/asset-use-manual-2567.pdf'));
  await copyFile(path.join(pdfDir, 'scanned-declaration.pdf'), path.join(siteDir, 'content/declarations/2567/no-gift-policy-2567-signed.pdf'));
  const run = await runBuild(path.relative(projectRoot, path.join(siteDir, 'content')), outDir);
  if (run.code !== 0) throw new Error(`building the example site with search fixtures failed (exit ${run.code})\n${run.stdout}\n${run.stderr}`);
  return path.join(projectRoot, outDir);
}
