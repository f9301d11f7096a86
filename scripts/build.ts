/**
 * `npm run build`: validate all content and build the pages into a staging folder (scripts/build-site.ts, in its own
 * process, so Astro's memory goes back to the system when it ends), index each page here as Astro renders it, finish
 * the index over the staged files, and only then replace dist/ — a failed build leaves the previous dist/ exactly as it was.
 */
import path from 'node:path';
import { spawn } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { commandOptionsOrExit } from '../src/lib/cli/command-options.ts';
import * as pagefind from 'pagefind';
import { configArguments, resolveConfig, siteStepEnvironment } from '../src/config.ts';
import { buildOutput, failBuild } from '../src/lib/build/fail-build.ts';
import { besideOutput, swapOutput } from '../src/lib/build/swap-output.ts';
import { startSearchIndex } from '../src/lib/search/build-search-index.ts';
import { vocabularyInWorker } from '../src/lib/search/vocabulary.ts';
import { isRenderedPageMessage } from '../src/lib/build/page-channel.ts';
import { attachmentWarnings, indexSummary } from '../src/lib/search/index-report.ts';
import { machineReadSitePaths } from '../src/lib/ocr/scan-text-file.ts';
import { extractPdfText } from '../src/lib/pdf/pdf-text.ts';
import { badAsOfDate, commandWords } from '../src/i18n/terminal.ts';

const values = commandOptionsOrExit(
  {
    root: { type: 'string' },
    out: { type: 'string', default: 'dist' },
    content: { type: 'string' },
    /** CE date the OIT statuses are judged on (npm run verify rebuilds a deployed build's day) */
    'as-of': { type: 'string' },
  },
  '--content DIR --out DIR --root DIR --as-of 2567-06-30',
);
let config;
try {
  config = resolveConfig({ root: values.root, contentDir: values.content, asOf: values['as-of'] });
} catch (error) {
  console.error(`\n${badAsOfDate((error as Error).message)}\n`);
  process.exit(1);
}
const root = config.root;
const output = buildOutput(root, values.out);
const outDir = output.absolute;
// Staged beside an output folder inside the project, so the final swap is a rename; an output folder elsewhere is staged
// inside the project all the same, since Astro keeps its build's modules in the output folder only when it is inside.
const stagingDir = output.insideProject ? besideOutput.staging(outDir, process.pid) : path.join(config.workDir, `staging-${process.pid}`);
const retiredDir = besideOutput.retired(outDir);

// Both steps read every PDF (the privacy guard, then the index); the text was kept by SHA-256 in the first.
const searchIndex = startSearchIndex({
  pagefind,
  readPdf: (bytes) => extractPdfText(bytes, { cacheDir: config.pdfTextCacheDir }),
  vocabulary: vocabularyInWorker,
});
const siteStep = fileURLToPath(new URL('./build-site.ts', import.meta.url));
const siteBuilt = await new Promise<number | null>((resolve) => {
  const child = spawn(process.execPath, [siteStep, ...configArguments(config), '--out', values.out, '--staging', stagingDir], {
    // Astro decides where its build's modules go by the working folder (tests/integration/build.test.ts builds two sites at once).
    cwd: root,
    stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
    env: siteStepEnvironment(config),
    serialization: 'advanced',
  });
  // Each page is indexed as Astro renders it, beside the site step.
  child.on('message', (message) => {
    if (isRenderedPageMessage(message)) searchIndex.addRendered(message.renderedPage, message.html);
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
  const report = await searchIndex.finish(stagingDir);
  const machineRead = await machineReadSitePaths(path.join(config.root, config.contentDir));
  for (const warning of attachmentWarnings(report, machineRead)) console.warn(warning);
  console.log(indexSummary(report, machineRead));
  if (config.logLevel === 'debug') console.log(`search index: ${report.pagesRendered} of ${report.pages} pages indexed as rendered`);
} catch (error) {
  await rm(stagingDir, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  failBuild(message, 'The search index could not be built.', output);
}

try {
  await swapOutput(stagingDir, outDir, retiredDir);
} catch (error) {
  await rm(stagingDir, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  failBuild(...commandWords.swapFailed(values.out, message, (error as NodeJS.ErrnoException).code, { folder: outDir, parent: path.dirname(outDir) }), output);
}
console.log(commandWords.siteWritten(output.label));
