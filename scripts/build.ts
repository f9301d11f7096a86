/**
 * `npm run build`: validate all content, build the site into a staging folder, and only then
 * replace dist/ — a failed build leaves the previous dist/ exactly as it was.
 */
import path from 'node:path';
import { mkdir, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadAndValidateContent } from '../src/lib/content/load-content.ts';
import { formatProblems, summarizeProblems } from '../src/lib/content/format-problems.ts';
import { swapOutput } from '../src/lib/build/swap-output.ts';
import { buildCheckReport, defaultCheckYear } from '../src/lib/check/check-report.ts';
import { formatCheckSummaryLine } from '../src/lib/check/format-check.ts';
import { bangkokIsoDate } from '../src/lib/thai-date.ts';
import { catalogueForYear } from '../src/lib/catalogue-for-year.ts';
import { contentDirFromEnv, contentDirRelativeTo } from '../src/integrations/content-dir.ts';

const { values } = parseArgs({
  options: {
    root: { type: 'string', default: process.cwd() },
    out: { type: 'string', default: 'dist' },
    content: { type: 'string', default: contentDirFromEnv() },
  },
});
const root = path.resolve(values.root);
const outDir = path.resolve(root, values.out);
const workDir = path.join(root, '.prongsai');
// Staged beside the output folder so the final swap is a rename on one file system.
const stagingDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-staging-${process.pid}`);
const retiredDir = path.join(path.dirname(outDir), `.${path.basename(outDir)}-previous`);

function fail(messageTh: string, messageEn: string): never {
  console.error(`\n✗ ${messageTh}\n  ${messageEn}\n  dist/ เดิมไม่ถูกแก้ไข (the previous dist/ is untouched)\n`);
  process.exit(1);
}

const contentDir = contentDirRelativeTo(root, values.content);
process.env.PRONGSAI_CONTENT_DIR = contentDir;

const validation = await loadAndValidateContent(root, contentDir);
if (validation.problems.length > 0) console.error(`\n${formatProblems(validation.problems)}`);
if (!validation.model) {
  fail(`ข้อมูลใน content/ ไม่ถูกต้อง — ${summarizeProblems(validation.problems)}`, 'Content is invalid; fix the problems above and run the build again.');
}
console.log(`✓ ตรวจข้อมูลแล้ว (content validated): ${summarizeProblems(validation.problems)}`);
for (const allowed of validation.allowed) {
  console.log(`! อนุญาตเลขประจำตัวประชาชน ${allowed.masked} ใน ${allowed.file}${allowed.line ? ` บรรทัด ${allowed.line}` : ''} ตาม privacy-allowlist.yaml: ${allowed.reason}`);
}
const checkYear = defaultCheckYear(validation.model);
const checkCatalogue = catalogueForYear(validation.model.catalogues, checkYear);
if (checkCatalogue) console.log(`ℹ ${formatCheckSummaryLine(buildCheckReport(validation.model, checkCatalogue, bangkokIsoDate(new Date()), `${contentDir}/site.yaml`))}`);

await mkdir(workDir, { recursive: true });
await mkdir(path.dirname(outDir), { recursive: true });
await rm(stagingDir, { recursive: true, force: true });
try {
  // The build machine may have no internet; Astro's usage telemetry would only wait on it.
  process.env.ASTRO_TELEMETRY_DISABLED ??= '1';
  const { build } = await import('astro');
  // A cache per content and output folder, so concurrent builds of different sites never share Astro's data store.
  const cacheKey = `${contentDir}-${path.relative(root, outDir)}`.replace(/[^a-z0-9]+/gi, '-');
  const cacheDir = path.join(workDir, `cache-${cacheKey}`);
  await build({ root, outDir: stagingDir, cacheDir, logLevel: process.env.PRONGSAI_LOG_LEVEL === 'debug' ? 'debug' : 'warn' });
} catch (error) {
  await rm(stagingDir, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  fail(`สร้างเว็บไซต์ไม่สำเร็จ: ${message}`, `The site build failed: ${message}`);
}
try {
  await swapOutput(stagingDir, outDir, retiredDir);
} catch (error) {
  await rm(stagingDir, { recursive: true, force: true });
  const message = error instanceof Error ? error.message : String(error);
  fail(`แทนที่โฟลเดอร์ ${values.out} ไม่สำเร็จ: ${message}`, `Could not replace ${values.out}: ${message}`);
}
console.log(`✓ สร้างเว็บไซต์เสร็จแล้วที่ ${path.relative(root, outDir)}/ (site written to ${path.relative(root, outDir)}/)`);
