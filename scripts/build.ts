/**
 * `npm run build`: validate all content and build the pages into a staging folder (scripts/build-site.ts, in its own
 * process), build the search index over them here, and only then replace dist/ — a failed build leaves the previous
 * dist/ exactly as it was. The steps run one after the other in separate processes so their memory never adds up.
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { failBuild } from '../src/lib/build/fail-build.ts';
import * as pagefind from 'pagefind';
import { swapOutput } from '../src/lib/build/swap-output.ts';
import { buildSearchIndex, pagesPerIndexVariable } from '../src/lib/search/build-search-index.ts';
import { attachmentWarnings, indexSummary } from '../src/lib/search/index-report.ts';
import { pdfTextCacheVariable } from '../src/lib/search/pdf-text.ts';
import { contentDirFromEnv } from '../src/integrations/content-dir.ts';
import { indexAfterBuildVariable } from '../src/integrations/search-index.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    out: { type: 'string', default: 'dist' },
    content: { type: 'string', default: contentDirFromEnv() },
  },
});
const root = path.resolve(values.root);
const outDir = path.resolve(root, values.out);
// Staged beside the output folder so the final swap is a rename on one file system.
const stagingDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging-${process.pid}`);
const retiredDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-previous`);

// Both steps read every PDF (the privacy guard, then the search index); the text is extracted once and kept here.
process.env[pdfTextCacheVariable] ??= path.join(root, '.prongsai', 'pdf-text');
const siteStep = fileURLToPath(new URL('./build-site.ts', import.meta.url));
const siteBuilt = await new Promise<number | null>((resolve) => {
  const child = spawn(process.execPath, [siteStep, '--root', root, '--content', values.content, '--out', values.out, '--staging', stagingDir], {
    stdio: 'inherit',
    env: { ...process.env, [indexAfterBuildVariable]: '1' },
  });
  child.on('error', () => resolve(null));
  child.on('close', (code) => resolve(code));
});
if (siteBuilt !== 0) {
  await rm(stagingDir, { recursive: true, force: true });
  // The site step has said what was wrong (and that dist/ is untouched); only its exit code is left to pass on.
  process.exit(1);
}

try {
  // Tests and benchmarks set a smaller part size to exercise a large site's split index on a small one.
  const pagesPerIndex = Number(process.env[pagesPerIndexVariable]) || undefined;
  const report = await buildSearchIndex({ siteDir: stagingDir, pagefind, pagesPerIndex });
  for (const warning of attachmentWarnings(report)) console.warn(warning);
  console.log(indexSummary(report));
} catch (error) {
  await rm(stagingDir, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  failBuild(message, 'The search index could not be built.');
}

try {
  await swapOutput(stagingDir, outDir, retiredDir);
} catch (error) {
  await rm(stagingDir, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  failBuild(`แทนที่โฟลเดอร์ ${values.out} ไม่สำเร็จ: ${message}`, `Could not replace ${values.out}: ${message}`);
}
console.log(`✓ สร้างเว็บไซต์เสร็จแล้วที่ ${path.relative(root, outDir)}/ (site written to ${path.relative(root, outDir)}/)`);
