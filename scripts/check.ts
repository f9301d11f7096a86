/**
 * `npm run check -- [--year 2567] [--json] [--strict] [--as-of 2567-06-30]`: what each OIT item of an ITA year
 * still lacks. Exit 0 = content valid; 1 = content invalid; 2 = gaps found under --strict. Only the report goes to stdout.
 */
import { commandOptionsOrExit } from '../src/lib/cli/command-options.ts';
import { loadAndValidateContent } from '../src/lib/content/load-content.ts';
import { formatProblems, summarizeProblems } from '../src/lib/content/format-problems.ts';
import { buildCheckReport, defaultCheckYear, hasGaps } from '../src/lib/check/check-report.ts';
import { formatCheckReport } from '../src/lib/check/format-check.ts';
import { bangkokIsoDate, parseThaiInputDate } from '../src/lib/calendar/thai-date.ts';
import { catalogueForYear } from '../src/lib/content/catalogue-for-year.ts';
import { resolveConfig } from '../src/config.ts';
import { commandWords } from '../src/i18n/terminal.ts';
import { procurementOf } from '../src/lib/content/model.ts';
import { procurementCheckNotes } from '../src/i18n/procurement.ts';

function usageError(th: string, en: string): never {
  console.error(`✗ ${th}\n  ${en}`);
  process.exit(1);
}

const options = commandOptionsOrExit(
  {
    year: { type: 'string' },
    json: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    'as-of': { type: 'string' },
    content: { type: 'string' },
    root: { type: 'string' },
  },
  commandWords.checkUsage,
);

const { root, contentDir, pdfTextCacheDir } = resolveConfig({ root: options.root, contentDir: options.content });

let asOf = bangkokIsoDate(new Date());
if (options['as-of']) {
  const parsed = parseThaiInputDate(options['as-of']);
  if (!parsed.ok) usageError(...commandWords.checkAsOf(options['as-of']));
  asOf = parsed.iso;
}

const validation = await loadAndValidateContent(root, contentDir, { pdfTextCacheDir });
if (!validation.model) {
  console.error(formatProblems(validation.problems));
  console.error(commandWords.checkContentInvalid(contentDir, summarizeProblems(validation.problems)));
  process.exit(1);
}
const model = validation.model;

const year = options.year ? Number(options.year) : defaultCheckYear(model);
const catalogue = catalogueForYear(model.catalogues, year);
if (!catalogue) {
  const known = model.catalogues.map((entry) => entry.data.year).join(', ');
  usageError(...commandWords.checkNoCatalogue(options.year ?? '', known, contentDir));
}

const report = buildCheckReport(model, catalogue, asOf, `${contentDir}/site.yaml`);
// Files whose text could not be read were not checked for national IDs: staff must look at them.
const notCheckedForPersonalData = validation.problems
  .filter((problem) => problem.severity === 'warning' && problem.personalDataNotChecked)
  .map((problem) => ({ file: problem.file, reasonTh: problem.th, reasonEn: problem.en }));
// Warnings go to stderr: with --json, stdout is the JSON alone (`npm run -s check -- --json > file`; -s keeps npm's own banner out).
if (validation.problems.length > 0) console.error(`${formatProblems(validation.problems)}`);
if (options.json) console.log(JSON.stringify({ ...report, notCheckedForPersonalData }, null, 2));
else {
  console.log(formatCheckReport(report));
  // Procurement without a registered OCDS prefix publishes CSV and JSON only: say why there is no OCDS file.
  if (procurementOf(model).months.length > 0 && !model.site.procurement?.ocidPrefix) console.log(procurementCheckNotes.noOcidPrefix);
}
process.exit(options.strict && hasGaps(report) ? 2 : 0);
