/**
 * What the editor page's problem panel reads from `/admin/problems.json`: the build's own problems, Thai only, each
 * placed as a clerk finds it — the entry by its title with its fiscal year or date (two entries of the same title are
 * told apart), the editor address that opens it, and the field by its Thai label — never a file path or field name.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'yaml';
import type { ContentProblem } from '../content/problem.ts';
import { entryIdFromPath } from '../content/entry-id.ts';
import { formatThaiDateShort, parseThaiInputPartialDate } from '../calendar/thai-date.ts';
import { editorCollectionLabels, editorFieldLabel, editorFieldPaths, editorPlaceWords as words, type editorFieldLabels } from '../../i18n/editor.ts';
import { escapeRegExp } from '../text/regexp.ts';

export interface EditorProblem {
  severity: 'error' | 'warning';
  /** The content file, for tools; the panel does not show it */
  file: string;
  /** The entry or file as a clerk knows it, e.g. "แผนการจัดซื้อจัดจ้าง · ปีงบประมาณ 2567 · 20 ก.ย. 2567" */
  where: string;
  /** The editor address that opens the entry (`#/collections/documents/entries/2567/plan`), when the editor has it */
  entry?: string;
  /** The field's Thai label, and which of the repeated fields of that label it is (a list's position, from 0) */
  fieldLabel?: string;
  fieldIndex?: number;
  th: string;
  fixTh?: string;
  /** Nothing to fix: the source report contradicting itself, shown on the site with a note */
  noted?: boolean;
}

export interface EditorProblemReport {
  /** ISO time of the check */
  checkedAt: string;
  /** Whether the site can be built as the content stands */
  valid: boolean;
  problems: EditorProblem[];
}

type FormName = keyof typeof editorFieldLabels;

/** Where a content file is in the editor: its collection (form) and the address that opens it. */
export interface EditorPlace {
  form?: FormName;
  entry?: string;
  /** Kind of file the editor does not show */
  other?: 'document-types' | 'catalogue' | 'privacy-allowlist' | 'attachment' | 'file';
  /** Folder-relative id, e.g. 2567/plan */
  id: string;
}

const folderForms = ['documents', 'measures', 'declarations', 'news', 'qa', 'pages', 'scores'] as const;

/** The editor's place for a file path (from the project root, forward slashes). */
export function editorPlaceOf(contentDir: string, file: string): EditorPlace {
  const relative = file.startsWith(`${contentDir}/`) ? file.slice(contentDir.length + 1) : file;
  const [folder, ...rest] = relative.split('/');
  const inside = rest.join('/');
  if (relative === 'site.yaml') return { form: 'site', entry: '#/collections/settings/entries/site', id: 'site' };
  if (relative === 'document-types.yaml') return { other: 'document-types', id: relative };
  if (relative === 'privacy-allowlist.yaml') return { other: 'privacy-allowlist', id: relative };
  if (folder === 'oit') return { other: 'catalogue', id: entryIdFromPath(inside) };
  const form = folderForms.find((name) => name === folder);
  if (form && /\.(md|ya?ml)$/i.test(inside)) {
    const id = entryIdFromPath(inside);
    return { form, entry: `#/collections/${form}/entries/${id}`, id };
  }
  return { other: form ? 'attachment' : 'file', id: path.posix.basename(relative) };
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

/** A date as the clerk reads it (15 ม.ค. 2567), or as written when it is not a date. */
function shownDate(value: unknown): string {
  const written = text(value);
  if (!written) return '';
  const parsed = parseThaiInputPartialDate(written);
  return parsed.ok ? formatThaiDateShort(parsed.iso) : written;
}

/** The entry as a clerk knows it: its title, with its fiscal year and date so same-titled entries are told apart. */
export function describePlace(place: EditorPlace, data: unknown): string {
  const fields = isRecord(data) ? data : {};
  const parts = (...values: string[]) => values.filter(Boolean).join(' · ');
  switch (place.form) {
    case 'site':
      return editorCollectionLabels.site.label;
    case 'scores':
      return words.scores(text(fields.year) || place.id);
    case 'documents':
    case 'measures':
    case 'declarations':
      return parts(
        text(fields.title) || words.untitled(editorCollectionLabels[place.form].singular),
        text(fields.fiscalYear) ? words.fiscalYear(text(fields.fiscalYear)) : '',
        shownDate(fields.published ?? fields.date),
      );
    case 'news':
      return parts(text(fields.title) || words.untitled(editorCollectionLabels.news.singular), shownDate(fields.date));
    case 'qa':
      return parts(text(fields.question) || words.untitled(editorCollectionLabels.qa.singular), shownDate(fields.asked));
    case 'pages':
      return text(fields.title) || words.untitled(editorCollectionLabels.pages.singular);
  }
  switch (place.other) {
    case 'document-types':
      return words.documentTypes;
    case 'catalogue':
      return words.catalogue(place.id);
    case 'privacy-allowlist':
      return words.privacyAllowlist;
    default:
      return words.attachment(place.id);
  }
}

/** A field path (`rounds[1].date`) as the form shows it: the Thai label, and its position among fields of that label. */
export function fieldOf(form: FormName | undefined, field: string | undefined): { fieldLabel?: string; fieldIndex?: number } {
  if (!form || !field) return {};
  const indexes = [...field.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
  const label = editorFieldLabel(form, field.replace(/\[\d+\]/g, ''));
  if (!label) return {};
  return { fieldLabel: label, ...(indexes.length > 0 ? { fieldIndex: indexes.at(-1) } : {}) };
}

/**
 * A message worded for the files, as the form says it: a field named by its id is named by its Thai label, an id in
 * brackets after a Thai name is dropped, and a file path is "this entry" (the clerk is in it).
 */
export function inFormWords(text: string, form: FormName | undefined): string {
  let out = text.replace(words.inFile, '').replace(/\S*\/\S+\.(?:ya?ml|md)\b|\b\S+\.(?:ya?ml|md)\b/g, words.thisEntry);
  if (!form) return out;
  const paths = editorFieldPaths(form)
    .filter((key) => !key.includes('*'))
    .sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(\\s*\\((?:${paths.map(escapeRegExp).join('|')})\\))|(?<![\\w.])(${paths.map(escapeRegExp).join('|')})(?![\\w.])`, 'g');
  out = out.replace(pattern, (_match, bracketed: string | undefined, bare: string | undefined) =>
    bracketed ? '' : `"${editorFieldLabel(form, bare!) ?? bare}"`,
  );
  return out;
}

/** Errors first, then warnings, each in the order the validator found them; `dataOf` gives an entry's data as written. */
export function editorProblemReport(
  problems: readonly ContentProblem[],
  valid: boolean,
  checkedAt: Date,
  { contentDir = 'content', dataOf = () => undefined }: { contentDir?: string; dataOf?: (file: string) => unknown } = {},
): EditorProblemReport {
  const ordered = [...problems.filter((problem) => problem.severity === 'error'), ...problems.filter((problem) => problem.severity !== 'error')];
  return {
    checkedAt: checkedAt.toISOString(),
    valid,
    problems: ordered.map(({ severity, file, field, th: fileTh, fixTh: fileFixTh, fixFormTh, noted }) => {
      const place = editorPlaceOf(contentDir, file);
      const th = inFormWords(fileTh, place.form);
      const fixTh = fixFormTh ?? (fileFixTh === undefined ? undefined : inFormWords(fileFixTh, place.form));
      return {
        severity,
        file,
        where: describePlace(place, place.form ? dataOf(file) : undefined),
        ...(place.entry ? { entry: place.entry } : {}),
        ...fieldOf(place.form, field),
        th,
        ...(fixTh ? { fixTh } : {}),
        ...(noted ? { noted: true } : {}),
      };
    }),
  };
}

/** The report, with each problem's entry read from its file (front matter or YAML, as written, mistakes and all). */
export async function editorProblemReportFor(
  root: string,
  contentDir: string,
  problems: readonly ContentProblem[],
  valid: boolean,
  checkedAt: Date,
): Promise<EditorProblemReport> {
  const files = [...new Set(problems.map((problem) => problem.file))].filter((file) => editorPlaceOf(contentDir, file).form);
  const data = new Map<string, unknown>();
  await Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(root, file), 'utf8').catch(() => '');
      const yamlText = file.endsWith('.md') ? (/^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '') : source;
      try {
        data.set(file, parse(yamlText, { schema: 'core' }));
      } catch {
        data.set(file, undefined);
      }
    }),
  );
  return editorProblemReport(problems, valid, checkedAt, { contentDir, dataOf: (file) => data.get(file) });
}
