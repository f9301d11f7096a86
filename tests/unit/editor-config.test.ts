import { describe, expect, it } from 'vitest';
import path from 'node:path';
import type { z } from 'zod';
import { parse } from 'yaml';
import {
  decapConfig,
  decapConfigYaml,
  editorForms,
  formFields,
  type DecapField,
  type EditorFormName,
  type EditorVocabularies,
} from '../../src/lib/editor/decap-config.ts';
import { documentTypesFrom, elementsFrom, measureFrom, readVocabularies } from '../../src/lib/editor/vocabularies.ts';
import { editorCollectionLabels } from '../../src/i18n/editor.ts';
import { editorProblemReport, inFormWords } from '../../src/lib/editor/problem-report.ts';
import { needsReload, openedEntry } from '../../src/lib/editor/entry-address.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';
import { editorFolderFor } from '../../src/lib/editor/editor-folder.ts';

const vocabularies: EditorVocabularies = {
  documentTypes: [
    { id: 'procurement-plan', th: 'แผนการจัดซื้อจัดจ้าง' },
    { id: 'hr-criteria', th: 'หลักเกณฑ์การบริหารทรัพยากรบุคคล' },
  ],
  itaYears: [2566, 2567],
  measures: [{ id: '2567/no-gift', title: 'มาตรการไม่รับของขวัญ', fiscalYear: '2567' }],
  elements: [{ id: 'ethics-training', th: 'O36: มีการอบรมเรื่องจริยธรรม' }],
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
      const generated = formFieldsByPath(formFields(form, vocabularies));
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
    const documents = formFieldsByPath(formFields('documents', vocabularies));
    expect(documents.get('type')).toMatchObject({ widget: 'select', required: true });
    expect(documents.get('type')!.options).toEqual([
      { label: 'แผนการจัดซื้อจัดจ้าง', value: 'procurement-plan' },
      { label: 'หลักเกณฑ์การบริหารทรัพยากรบุคคล', value: 'hr-criteria' },
    ]);
    expect(documents.get('otherTypes')).toMatchObject({ widget: 'select', multiple: true, required: false });
    // The clerk reads names; the file gets the ids.
    expect(documents.get('measures')!.options).toEqual([{ label: 'มาตรการไม่รับของขวัญ (ปีงบประมาณ 2567)', value: '2567/no-gift' }]);
    expect(documents.get('elements')!.options).toEqual([{ label: 'O36: มีการอบรมเรื่องจริยธรรม', value: 'ethics-training' }]);
    const scores = formFieldsByPath(formFields('scores', vocabularies));
    expect(scores.get('year')!.options!.map((option) => option.value)).toEqual([2566, 2567]);
  });

  it('dates are text with a BE pattern and help; attachments upload beside the entry', () => {
    const documents = formFieldsByPath(formFields('documents', vocabularies));
    expect(documents.get('posted')).toMatchObject({ widget: 'string', required: false, pattern: ['^\\d{4}-\\d{2}-\\d{2}$', expect.stringContaining('2567')] });
    expect(documents.get('posted')!.hint).toContain('พ.ศ.');
    expect(documents.get('published')!.pattern![0]).toBe('^\\d{4}-\\d{2}(-\\d{2})?$');
    expect(documents.get('period.month')!.pattern![0]).toBe('^\\d{4}-\\d{2}$');
    expect(documents.get('attachments.file')).toMatchObject({ widget: 'file', media_folder: '', public_folder: '' });
    expect(documents.get('fiscalYear')).toMatchObject({ widget: 'number', value_type: 'int', min: 2400, max: 2700 });
    const measures = formFieldsByPath(formFields('measures', vocabularies));
    expect(measures.get('steps')).toMatchObject({ widget: 'list', min: 1, required: true });
    expect(measures.get('rounds.progress')).toMatchObject({ widget: 'number', min: 0, max: 100 });
  });

  it('a group that may be left out does not block saving: its fields are optional in the form, a list item’s are not', () => {
    const declarations = formFieldsByPath(formFields('declarations', vocabularies));
    expect(declarations.get('signed')).toMatchObject({ widget: 'object', required: false });
    expect(declarations.get('signed.file')).toMatchObject({ widget: 'file', required: false });
    expect(declarations.get('signed.title')).toMatchObject({ required: false });
    expect(declarations.get('declaredBy')).toMatchObject({ required: true });
    expect(declarations.get('declaredBy.position')).toMatchObject({ required: true });
    const documents = formFieldsByPath(formFields('documents', vocabularies));
    expect(documents.get('attachments')).toMatchObject({ required: false });
    expect(documents.get('attachments.file')).toMatchObject({ required: true });
    const measures = formFieldsByPath(formFields('measures', vocabularies));
    expect(measures.get('rounds.round')).toMatchObject({ required: true });
  });

  it('a procurement month is a list of rows: money and tax IDs as text with patterns, closed lists as Thai selects', () => {
    const month = formFieldsByPath(formFields('procurement', vocabularies));
    expect(month.get('rows')).toMatchObject({ widget: 'list', required: false });
    expect(month.get('rows.budget')).toMatchObject({ widget: 'string', required: true, label: 'วงเงินที่จะซื้อหรือจ้าง (บาท)' });
    expect(new RegExp(month.get('rows.budget')!.pattern![0]).test('12,500.50')).toBe(true);
    expect(new RegExp(month.get('rows.budget')!.pattern![0]).test('12.345')).toBe(false);
    expect(new RegExp(month.get('rows.winner.taxId')!.pattern![0]).test('0-1055-64068-05-9')).toBe(true);
    expect(
      month
        .get('rows.method')!
        .options!.slice(0, 4)
        .map((option) => option.label),
    ).toEqual(['ประกวดราคาอิเล็กทรอนิกส์ (e-bidding)', 'ตลาดอิเล็กทรอนิกส์ (e-market)', 'คัดเลือก', 'เฉพาะเจาะจง']);
    expect(month.get('rows.evidence.kind')).toMatchObject({ widget: 'select', required: false });
    expect(month.has('body')).toBe(false);
  });

  it('help is Thai written for a clerk: the field’s own help, then how to type its kind of value', () => {
    const documents = formFieldsByPath(formFields('documents', vocabularies));
    expect(documents.get('title')!.hint).toBe('ชื่อตามที่เขียนในเอกสาร');
    expect(documents.get('period.round')!.hint).toContain('นับจาก 1 ตุลาคม');
    expect(documents.get('published')!.hint).toMatch(/^วันที่ลงนาม.*— พิมพ์ ปี พ\.ศ\./);
    const site = formFieldsByPath(formFields('site', vocabularies));
    expect(site.get('map.caption')!.hint).toContain('ตรงข้ามโรงเรียนบ้านตะโก');
  });

  it('config.yml is YAML Decap reads: Thai locale, collections in the content folder, the local proxy', () => {
    const text = decapConfigYaml(decapConfig({ contentDir: 'content', backend: { name: 'proxy', proxyUrl: '/admin/api/v1/' }, vocabularies }));
    const config = parse(text);
    expect(config.locale).toBe('th');
    expect(config.backend).toEqual({ name: 'proxy', proxy_url: '/admin/api/v1/', branch: 'main' });
    expect(config.collections.map((collection: { name: string }) => collection.name)).toEqual([
      'documents',
      'measures',
      'declarations',
      'news',
      'qa',
      'pages',
      'scores',
      'procurement',
      'procurementReports',
      'settings',
    ]);
    expect(config.collections[0]).toMatchObject({
      folder: 'content/documents',
      path: '{{slug}}',
      slug: '{{fields.fiscalYear}}/{{fields.type}}-{{fields.fiscalYear}}',
      nested: { depth: 2 },
      media_folder: '',
      public_folder: '',
    });
    expect(config.collections[9].files[0].file).toBe('content/site.yaml');
    // A month file is filed under its fiscal year, as the validator expects (content/procurement/2567/2566-10.yaml).
    expect(config.collections[7]).toMatchObject({
      folder: 'content/procurement',
      extension: 'yaml',
      path: '{{slug}}',
      slug: '{{fields.fiscalYear}}/{{fields.month}}',
      nested: { depth: 2 },
    });
    expect(text).not.toContain('&a'); // no YAML anchors
    // Decap refuses the whole config over an empty view_groups list (minItems 1).
    for (const collection of config.collections as { view_groups?: unknown[] }[]) expect(collection.view_groups?.length ?? 1).toBeGreaterThan(0);
    const gitlab = decapConfig({
      contentDir: 'content',
      backend: { name: 'gitlab', repo: 'tako/website', branch: 'main', appId: 'abc', baseUrl: 'https://gitlab.com' },
      vocabularies,
    });
    expect(gitlab.backend).toMatchObject({ name: 'gitlab', auth_type: 'pkce', app_id: 'abc' });
  });
});

/** Every text the editor's config shows a clerk: collection names, labels, help, choices and pattern messages. */
function shownTexts(): { where: string; text: string }[] {
  const config = decapConfig({ contentDir: 'content', backend: { name: 'proxy', proxyUrl: '/admin/api/v1/' }, vocabularies });
  const texts: { where: string; text: string }[] = [];
  const walk = (where: string, fields: readonly DecapField[]) => {
    for (const field of fields) {
      const at = `${where}.${field.name}`;
      texts.push({ where: `${at} label`, text: field.label });
      if (field.hint) texts.push({ where: `${at} hint`, text: field.hint });
      if (field.pattern) texts.push({ where: `${at} pattern`, text: field.pattern[1] });
      for (const option of field.options ?? []) texts.push({ where: `${at} option ${String(option.value)}`, text: option.label });
      walk(at, field.fields ?? []);
      if (field.field) walk(at, [field.field]);
    }
  };
  for (const collection of config.collections) {
    texts.push({ where: collection.name, text: collection.label }, { where: collection.name, text: collection.label_singular });
    walk(collection.name, collection.fields ?? []);
    for (const file of collection.files ?? []) {
      texts.push({ where: file.name, text: file.label });
      walk(file.name, file.fields);
    }
  }
  return texts;
}

/** Names a clerk knows: the assessment's tools, file kinds, units and brands, and procurement's official terms (the e-GP system, its methods, a PO, OCDS). */
const knownNames = new Set([
  'IIT',
  'EIT',
  'OIT',
  'ITA',
  'ITAS',
  'PDF',
  'MB',
  'Facebook',
  'LINE',
  'Google',
  'URL',
  'No',
  'Gift',
  'Policy',
  'Q',
  'A',
  'e-GP',
  'e-bidding',
  'e-market',
  'PO',
  'OCDS',
]);

describe('the editor speaks a clerk’s Thai', () => {
  const texts = shownTexts();
  const fieldNames = new Set(Object.values(editorForms).flatMap(({ schema }) => schemaFields(schema).map((field) => field.path.split('.').at(-1)!)));

  it('every label, hint, choice and message has Thai in it', () => {
    expect(texts.filter(({ text }) => !/[\u0E00-\u0E7F]/.test(text))).toEqual([]);
  });

  it('none names a file, a folder or a field, or says anything in English', () => {
    const offending = texts.flatMap(({ where, text }) => {
      // Examples a clerk types are fine: an address, an e-mail, a file name.
      const prose = text
        .replace(/https?:\/\/\S*/g, ' ')
        .replace(/\S+@\S+/g, ' ')
        .replace(/[\w-]+\.(pdf|png|jpe?g)\b/g, ' ');
      const problems: string[] = [];
      if (/[A-Za-z_][\w.-]*\/[\w.-]+|[\w.-]+\/[A-Za-z_]/.test(prose) || /\.(ya?ml|md|ts|json)\b/.test(prose) || prose.includes('content'))
        problems.push('path');
      for (const word of prose.match(/[A-Za-z][A-Za-z-]*[A-Za-z]|[A-Za-z]/g) ?? []) {
        if (knownNames.has(word)) continue;
        if (fieldNames.has(word)) problems.push(`field ${word}`);
        else if (word.length > 1) problems.push(`English ${word}`);
      }
      return problems.map((problem) => `${where}: ${problem} in "${text}"`);
    });
    expect(offending).toEqual([]);
  });

  it('the collections’ names carry no file name', () => {
    expect(
      Object.values(editorCollectionLabels)
        .map((entry) => entry.label)
        .join(' '),
    ).not.toMatch(/\.ya?ml|\w\/\w/);
  });
});

describe('vocabularies', () => {
  it('reads document types, ITA years, measure ids and criterion parts from the content', async () => {
    const found = await readVocabularies(projectRoot, 'tests/fixtures/sites/minimal/content');
    expect(found.documentTypes.some((type) => type.id === 'procurement-plan')).toBe(true);
    expect(found.itaYears).toEqual([2567]);
    expect(found.measures).toEqual([{ id: '2567/no-gift', title: 'มาตรการไม่รับของขวัญ (No Gift Policy)', fiscalYear: '2567' }]);
    expect(documentTypesFrom({ types: [{ id: 'a', th: 'ก' }, { id: 3 }] })).toEqual([{ id: 'a', th: 'ก' }]);
    expect(elementsFrom({ items: [{ code: 'O9', criteria: ['text', { text: 'มีแผนที่', element: 'part-a' }] }] })).toEqual([{ id: 'part-a', th: 'O9: มีแผนที่' }]);
    expect(measureFrom('2568/x', 'ไม่มีส่วนหัว')).toEqual({ id: '2568/x', title: '2568/x', fiscalYear: '2568' });
  });
});

describe('editorProblemReport: each problem placed as a clerk finds it', () => {
  const data: Record<string, unknown> = {
    'content/documents/2567/plan.md': { title: 'แผนการจัดซื้อจัดจ้าง', fiscalYear: 2567, published: '2567-09-20' },
    'content/documents/2568/plan.md': { title: 'แผนการจัดซื้อจัดจ้าง', fiscalYear: 2568, published: '2568-09-18' },
    'content/measures/2567/no-gift.md': { title: 'มาตรการไม่รับของขวัญ', fiscalYear: 2567 },
  };
  const report = editorProblemReport(
    [
      { severity: 'warning', file: 'content/scores/2566.yaml', line: 8, field: 'reportedTotal', th: 'ไม่ตรง', en: 'differs', noted: true },
      { severity: 'error', file: 'content/documents/2567/plan.md', line: 3, field: 'published', th: 'ผิด', en: 'wrong', fixTh: 'แก้', fixEn: 'fix' },
      { severity: 'error', file: 'content/documents/2568/plan.md', line: 3, field: 'attachments[1].title', th: 'ว่าง', en: 'empty' },
      { severity: 'error', file: 'content/measures/2567/no-gift.md', field: 'rounds[1].date', th: 'ผิด', en: 'wrong' },
      { severity: 'error', file: 'content/site.yaml', field: 'executives[0].name', th: 'ว่าง', en: 'empty' },
      { severity: 'error', file: 'content/documents/2567/scan.pdf', th: 'พบเลข', en: 'found' },
      { severity: 'error', file: 'content/oit/2567.yaml', th: 'ผิด', en: 'wrong' },
    ],
    false,
    new Date('2024-01-01T00:00:00Z'),
    { contentDir: 'content', dataOf: (file) => data[file] },
  );

  it('errors first; the entry by title with its fiscal year and date, so same-titled entries differ; the address that opens it', () => {
    expect(report.checkedAt).toBe('2024-01-01T00:00:00.000Z');
    expect(report.problems.map((problem) => problem.severity)).toEqual(['error', 'error', 'error', 'error', 'error', 'error', 'warning']);
    const [first, second, measure, site, scan, catalogue, scores] = report.problems;
    expect(first).toMatchObject({
      where: 'แผนการจัดซื้อจัดจ้าง · ปีงบประมาณ 2567 · 20 ก.ย. 2567',
      entry: '#/collections/documents/entries/2567/plan',
      fieldLabel: 'วันที่ในเอกสาร',
      th: 'ผิด',
      fixTh: 'แก้',
    });
    expect(second).toMatchObject({ where: 'แผนการจัดซื้อจัดจ้าง · ปีงบประมาณ 2568 · 18 ก.ย. 2568', fieldLabel: 'ชื่อไฟล์ที่แสดงบนเว็บไซต์', fieldIndex: 1 });
    expect(measure).toMatchObject({ entry: '#/collections/measures/entries/2567/no-gift', fieldLabel: 'วันที่รายงานผล', fieldIndex: 1 });
    expect(site).toMatchObject({ where: 'ข้อมูลหน่วยงาน', entry: '#/collections/settings/entries/site', fieldLabel: 'ชื่อ-นามสกุล', fieldIndex: 0 });
    expect(scan).toMatchObject({ where: 'ไฟล์แนบ scan.pdf' });
    expect(scan!.entry).toBeUndefined();
    expect(catalogue!.where).toContain('เกณฑ์ OIT ปี 2567');
    expect(scores).toMatchObject({ where: 'ผลการประเมิน ITA ปี 2566', entry: '#/collections/scores/entries/2566', noted: true });
  });

  it('messages worded for the files are said as the form says them', () => {
    expect(inFormWords('siteUrl ยังเป็นที่อยู่ตัวอย่าง', 'site')).toBe('"ที่อยู่เว็บไซต์" ยังเป็นที่อยู่ตัวอย่าง');
    expect(inFormWords('แก้ siteUrl ใน content/site.yaml เป็นที่อยู่จริง', 'site')).toBe('แก้ "ที่อยู่เว็บไซต์" เป็นที่อยู่จริง');
    expect(inFormWords('วันที่นำขึ้นเว็บไซต์ (posted) อยู่ก่อนวันที่ในเอกสาร (published)', 'documents')).toBe('วันที่นำขึ้นเว็บไซต์ อยู่ก่อนวันที่ในเอกสาร');
    expect(inFormWords('fiscalYear คือปีแรกของแผน', 'documents')).toBe('"ปีงบประมาณ (พ.ศ.)" คือปีแรกของแผน');
    expect(inFormWords('ดู content/oit/2567.yaml', undefined)).toBe('ดู รายการนี้');
    // A required field: fill it in the form, not "add a line after line 3".
    const [required] = editorProblemReport(
      [
        {
          severity: 'error',
          file: 'content/documents/2567/plan.md',
          field: 'type',
          th: 'ยังไม่มีช่องนี้',
          en: 'required',
          fixTh: 'เพิ่มบรรทัดนี้ต่อจากบรรทัด 2 (title)',
          fixFormTh: 'กรอกช่องนี้ในแบบฟอร์มแล้วกดเผยแพร่',
        },
      ],
      false,
      new Date(),
    ).problems;
    expect(required!.fixTh).toBe('กรอกช่องนี้ในแบบฟอร์มแล้วกดเผยแพร่');
  });

  it('what the panel shows names no file or field id', () => {
    const shown = report.problems.map(({ where, fieldLabel, th, fixTh }) => [where, fieldLabel, th, fixTh].join(' ')).join('\n');
    expect(shown).not.toMatch(/content\/|\.md|\.yaml|published|attachments|rounds|executives/);
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

describe('editorFolderFor', () => {
  const config = (contentDir: string) => ({ root: '/site', contentDir, workDir: '/site/.prongsai' });
  it('gives each content folder its own editor folder under .prongsai/editor, the same one each time', () => {
    const example = editorFolderFor(config('content'));
    expect(path.dirname(example)).toBe('/site/.prongsai/editor');
    expect(editorFolderFor(config('content'))).toBe(example);
    // The same folder written another way is the same folder.
    expect(editorFolderFor(config('./content/'))).toBe(example);
    expect(editorFolderFor({ ...config('/site/content'), root: '/elsewhere' })).toBe(example);
    expect(editorFolderFor(config('tests/scratch/a/content'))).not.toBe(example);
    expect(editorFolderFor(config('tests/scratch/a/content'))).not.toBe(editorFolderFor(config('tests/scratch/b/content')));
  });
});
