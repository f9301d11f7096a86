import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { parse } from 'yaml';
import { decapConfig, decapConfigYaml, editorForms, formFields, type DecapField, type EditorFormName, type EditorVocabularies } from '../../src/lib/editor/decap-config.ts';
import { editorSchemaDocs, readSchemaSources } from '../../src/lib/editor/editor-folder.ts';
import { docAt, schemaDocs } from '../../src/lib/editor/schema-docs.ts';
import { documentTypesFrom, elementsFrom, readVocabularies } from '../../src/lib/editor/vocabularies.ts';
import { editorProblemReport } from '../../src/lib/editor/problem-report.ts';
import { needsReload, openedEntry } from '../../src/lib/editor/entry-address.ts';
import { projectRoot } from '../helpers/fixture-site.ts';

const sources = await readSchemaSources();
const docs = editorSchemaDocs(sources);
const vocabularies: EditorVocabularies = {
  documentTypes: [
    { id: 'procurement-plan', th: 'แผนการจัดซื้อจัดจ้าง' },
    { id: 'hr-criteria', th: 'หลักเกณฑ์การบริหารทรัพยากรบุคคล' },
  ],
  itaYears: [2566, 2567],
  measureIds: ['2567/no-gift'],
  elements: ['ethics-training'],
};

type AnySchema = z.core.$ZodType;
const defOf = (schema: AnySchema) => schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;

/**
 * Walks a zod schema independently of the generator: every field path, whether the form must require it, and its enum
 * values. A field of a group that may be left out is required only when the group is filled in, which the form cannot
 * say: the form leaves it optional (our validator names it when a group is half filled). A list's item starts afresh.
 */
function schemaFields(schema: AnySchema, prefix: string[] = [], groupRequired = true): { path: string; required: boolean; values?: (string | number)[] }[] {
  const out: { path: string; required: boolean; values?: (string | number)[] }[] = [];
  for (const [key, value] of Object.entries(defOf(schema).shape as Record<string, AnySchema>)) {
    let inner = value;
    let required = groupRequired;
    while (['optional', 'default', 'nullable'].includes(defOf(inner).type)) {
      required = false;
      inner = defOf(inner).innerType as AnySchema;
    }
    const path = [...prefix, key];
    const def = defOf(inner);
    const values =
      def.type === 'enum'
        ? Object.values(def.entries as Record<string, string>)
        : def.type === 'union' && (def.options as AnySchema[]).every((option) => defOf(option).type === 'literal')
          ? (def.options as AnySchema[]).flatMap((option) => defOf(option).values as (string | number)[])
          : undefined;
    out.push({ path: path.join('.'), required, ...(values ? { values } : {}) });
    if (def.type === 'object') out.push(...schemaFields(inner, path, required));
    if (def.type === 'array') {
      const element = defOf(def.element as AnySchema);
      if (element.type === 'object') out.push(...schemaFields(def.element as AnySchema, path));
      if (element.type === 'enum') out.push({ path: `${path.join('.')}.*`, required: true, values: Object.values(element.entries as Record<string, string>) });
    }
  }
  return out;
}

/** The generated form's fields by path (list items by their own path, a single-value list's item as `path.*`). */
function formFieldsByPath(fields: readonly DecapField[], prefix: string[] = []): Map<string, DecapField> {
  const out = new Map<string, DecapField>();
  for (const field of fields) {
    const path = [...prefix, field.name];
    out.set(path.join('.'), field);
    for (const [key, value] of formFieldsByPath(field.fields ?? [], path)) out.set(key, value);
    if (field.field) out.set(`${path.join('.')}.*`, field.field);
  }
  return out;
}

describe('the editor config cannot drift from the schemas', () => {
  for (const form of Object.keys(editorForms) as EditorFormName[]) {
    it(`${form}: every field is in the form, required exactly when the schema requires it, with every enum value as an option`, () => {
      const generated = formFieldsByPath(formFields(form, docs[form], vocabularies));
      for (const field of schemaFields(editorForms[form].schema)) {
        const found = generated.get(field.path);
        expect(found, `${form}.${field.path} missing from the form`).toBeDefined();
        expect(found!.required, `${form}.${field.path} required`).toBe(field.required);
        expect(found!.label, `${form}.${field.path} has a Thai label`).toMatch(/[\u0E00-\u0E7F]/);
        if (field.values) {
          expect(found!.widget, `${form}.${field.path} is a select`).toBe('select');
          expect(found!.options?.map((option) => option.value)).toEqual(field.values);
        }
      }
      // …and nothing in the form that the schema does not have (the Markdown body aside).
      const schemaPaths = new Set(schemaFields(editorForms[form].schema).map((field) => field.path));
      const extra = [...generated.keys()].filter((path) => !schemaPaths.has(path) && path !== 'body' && !path.endsWith('.*'));
      expect(extra).toEqual([]);
    });
  }

  it('vocabulary fields are selects over the content’s own lists', () => {
    const documents = formFieldsByPath(formFields('documents', docs.documents, vocabularies));
    expect(documents.get('type')).toMatchObject({ widget: 'select', required: true });
    expect(documents.get('type')!.options).toEqual([
      { label: 'แผนการจัดซื้อจัดจ้าง (procurement-plan)', value: 'procurement-plan' },
      { label: 'หลักเกณฑ์การบริหารทรัพยากรบุคคล (hr-criteria)', value: 'hr-criteria' },
    ]);
    expect(documents.get('otherTypes')).toMatchObject({ widget: 'select', multiple: true, required: false });
    expect(documents.get('measures')!.options).toEqual([{ label: '2567/no-gift', value: '2567/no-gift' }]);
    expect(documents.get('elements')!.options).toEqual([{ label: 'ethics-training', value: 'ethics-training' }]);
    const scores = formFieldsByPath(formFields('scores', docs.scores, vocabularies));
    expect(scores.get('year')!.options!.map((option) => option.value)).toEqual([2566, 2567]);
  });

  it('dates are text with a BE pattern and help; attachments upload beside the entry', () => {
    const documents = formFieldsByPath(formFields('documents', docs.documents, vocabularies));
    expect(documents.get('posted')).toMatchObject({ widget: 'string', required: false, pattern: ['^\\d{4}-\\d{2}-\\d{2}$', expect.stringContaining('2567')] });
    expect(documents.get('posted')!.hint).toContain('พ.ศ.');
    expect(documents.get('published')!.pattern![0]).toBe('^\\d{4}-\\d{2}(-\\d{2})?$');
    expect(documents.get('period.month')!.pattern![0]).toBe('^\\d{4}-\\d{2}$');
    expect(documents.get('attachments.file')).toMatchObject({ widget: 'file', media_folder: '', public_folder: '' });
    expect(documents.get('fiscalYear')).toMatchObject({ widget: 'number', value_type: 'int', min: 2400, max: 2700 });
    const measures = formFieldsByPath(formFields('measures', docs.measures, vocabularies));
    expect(measures.get('steps')).toMatchObject({ widget: 'list', min: 1, required: true });
    expect(measures.get('rounds.progress')).toMatchObject({ widget: 'number', min: 0, max: 100 });
  });

  it('a group that may be left out does not block saving: its fields are optional in the form, a list item’s are not', () => {
    const declarations = formFieldsByPath(formFields('declarations', docs.declarations, vocabularies));
    expect(declarations.get('signed')).toMatchObject({ widget: 'object', required: false });
    expect(declarations.get('signed.file')).toMatchObject({ widget: 'file', required: false });
    expect(declarations.get('signed.title')).toMatchObject({ required: false });
    expect(declarations.get('declaredBy')).toMatchObject({ required: true });
    expect(declarations.get('declaredBy.position')).toMatchObject({ required: true });
    const documents = formFieldsByPath(formFields('documents', docs.documents, vocabularies));
    expect(documents.get('attachments')).toMatchObject({ required: false });
    expect(documents.get('attachments.file')).toMatchObject({ required: true });
    const measures = formFieldsByPath(formFields('measures', docs.measures, vocabularies));
    expect(measures.get('rounds.round')).toMatchObject({ required: true });
  });

  it('a procurement month is a list of rows: money and tax IDs as text with patterns, closed lists as Thai selects', () => {
    const month = formFieldsByPath(formFields('procurement', docs.procurement, vocabularies));
    expect(month.get('rows')).toMatchObject({ widget: 'list', required: false });
    expect(month.get('rows.budget')).toMatchObject({ widget: 'string', required: true, label: 'วงเงินที่จะซื้อหรือจ้าง (บาท)' });
    expect(new RegExp(month.get('rows.budget')!.pattern![0]).test('12,500.50')).toBe(true);
    expect(new RegExp(month.get('rows.budget')!.pattern![0]).test('12.345')).toBe(false);
    expect(new RegExp(month.get('rows.winner.taxId')!.pattern![0]).test('0-1055-64068-05-9')).toBe(true);
    expect(month.get('rows.method')!.options!.slice(0, 4).map((option) => option.label)).toEqual([
      'ประกวดราคาอิเล็กทรอนิกส์ (e-bidding) (e-bidding)',
      'ตลาดอิเล็กทรอนิกส์ (e-market) (e-market)',
      'คัดเลือก (selection)',
      'เฉพาะเจาะจง (specific)',
    ]);
    expect(month.get('rows.evidence.kind')).toMatchObject({ widget: 'select', required: false });
    expect(month.has('body')).toBe(false);
  });

  it("help text is the schema field's JSDoc", () => {
    const documents = formFieldsByPath(formFields('documents', docs.documents, vocabularies));
    expect(documents.get('title')!.hint).toBe('Title as it appears on the document');
    expect(documents.get('period.round')!.hint).toContain('counted from 1 October');
    const site = formFieldsByPath(formFields('site', docs.site, vocabularies));
    expect(site.get('executives.email')!.hint).toBe('E-mail address');
    expect(site.get('map.caption')!.hint).toContain('ตรงข้ามโรงเรียนบ้านตะโก');
  });

  it('config.yml is YAML Decap reads: Thai locale, collections in the content folder, the local proxy', () => {
    const text = decapConfigYaml(decapConfig({ contentDir: 'content', backend: { name: 'proxy', proxyUrl: '/admin/api/v1/' }, vocabularies, docs }));
    const config = parse(text);
    expect(config.locale).toBe('th');
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: '/admin/api/v1/', branch: 'main' });
    expect(config.collections.map((collection: { name: string }) => collection.name)).toEqual(['documents', 'measures', 'declarations', 'news', 'qa', 'pages', 'scores', 'procurement', 'procurementReports', 'settings']);
    expect(config.collections[0]).toMatchObject({ folder: 'content/documents', path: '{{slug}}', slug: '{{fields.fiscalYear}}/{{fields.type}}-{{fields.fiscalYear}}', nested: { depth: 2 }, media_folder: '', public_folder: '' });
    expect(config.collections[9].files[0].file).toBe('content/site.yaml');
    // A month file is filed under its fiscal year, as the validator expects (content/procurement/2567/2566-10.yaml).
    expect(config.collections[7]).toMatchObject({ folder: 'content/procurement', extension: 'yaml', path: '{{slug}}', slug: '{{fields.fiscalYear}}/{{fields.month}}', nested: { depth: 2 } });
    expect(text).not.toContain('&a'); // no YAML anchors
    // Decap refuses the whole config over an empty view_groups list (minItems 1).
    for (const collection of config.collections as { view_groups?: unknown[] }[]) expect(collection.view_groups?.length ?? 1).toBeGreaterThan(0);
    const gitlab = decapConfig({ contentDir: 'content', backend: { name: 'gitlab', repo: 'tako/website', branch: 'main', appId: 'abc', baseUrl: 'https://gitlab.com' }, vocabularies, docs });
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc' });
  });
});

describe('schemaDocs', () => {
  it('follows constants, imports, spreads, lists and wrappers', () => {
    const tree = schemaDocs(
      {
        'a.ts': "import { part } from './b.ts';\nconst base = z.object({\n  /** Phone */\n  phone: z.string(),\n});\nexport const s = z.strictObject({\n  /** Items */ items: z.array(part).default([]),\n  /** Wrapped */ wrapped: z.strictObject({\n    /** Inner */\n    inner: z.number(),\n  }).refine(() => true).optional(),\n  ...base.shape,\n});",
        'b.ts': 'export const part = z.strictObject({\n  /** A `file` name */\n  file: text,\n});',
      },
      'a.ts',
      's',
    );
    expect(docAt(tree, ['items'])).toBe('Items');
    expect(docAt(tree, ['items', 'file'])).toBe('A file name');
    expect(docAt(tree, ['wrapped', 'inner'])).toBe('Inner');
    expect(docAt(tree, ['phone'])).toBe('Phone');
    expect(docAt(tree, ['nothing'])).toBe('');
  });
});

describe('vocabularies', () => {
  it('reads document types, ITA years, measure ids and criterion parts from the content', async () => {
    const found = await readVocabularies(projectRoot, 'tests/fixtures/sites/minimal/content');
    expect(found.documentTypes.some((type) => type.id === 'procurement-plan')).toBe(true);
    expect(found.itaYears).toEqual([2567]);
    expect(found.measureIds).toEqual(['2567/no-gift']);
    expect(documentTypesFrom({ types: [{ id: 'a', th: 'ก' }, { id: 3 }] })).toEqual([{ id: 'a', th: 'ก' }]);
    expect(elementsFrom({ items: [{ criteria: ['text', { text: 't', element: 'part-a' }] }] })).toEqual(['part-a']);
  });
});

describe('editorProblemReport', () => {
  it('puts errors first and keeps only what the panel shows', () => {
    const report = editorProblemReport(
      [
        { severity: 'warning', file: 'content/a.md', th: 'เตือน', en: 'warn' },
        { severity: 'error', file: 'content/b.md', line: 3, field: 'date', th: 'ผิด', en: 'wrong', fixTh: 'แก้', fixEn: 'fix' },
      ],
      false,
      new Date('2024-01-01T00:00:00Z'),
    );
    expect(report).toEqual({
      checkedAt: '2024-01-01T00:00:00.000Z',
      valid: false,
      problems: [
        { severity: 'error', file: 'content/b.md', line: 3, field: 'date', th: 'ผิด', fixTh: 'แก้' },
        { severity: 'warning', file: 'content/a.md', th: 'เตือน' },
      ],
    });
  });
});

describe('needsReload: the editor page opens an entry afresh when the address moves straight to another', () => {
  const at = (hash: string) => `http://127.0.0.1:4321/admin/#${hash}`;
  it('reads the collection and the entry (a nested slug keeps its slash)', () => {
    expect(openedEntry(at('/collections/measures/entries/2567/no-gift'))).toEqual({ collection: 'measures', slug: '2567/no-gift' });
    expect(openedEntry(at('/collections/declarations/new?ref=x'))).toEqual({ collection: 'declarations' });
    expect(openedEntry(at('/collections/measures'))).toBeUndefined();
  });
  it('reloads between two entries, and between new entries of two collections', () => {
    expect(needsReload(at('/collections/documents/entries/2567/a'), at('/collections/measures/entries/2567/no-gift'))).toBe(true);
    expect(needsReload(at('/collections/measures/entries/2567/a'), at('/collections/measures/entries/2567/b'))).toBe(true);
    expect(needsReload(at('/collections/documents/new'), at('/collections/measures/new'))).toBe(true);
    expect(needsReload(at('/collections/documents/new'), at('/collections/measures/entries/2567/no-gift'))).toBe(true);
  });
  it('leaves alone what Decap handles: the list, a new entry, its own move to the saved entry', () => {
    expect(needsReload(at('/collections/measures'), at('/collections/measures/entries/2567/no-gift'))).toBe(false);
    expect(needsReload(at('/collections/measures/entries/2567/no-gift'), at('/collections/measures'))).toBe(false);
    expect(needsReload(at('/collections/measures/entries/2567/no-gift'), at('/collections/declarations/new'))).toBe(false);
    expect(needsReload(at('/collections/documents/new'), at('/collections/documents/entries/2567/procurement-plan-2567'))).toBe(false);
    expect(needsReload(at('/collections/documents/entries/2567/a'), at('/collections/documents/entries/2567/a'))).toBe(false);
  });
});
