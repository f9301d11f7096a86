import { cp, copyFile, mkdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { runBuild } from './run-build.ts';

const overlayDir = path.join(projectRoot, 'tests/fixtures/sites/example-overlay/content');
const pdfDir = path.join(projectRoot, 'tests/fixtures/pdf');

export interface BuiltExample {
  /** Folder holding the site's `content/` (a copy, outside git: its pages show no change history) */
  siteRoot: string;
  /** Absolute path of the built site */
  distDir: string;
}

/**
 * The example site with two test-only PDFs attached (a Thai text PDF to the measures report, a scan without text layer to
 * the No Gift declaration), copied to .prongsai/test-sites/<name> and built into outDir. The example site itself must
 * not carry invented documents. This is the site every e2e file tests (tests/e2e/global-setup.ts builds it once).
 */
export async function buildExampleWithSearchFixtures(name: string, outDir: string): Promise<BuiltExample> {
  const siteRoot = path.join(projectRoot, '.prongsai/test-sites', name);
  await rm(siteRoot, { recursive: true, force: true });
  await mkdir(siteRoot, { recursive: true });
  await cp(path.join(projectRoot, 'content'), path.join(siteRoot, 'content'), { recursive: true });
  await cp(overlayDir, path.join(siteRoot, 'content'), { recursive: true, filter: (source) => !source.endsWith('README.md') });
  await copyFile(path.join(pdfDir, 'thai-manual.pdf'), path.join(siteRoot, 'content/documents/2567/asset-use-manual-2567.pdf'));
  await copyFile(path.join(pdfDir, 'scanned-declaration.pdf'), path.join(siteRoot, 'content/declarations/2567/no-gift-policy-2567-signed.pdf'));
  const run = await runBuild(path.relative(projectRoot, path.join(siteRoot, 'content')), outDir);
  if (run.code !== 0)
    throw new Error(`building the example site with search fixtures failed (exit ${run.code})\n--- stdout ---\n${run.stdout}\n--- stderr ---\n${run.stderr}`);
  return { siteRoot, distDir: path.join(projectRoot, outDir) };
}
