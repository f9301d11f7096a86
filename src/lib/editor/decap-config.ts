/**
 * The Decap CMS configuration (`config.yml`) generated from our zod schemas: one collection per content collection, one
 * form field per schema field, with a Thai label and help written for a clerk (src/i18n/editor.ts), widgets chosen from
 * the zod types and choices from the content's own vocabularies (document types, ITA years, measures, criterion parts).
 * Pure: the caller reads the vocabularies.
 */
import { z } from 'zod';
import { stringify } from 'yaml';
import { documentSchema } from '../../schemas/document.ts';
import { measureSchema } from '../../schemas/measure.ts';
import { declarationSchema } from '../../schemas/declaration.ts';
import { newsSchema } from '../../schemas/news.ts';
import { qaSchema } from '../../schemas/qa.ts';
import { pageSchema } from '../../schemas/page.ts';
import { siteSchema } from '../../schemas/site.ts';
import { itaResultSchema } from '../../schemas/ita-result.ts';
import {
  categoryField,
  contractStatusField,
  evidenceKindField,
  methodField,
  moneyField,
  procurementMonthSchema,
  procurementReportSchema,
  referenceNumber,
  taxIdField,
} from '../../schemas/procurement.ts';
import { procurementFormatName } from './procurement-format.ts';
import { contractStatusLabels, evidenceKindLabels, procurementCategoryLabels, procurementMethodLabels } from '../../i18n/procurement.ts';
import { attachment, beYear, dateField, monthField, monthRange, partialDateField, slug, url } from '../../schemas/common.ts';
import {
  editorCollectionLabels,
  editorFieldHint,
  editorFieldLabel,
  editorHints,
  editorMeasureOption,
  editorOptionLabel,
  editorPatternMessages,
  itaYearOption,
  type editorFieldLabels,
} from '../../i18n/editor.ts';
import { declarationKindLabels, measureCategoryLabels, measureStageLabels, quarterLabels, roundLabel, toolLabels } from '../../i18n/labels.ts';

/** A Decap field, as config.yml writes it. */
export interface DecapField {
  name: string;
  label: string;
  widget: string;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: { label: string; value: string | number }[];
  multiple?: boolean;
  fields?: DecapField[];
  field?: DecapField;
  min?: number;
  max?: number;
  value_type?: 'int' | 'float';
  collapsed?: boolean;
  summary?: string;
  media_folder?: string;
  public_folder?: string;
  choose_url?: boolean;
  modes?: string[];
  editor_components?: string[];
  allow_add?: boolean;
}

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  folder?: string;
  files?: { name: string; label: string; file: string; fields: DecapField[] }[];
  create?: boolean;
  format?: string;
  extension?: string;
  path?: string;
  slug?: string;
  summary?: string;
  media_folder?: string;
  public_folder?: string;
  editor?: { preview: boolean };
  fields?: DecapField[];
  view_groups?: { label: string; field: string }[];
  nested?: { depth: number; subfolders?: boolean };
  sortable_fields?: string[];
}

/** Where the editor reads and writes: the local proxy (`npm run edit`) or a shared Git host. */
export type EditorBackend =
  | { name: 'proxy'; proxyUrl: string }
  | { name: 'gitlab' | 'gitea'; repo: string; branch: string; appId: string; baseUrl: string; apiRoot?: string }
  | { name: 'github'; repo: string; branch: string; baseUrl?: string };

export interface EditorVocabularies {
  documentTypes: readonly { id: string; th: string }[];
  /** ITA years that have a catalogue in content/oit/ */
  itaYears: readonly number[];
  /** Measures: id (`2567/no-gift`, what the file holds), title and fiscal year (what the clerk sees) */
  measures: readonly { id: string; title: string; fiscalYear: string }[];
  /** Criterion parts from the catalogues (`elements` of documents): id and the criterion's Thai text */
  elements: readonly { id: string; th: string }[];
}

export interface DecapConfigInput {
  /** Content folder relative to the repository root, forward slashes */
  contentDir: string;
  backend: EditorBackend;
  vocabularies: EditorVocabularies;
  /** Where the preview of the site is (shown as a link in the editor) */
  siteUrl?: string;
}

export interface DecapConfig {
  backend: Record<string, unknown>;
  locale: string;
  media_folder: string;
  public_folder: string;
  site_url?: string;
  display_url?: string;
  publish_mode: string;
  slug: { encoding: string; clean_accents: boolean; sanitize_replacement: string };
  collections: DecapCollection[];
}

/** The forms the editor shows, each with its schema. */
export const editorForms = {
  documents: { schema: documentSchema },
  measures: { schema: measureSchema },
  declarations: { schema: declarationSchema },
  news: { schema: newsSchema },
  qa: { schema: qaSchema },
  pages: { schema: pageSchema },
  scores: { schema: itaResultSchema },
  procurement: { schema: procurementMonthSchema },
  procurementReports: { schema: procurementReportSchema },
  site: { schema: siteSchema },
} as const satisfies Record<keyof typeof editorFieldLabels, { schema: z.ZodType }>;

export type EditorFormName = keyof typeof editorForms;

/** Fields written over several lines. */
const longText = new Set([
  'summary',
  'fiscalYearReason',
  'rounds.result',
  'recommendation',
  'recommendations.text',
  'improvements.assessed',
  'improvements.suggestion',
  'units.duties',
  'dutiesAndPowers.text',
  'sourceNotes.*',
  'question',
  'guidelines.*',
  'steps.*',
]);

const datePattern = '^\\d{4}-\\d{2}-\\d{2}$';
const partialDatePattern = '^\\d{4}-\\d{2}(-\\d{2})?$';
const monthPattern = '^\\d{4}-\\d{2}$';
const slugPattern = '^[a-z0-9]+(-[a-z0-9]+)*$';

interface Context {
  form: EditorFormName;
  vocabularies: EditorVocabularies;
  /**
   * Inside a group (object) that may be left out, such as a declaration's `signed` attachment: its fields are required
   * only when the group is filled in, which Decap cannot express (it refuses to save an optional group left empty when
   * the group has required fields, decaporg/decap-cms#2103 and #7748). The form marks them optional; a half-filled group
   * reaches the file and our validator names the missing field in Thai in the problem panel.
   */
  inOptionalGroup?: boolean;
}

type AnySchema = z.core.$ZodType;
const defOf = (schema: AnySchema) => schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;

/** Strips `.optional()`, `.default()`, `.nullable()` and reports whether the value may be left out. */
function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const def = defOf(inner);
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault' || def.type === 'nullable') {
      optional = true;
      inner = def.innerType as AnySchema;
    } else return { inner, optional };
  }
}

function checksOf(schema: AnySchema): Record<string, unknown>[] {
  return ((defOf(schema).checks as { _zod: { def: Record<string, unknown> } }[] | undefined) ?? []).map((check) => check._zod.def);
}

function numberLimits(schema: AnySchema): Pick<DecapField, 'min' | 'max' | 'value_type'> {
  const limits: Pick<DecapField, 'min' | 'max' | 'value_type'> = { value_type: 'float' };
  for (const check of checksOf(schema)) {
    if (check.check === 'number_format' && String(check.format).includes('int')) limits.value_type = 'int';
    if (check.check === 'greater_than') limits.min = check.value as number;
    if (check.check === 'less_than') limits.max = check.value as number;
  }
  return limits;
}

function label(context: Context, fieldPath: string): string {
  const found = editorFieldLabel(context.form, fieldPath);
  if (!found) throw new Error(`src/i18n/editor.ts has no Thai label for ${context.form} field "${fieldPath}"`);
  return found;
}

/** The field's own Thai help, then how to type its kind of value (a date, a year). */
function hintOf(context: Context, path: readonly string[], extra?: string): string | undefined {
  const own = editorFieldHint(context.form, path.filter((key) => key !== '*').join('.'));
  const text = [own, extra].filter(Boolean).join(' — ');
  return text || undefined;
}

/** Options of an enum, labelled in Thai where the site has labels for it. */
function enumOptions(fieldPath: string, values: readonly (string | number)[]): { label: string; value: string | number }[] {
  const labelFor = (value: string | number): string => {
    const key = String(value);
    if (fieldPath === 'stage') return measureStageLabels[key as keyof typeof measureStageLabels] ?? key;
    if (fieldPath === 'category') return measureCategoryLabels[key as keyof typeof measureCategoryLabels] ?? key;
    if (fieldPath === 'kind' && key in declarationKindLabels) return declarationKindLabels[key as keyof typeof declarationKindLabels];
    if (fieldPath === 'period.round' || fieldPath === 'rounds.round') return roundLabel(key as Parameters<typeof roundLabel>[0]);
    if (fieldPath === 'period.quarter') return quarterLabels[value as 1 | 2 | 3 | 4];
    if (fieldPath.endsWith('.tool') && key in toolLabels) return `${key} — ${toolLabels[key as keyof typeof toolLabels]}`;
    return key;
  };
  return values.map((value) => ({ label: labelFor(value), value }));
}

/** A select over one of the content's vocabularies, for the fields that name one. */
function vocabularyField(context: Context, fieldPath: string, multiple: boolean): Omit<DecapField, 'name' | 'label'> | undefined {
  const { vocabularies, form } = context;
  if ((form === 'documents' && (fieldPath === 'type' || fieldPath === 'otherTypes')) || (form === 'pages' && fieldPath === 'type')) {
    return { widget: 'select', multiple, options: vocabularies.documentTypes.map((type) => ({ label: editorOptionLabel(type.th), value: type.id })) };
  }
  if (form === 'documents' && fieldPath === 'elements' && vocabularies.elements.length > 0) {
    return { widget: 'select', multiple, options: vocabularies.elements.map((element) => ({ label: editorOptionLabel(element.th), value: element.id })) };
  }
  if ((form === 'documents' || form === 'declarations') && fieldPath === 'measures' && vocabularies.measures.length > 0) {
    return {
      widget: 'select',
      multiple,
      options: vocabularies.measures.map((measure) => ({ label: editorMeasureOption(measure.title, measure.fiscalYear), value: measure.id })),
      hint: editorHints.measureIds,
    };
  }
  if (form === 'scores' && fieldPath === 'year' && vocabularies.itaYears.length > 0) {
    return { widget: 'select', options: vocabularies.itaYears.map((year) => ({ label: itaYearOption(year), value: year })) };
  }
  return undefined;
}

/** Procurement's closed lists (ids written as ids or Thai names; the form offers the ids with their Thai names). */
const closedLists = new Map<AnySchema, Record<string, string>>([
  [methodField, procurementMethodLabels],
  [categoryField, procurementCategoryLabels],
  [evidenceKindField, evidenceKindLabels],
  [contractStatusField, contractStatusLabels],
]);

/** One form field for one schema field. Throws for a zod type the editor cannot show, so a schema change cannot pass unnoticed. */
function fieldFor(context: Context, name: string, schema: AnySchema, path: readonly string[]): DecapField {
  const fieldPath = path.join('.');
  const { inner, optional } = unwrap(schema);
  const base = { name, label: label(context, fieldPath), required: !optional && !context.inOptionalGroup };
  // The fields of an optional group (below) are optional in the form; a list's items start afresh (an item, once added, is whole).
  const group: Context = optional ? { ...context, inOptionalGroup: true } : context;
  const def = defOf(inner);
  const withHint = (field: DecapField, extra?: string): DecapField => {
    const hint = field.hint ?? hintOf(context, path, extra);
    return hint ? { ...field, hint } : field;
  };

  // Our own field kinds first: they are pipes and unions underneath.
  if (inner === dateField) return withHint({ ...base, widget: 'string', pattern: [datePattern, editorPatternMessages.date] }, editorHints.date);
  if (inner === partialDateField)
    return withHint({ ...base, widget: 'string', pattern: [partialDatePattern, editorPatternMessages.partialDate] }, editorHints.partialDate);
  if (inner === monthField) return withHint({ ...base, widget: 'string', pattern: [monthPattern, editorPatternMessages.month] }, editorHints.month);
  if (inner === monthRange) return withHint({ ...base, widget: 'string' }, editorHints.monthRange);
  if (inner === attachment) return withHint({ ...base, widget: 'object', collapsed: false, fields: attachmentFields(group, path) });
  const vocabulary = def.type === 'array' ? undefined : vocabularyField(context, fieldPath, false);
  if (vocabulary) return withHint({ ...base, ...vocabulary });
  if (inner === beYear) return withHint({ ...base, widget: 'number', value_type: 'int', min: 2400, max: 2700 }, editorHints.beYear);
  if (inner === slug) return withHint({ ...base, widget: 'string', pattern: [slugPattern, editorPatternMessages.slug] }, editorHints.slug);
  if (inner === url) return withHint({ ...base, widget: 'string', pattern: ['^https?://', editorPatternMessages.url] });
  // Procurement's own kinds: money and tax IDs are typed as text (Thai digits, separators), closed lists are selects.
  if (inner === moneyField)
    return withHint({ ...base, widget: 'string', pattern: ['^[0-9๐-๙][0-9๐-๙,]*(\\.[0-9๐-๙]{1,2})?$', editorPatternMessages.money] }, editorHints.money);
  if (inner === taxIdField)
    return withHint({ ...base, widget: 'string', pattern: ['^([0-9๐-๙][ -]?){12}[0-9๐-๙]$', editorPatternMessages.taxId] }, editorHints.taxId);
  if (inner === referenceNumber) return withHint({ ...base, widget: 'string' });
  const closedList = closedLists.get(inner);
  if (closedList)
    return withHint({ ...base, widget: 'select', options: Object.entries(closedList).map(([value, th]) => ({ label: editorOptionLabel(th), value })) });

  switch (def.type) {
    case 'string': {
      const field: DecapField = { ...base, widget: longText.has(fieldPath) ? 'text' : 'string' };
      for (const check of checksOf(inner)) {
        if (check.format === 'email') field.pattern = ['^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$', editorPatternMessages.email];
        else if (check.format === 'url') field.pattern = ['^https?://', editorPatternMessages.url];
        else if (check.format === 'regex' && check.pattern instanceof RegExp) {
          field.pattern = [check.pattern.source, fieldPath.endsWith('postcode') ? editorPatternMessages.postcode : editorPatternMessages.code];
        }
      }
      return withHint(field);
    }
    case 'number':
      return withHint({ ...base, widget: 'number', ...numberLimits(inner) });
    case 'boolean':
      return withHint({ ...base, widget: 'boolean' });
    case 'enum':
      return withHint({ ...base, widget: 'select', options: enumOptions(fieldPath, Object.values(def.entries as Record<string, string>)) });
    case 'union': {
      const options = def.options as AnySchema[];
      if (options.every((option) => defOf(option).type === 'literal')) {
        return withHint({
          ...base,
          widget: 'select',
          options: enumOptions(
            fieldPath,
            options.flatMap((option) => defOf(option).values as (string | number)[]),
          ),
        });
      }
      break;
    }
    case 'object':
      return withHint({ ...base, widget: 'object', collapsed: false, fields: objectFields(group, inner, path) });
    case 'array':
      return withHint(listField(context, base, inner, path));
  }
  throw new Error(`The editor has no widget for ${context.form} field "${fieldPath}" (zod type ${def.type}); add one in src/lib/editor/decap-config.ts`);
}

function attachmentFields(context: Context, path: readonly string[]): DecapField[] {
  const fieldPath = path.join('.');
  const required = !context.inOptionalGroup;
  return [
    {
      name: 'file',
      label: label(context, `${fieldPath}.file`),
      widget: 'file',
      required,
      choose_url: false,
      // Beside the entry: the file lands in the entry's folder and the field holds its bare name.
      media_folder: '',
      public_folder: '',
      hint: editorHints.attachment,
    },
    { name: 'title', label: label(context, `${fieldPath}.title`), widget: 'string', required, hint: hintOf(context, [...path, 'title']) },
  ];
}

function objectFields(context: Context, schema: AnySchema, path: readonly string[]): DecapField[] {
  const shape = defOf(schema).shape as Record<string, AnySchema>;
  return Object.entries(shape).map(([key, value]) => fieldFor(context, key, value, [...path, key]));
}

function listField(outer: Context, base: Pick<DecapField, 'name' | 'label' | 'required'>, schema: AnySchema, path: readonly string[]): DecapField {
  const context: Context = { ...outer, inOptionalGroup: false };
  const fieldPath = path.join('.');
  const element = unwrap(defOf(schema).element as AnySchema).inner;
  const minimum = checksOf(schema).find((check) => check.check === 'min_length')?.minimum as number | undefined;
  const limits = minimum ? { min: minimum } : {};
  const vocabulary = vocabularyField(context, fieldPath, true);
  if (vocabulary) return { ...base, ...vocabulary, ...limits };
  if (element === attachment) {
    return { ...base, widget: 'list', collapsed: false, summary: '{{fields.title}}', fields: attachmentFields(context, path), ...limits };
  }
  if (defOf(element).type === 'object') {
    return { ...base, widget: 'list', collapsed: false, fields: objectFields(context, element, path), ...limits };
  }
  // A list of single values (steps, phone numbers, indicator numbers).
  const item = fieldFor(context, '*', element, [...path, '*']);
  return { ...base, widget: 'list', field: { ...item, name: 'item', required: true }, ...limits };
}

/** The fields of one form, in the schema's order, with the body last for Markdown collections. */
export function formFields(form: EditorFormName, vocabularies: EditorVocabularies): DecapField[] {
  const context: Context = { form, vocabularies };
  const fields = objectFields(context, editorForms[form].schema, []);
  if (form === 'site' || form === 'scores' || form === 'procurement') return fields;
  return [...fields, { name: 'body', label: label(context, 'body'), widget: 'markdown', required: false, modes: ['rich_text', 'raw'], editor_components: [] }];
}

function backendConfig(backend: EditorBackend): Record<string, unknown> {
  switch (backend.name) {
    case 'proxy':
      return { name: 'proxy', proxy_url: backend.proxyUrl, branch: 'main' };
    case 'gitlab':
      return {
        name: 'gitlab',
        repo: backend.repo,
        branch: backend.branch,
        auth_type: 'pkce',
        app_id: backend.appId,
        base_url: backend.baseUrl,
        ...(backend.apiRoot ? { api_root: backend.apiRoot } : {}),
      };
    case 'gitea':
      return {
        name: 'gitea',
        repo: backend.repo,
        branch: backend.branch,
        app_id: backend.appId,
        base_url: backend.baseUrl,
        api_root: backend.apiRoot ?? `${backend.baseUrl}/api/v1`,
      };
    case 'github':
      return { name: 'github', repo: backend.repo, branch: backend.branch, ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}) };
  }
}

/** The whole config.yml as an object. */
export function decapConfig(input: DecapConfigInput): DecapConfig {
  const { contentDir, vocabularies } = input;
  const folder = (dir: string) => `${contentDir}/${dir}`;
  const collection = (name: Exclude<EditorFormName, 'site'>) => ({
    name,
    label: editorCollectionLabels[name].label,
    label_singular: editorCollectionLabels[name].singular,
  });
  const markdown = { format: 'yaml-frontmatter', extension: 'md', create: true, editor: { preview: false }, media_folder: '', public_folder: '' };
  // A new entry goes into its fiscal year's folder: the slug template names the folder (`2567/…`; Decap lower-cases `path`
  // templates, so `{{fields.fiscalYear}}` cannot be named there) and `path` is the slug itself. Decap reads an existing
  // entry's slug back from its file (content/measures/2567/no-gift.md → 2567/no-gift), so entries open and save in place.
  // `nested` makes Decap read both levels; with its default `subfolders` the collection's own list shows the entries of
  // every year (`subfolders: false` would list only files directly in the folder, i.e. none). The year folders Decap
  // also puts in the sidebar, which would open empty lists, are hidden by the page's stylesheet (editor-folder.ts).
  const byYear = (slugTemplate: string): Partial<DecapCollection> => ({
    path: '{{slug}}',
    slug: `{{fields.fiscalYear}}/${slugTemplate}`,
    nested: { depth: 2 },
    summary: '{{fiscalYear}} · {{title}}',
    view_groups: [{ label: editorFieldLabel('documents', 'fiscalYear') ?? 'fiscalYear', field: 'fiscalYear' }],
  });
  return {
    backend: backendConfig(input.backend),
    locale: 'th',
    // Images named in site.yaml live in content/images and are written relative to content/.
    media_folder: folder('images'),
    public_folder: 'images',
    // Decap shows the address as a link in its top bar: only a real site's, not the local preview's bare "/" (the panel links to it).
    ...(input.siteUrl && /^https?:\/\//.test(input.siteUrl) ? { site_url: input.siteUrl, display_url: input.siteUrl } : {}),
    publish_mode: 'simple',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: [
      {
        ...collection('documents'),
        folder: folder('documents'),
        ...markdown,
        ...byYear('{{fields.type}}-{{fields.fiscalYear}}'),
        fields: formFields('documents', vocabularies),
      },
      {
        ...collection('measures'),
        folder: folder('measures'),
        ...markdown,
        ...byYear('{{fields.category}}-{{fields.fiscalYear}}'),
        fields: formFields('measures', vocabularies),
      },
      {
        ...collection('declarations'),
        folder: folder('declarations'),
        ...markdown,
        ...byYear('{{fields.kind}}-{{fields.fiscalYear}}'),
        fields: formFields('declarations', vocabularies),
      },
      {
        ...collection('news'),
        folder: folder('news'),
        ...markdown,
        slug: 'news-{{year}}{{month}}{{day}}',
        summary: '{{date}} · {{title}}',
        fields: formFields('news', vocabularies),
      },
      {
        ...collection('qa'),
        folder: folder('qa'),
        ...markdown,
        slug: 'qa-{{year}}{{month}}{{day}}',
        summary: '{{asked}} · {{question}}',
        fields: formFields('qa', vocabularies),
      },
      { ...collection('pages'), folder: folder('pages'), ...markdown, slug: 'page-{{year}}{{month}}{{day}}', fields: formFields('pages', vocabularies) },
      {
        ...collection('scores'),
        folder: folder('scores'),
        format: 'yml',
        extension: 'yaml',
        create: true,
        slug: '{{fields.year}}',
        summary: '{{year}} · {{reportedTotal}}',
        editor: { preview: false },
        fields: formFields('scores', vocabularies),
      },
      {
        ...collection('procurement'),
        folder: folder('procurement'),
        // Decap's YAML, reading the closed lists' Thai names as the drop-downs' ids (registered by the editor page's script).
        format: procurementFormatName,
        extension: 'yaml',
        create: true,
        // A month is filed under its fiscal year (2567/2566-10.yaml); Decap cannot compute the year, so the form asks for it.
        path: '{{slug}}',
        slug: '{{fields.fiscalYear}}/{{fields.month}}',
        nested: { depth: 2 },
        summary: '{{month}}',
        editor: { preview: false },
        fields: formFields('procurement', vocabularies),
      },
      {
        ...collection('procurementReports'),
        folder: folder('procurement'),
        ...markdown,
        ...byYear('annual-report'),
        summary: '{{fiscalYear}}',
        fields: formFields('procurementReports', vocabularies),
      },
      {
        name: 'settings',
        label: editorCollectionLabels.settings.label,
        label_singular: editorCollectionLabels.settings.singular,
        editor: { preview: false },
        files: [{ name: 'site', label: editorCollectionLabels.site.label, file: folder('site.yaml'), fields: formFields('site', vocabularies) }],
      },
    ],
  };
}

/** config.yml's text. */
export function decapConfigYaml(config: DecapConfig): string {
  return stringify(config, { lineWidth: 0, aliasDuplicateObjects: false });
}
