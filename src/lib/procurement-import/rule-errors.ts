/**
 * The build's procurement rules run on the month files an import would leave (the existing ones with its writes over
 * them), so the import stops on what `npm run check` and the build would refuse — a number used twice, a row dated
 * outside its month — instead of writing it. Only errors that touch a file the import writes are named.
 */
import { parseYaml } from '../content/parse-source.ts';
import { validateProcurementMonths } from '../content/rules/procurement.ts';
import { formatFieldPath } from '../content/problem.ts';
import type { RawEntry } from '../content/read-content.ts';
import type { ReportProblem } from '../content/report.ts';
import { problemText, type ProblemKey } from '../../i18n/problems.ts';
import { procurementMonthSchema, type ProcurementMonth } from '../../schemas/procurement.ts';
import type { ImportText } from '../../i18n/procurement-import.ts';

/** Files by path below the content folder (`procurement/2567/2566-10.yaml`), as the importer and the build name them. */
export function procurementRuleErrors(
  existing: ReadonlyMap<string, string>,
  writes: ReadonlyMap<string, { text: string }>,
): { key: ProblemKey; text: ImportText }[] {
  const files = new Map(existing);
  for (const [file, write] of writes) files.set(file, write.text);
  const months: [RawEntry, { id: string; file: string; data: ProcurementMonth; body: string; html: string }][] = [];
  for (const [relative, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const parsed = parseYaml(text);
    const data = procurementMonthSchema.safeParse(parsed.data);
    if (parsed.syntaxErrors.length > 0 || !data.success) continue;
    const id = relative.replace(/^procurement\//, '').replace(/\.ya?ml$/i, '');
    const file = `content/${relative}`;
    const rawEntry: RawEntry = { id, file, data: parsed.data, body: '', source: text, bodyFirstLine: 1, lineOf: parsed.lineOf };
    months.push([rawEntry, { id, file, data: data.data, body: '', html: '' }]);
  }
  const written = new Set([...writes.keys()].map((file) => `content/${file}`));
  const errors: { key: ProblemKey; text: ImportText }[] = [];
  const report: ReportProblem = (severity, entry, fieldPath, key, ...args) => {
    if (severity !== 'error') return;
    const text = problemText(key, ...args);
    // A duplicate is reported on the later file; it concerns the import when either file is one it writes.
    if (!written.has(entry.file) && ![...written].some((file) => text.th.includes(file))) return;
    const line = entry.lineOf(fieldPath);
    const where = `${entry.file}${line === undefined ? '' : `:${line}`}${fieldPath.length > 0 ? ` (${formatFieldPath(fieldPath)})` : ''}`;
    errors.push({
      key,
      text: { th: `${where}: ${text.th}${text.fixTh ? ` — ${text.fixTh}` : ''}`, en: `${where}: ${text.en}${text.fixEn ? ` — ${text.fixEn}` : ''}` },
    });
  };
  validateProcurementMonths(months, { report, checkAttachment: () => undefined });
  return errors;
}
