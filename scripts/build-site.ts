/**
 * The first step of `npm run build` (scripts/build.ts), in its own process: validate all content and build the pages
 * into the staging folder it is given, handing each page it renders to scripts/build.ts, which indexes it meanwhile.
 * The memory Astro held goes back to the system when this process ends. On failure the process exits with 1 and the
 * staging folder is removed.
 */
import path from 'node:path';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { resolveConfig } from '../src/config.ts';
import { astroConfigFor } from '../src/integrations/astro-config.ts';
import { buildOutput, failBuild } from '../src/lib/build/fail-build.ts';
import { validateInWorker } from '../src/lib/content/validate-in-worker.ts';
import { formatProblems, notedFingerprint, summarizeProblems } from '../src/lib/content/format-problems.ts';
import { buildCheckReport, defaultCheckYear } from '../src/lib/check/check-report.ts';
import { formatCheckSummaryLine } from '../src/lib/check/format-check.ts';
import { bangkokIsoDate } from '../src/lib/calendar/thai-date.ts';
import { catalogueForYear } from '../src/lib/content/catalogue-for-year.ts';
import { shareValidatedModel } from '../src/lib/content/model-slot.ts';
import { pageSender, type SendMessage } from '../src/lib/build/page-channel.ts';
import { commandWords } from '../src/i18n/terminal.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string' },
    staging: { type: 'string' },
    /** The final output folder (names Astro's cache) */
    out: { type: 'string', default: 'dist' },
    content: { type: 'string' },
    /** CE date the OIT statuses are judged on (npm run verify rebuilds a deployed build's day) */
    'as-of': { type: 'string' },
  },
});
// scripts/build.ts indexes the pages itself, as they are rendered (not in an Astro hook).
const config = resolveConfig({ root: values.root, contentDir: values.content, indexInAstroBuild: false, asOf: values['as-of'] });
if (!values.staging) throw new Error('build-site.ts runs from scripts/build.ts, which passes --staging');
const stagingDir = path.resolve(config.root, values.staging);
const output = buildOutput(config.root, values.out);

// The build machine may have no internet; Astro's usage telemetry would only wait on it.
process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
await mkdir(config.workDir, { recursive: true });
await mkdir(path.dirname(stagingDir), { recursive: true });
await rm(stagingDir, { recursive: true, force: true });

// Astro starts (import, bundling) while another thread validates the content; its pages wait for the model, and a failed validation ends the process first.
const validating = validateInWorker(config.root, config.contentDir, { pdfTextCacheDir: config.pdfTextCacheDir });
shareValidatedModel(validating.then(({ model }) => model ?? Promise.reject(new Error('the content is invalid'))));
// scripts/build.ts indexes each page as it is rendered, over the IPC channel it opened.
const pages = process.send ? pageSender(process.send.bind(process) as SendMessage) : undefined;
const building = import('astro').then(({ build }) => {
  // A cache per content and output folder, so concurrent builds of different sites never share Astro's data store.
  const cacheKey = `${config.contentDir}-${path.relative(config.root, path.resolve(config.root, values.out))}`.replace(/[^a-z0-9]+/gi, '-');
  return build({
    ...astroConfigFor(config, { onPageRendered: pages?.send }),
    configFile: false,
    outDir: stagingDir,
    cacheDir: path.join(config.workDir, `cache-${cacheKey}`),
    logLevel: config.logLevel,
  });
});
building.catch(() => undefined);

const validation = await validating;
// Warnings staff cannot act on (the ITA report contradicting itself) are said once, not on every build: again only when they change.
const notedFile = path.join(config.workDir, `noted-warnings-${config.contentDir.replace(/[^a-z0-9]+/gi, '-')}.txt`);
const noted = notedFingerprint(validation.problems);
const notedBefore = await readFile(notedFile, 'utf8').catch(() => undefined);
const problemText = formatProblems(validation.problems, { noted: noted === notedBefore ? 'omit' : 'summary' });
if (problemText.trim()) console.error(`\n${problemText}`);
if (noted !== notedBefore) await writeFile(notedFile, noted).catch(() => undefined);
if (!validation.model) {
  // At once, before a page waiting for the model can fail and say so (scripts/build.ts removes the staging folder).
  failBuild(commandWords.contentInvalid(config.contentDir, summarizeProblems(validation.problems)), commandWords.contentInvalidEn, output);
}
console.log(commandWords.contentValidated(summarizeProblems(validation.problems)));
for (const allowed of validation.allowed) {
  console.log(commandWords.idAllowed(allowed.masked, allowed.file, allowed.line, allowed.reason));
}
const checkYear = defaultCheckYear(validation.model);
const checkCatalogue = catalogueForYear(validation.model.catalogues, checkYear);
if (checkCatalogue)
  console.log(
    `ℹ ${formatCheckSummaryLine(buildCheckReport(validation.model, checkCatalogue, config.asOf ?? bangkokIsoDate(new Date()), `${config.contentDir}/site.yaml`))}`,
  );

try {
  await building;
  await pages?.flush();
  process.disconnect?.();
} catch (error) {
  await rm(stagingDir, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  failBuild(...commandWords.siteFailed(message), output);
}
