import type { DocumentType } from '../../schemas/document-types.ts';
import { fiscalYearOfIso, ceYearToBe, shiftIsoDate } from '../calendar/thai-date.ts';
import { declarationScaffold, documentScaffold, measureScaffold, newsScaffold, qaScaffold } from '../../i18n/scaffold.ts';

export const scaffoldKinds = ['document', 'measure', 'declaration', 'news', 'qa'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export interface ScaffoldOptions {
  /** Today's date, CE ISO (Bangkok) */
  today: string;
  documentTypes: readonly DocumentType[];
  /** For documents: the type id */
  documentType?: string;
  /** The title, when staff gave it (otherwise a marked placeholder) */
  title?: string;
  /** The fiscal year (BE) the entry is about; default: the fiscal year of its date */
  fiscalYear?: number;
  /** For a plan over several years, the last fiscal year (BE) */
  lastFiscalYear?: number;
  /** The date on the document, CE ISO; default: today */
  date?: string;
  /** Documents: the report round, quarter or month it covers */
  period?: { round?: string; quarter?: number; month?: string };
  /** Documents: which period the type's OIT items need (periodKindOfType): a round, a month, or none */
  periodKind?: PeriodKind;
  /** Documents: the attachment already copied beside the entry (its file name) and the title citizens see */
  attachment?: { file: string; title: string };
}

export interface Scaffold {
  /** Path below content/, e.g. documents/2570/procurement-plan-2569-11-24.md */
  path: string;
  text: string;
  /** What staff still have to fill in, in Thai */
  fillIn: string[];
}

/** What a document must say about its period: a report its round (or quarter), a monthly summary its month. */
export type PeriodKind = 'round' | 'month';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Which period a document type needs, from the catalogues as parsed (any shape): a round for first-half items, a month for monthly ones. */
export function periodKindOfType(catalogues: readonly unknown[], typeId: string): PeriodKind | undefined {
  const periods = new Set<unknown>();
  for (const catalogue of catalogues) {
    if (!isRecord(catalogue) || !Array.isArray(catalogue.items)) continue;
    for (const item of catalogue.items) {
      if (isRecord(item) && Array.isArray(item.documentTypes) && item.documentTypes.includes(typeId)) periods.add(item.period);
    }
  }
  if (periods.has('monthly')) return 'month';
  if (periods.has('first-half')) return 'round';
  return undefined;
}

/** A CE ISO date written as staff write it: with the Buddhist-era year. */
export function toBeDate(iso: string): string {
  return `${ceYearToBe(Number(iso.slice(0, 4)))}${iso.slice(4)}`;
}

/** A valid skeleton for a new entry: today's date, the current fiscal year, and comments saying what to fill in. */
export function scaffoldEntry(kind: ScaffoldKind, options: ScaffoldOptions): Scaffold {
  const dateIso = options.date ?? options.today;
  const fiscalYear = options.fiscalYear ?? fiscalYearOfIso(dateIso);
  const date = toBeDate(dateIso);
  const quoted = (text: string) => JSON.stringify(text);
  switch (kind) {
    case 'document': {
      const type = options.documentTypes.find((candidate) => candidate.id === options.documentType);
      if (!type) throw new Error(`unknown document type: ${options.documentType ?? '(none)'}`);
      const period = options.period && Object.entries(options.period).filter(([, value]) => value !== undefined);
      const periodGiven = period !== undefined && period.length > 0;
      // A monthly summary is usually of the month before the one it is written in.
      const lastMonth = toBeDate(shiftIsoDate(dateIso, { months: -1 })).slice(0, 7);
      const periodLines = periodGiven
        ? [
            `# ${documentScaffold.periodHint}`,
            'period:',
            ...period.map(([key, value]) => `  ${key}: ${key === 'month' ? toBeDate(`${String(value)}-01`).slice(0, 7) : String(value)}`),
          ]
        : options.periodKind === 'round'
          ? [`# ${documentScaffold.periodHint}`, '# period:', '#   round: 6-month']
          : options.periodKind === 'month'
            ? [`# ${documentScaffold.periodHint}`, '# period:', `#   month: ${lastMonth}`]
            : [];
      const fillIn = documentScaffold.fillIn;
      return {
        path: `documents/${fiscalYear}/${type.id}-${date}.md`,
        text: [
          '---',
          `# ${type.th}`,
          `title: ${quoted(options.title ?? documentScaffold.title)}`,
          `type: ${type.id}`,
          `fiscalYear: ${fiscalYear}`,
          ...(options.lastFiscalYear ? [`# ${documentScaffold.lastFiscalYearHint}`, `lastFiscalYear: ${options.lastFiscalYear}`] : []),
          `# ${documentScaffold.publishedHint}`,
          `published: ${date}`,
          `# ${documentScaffold.postedHint}`,
          `# posted: ${date}`,
          ...periodLines,
          `summary: ${quoted(documentScaffold.summary)}`,
          `# ${documentScaffold.attachmentsHint}`,
          ...(options.attachment
            ? ['attachments:', `  - file: ${options.attachment.file}`, `    title: ${quoted(options.attachment.title)}`]
            : ['attachments: []', `#  - file: ${documentScaffold.attachmentFile}`, `#    title: ${documentScaffold.attachmentTitle}`]),
          '---',
          '',
          documentScaffold.body,
          '',
        ].join('\n'),
        fillIn: [
          ...(options.title ? [] : [fillIn.title]),
          fillIn.summary,
          ...(options.attachment ? [] : [fillIn.attachments]),
          ...(periodGiven || !options.periodKind ? [] : [fillIn[options.periodKind]]),
          fillIn.body,
        ],
      };
    }
    case 'measure':
      return {
        path: `measures/${fiscalYear}/measure-${date}.md`,
        text: [
          '---',
          `title: "${measureScaffold.title}"`,
          `fiscalYear: ${fiscalYear}`,
          `# ${measureScaffold.stageHint}`,
          'stage: recommended',
          `# ${measureScaffold.categoryHint}`,
          'category: other',
          'steps:',
          `  - "${measureScaffold.step}"`,
          `responsibleUnit: "${measureScaffold.responsibleUnit}"`,
          `# ${measureScaffold.periodHint}`,
          `period: "${measureScaffold.period(String(fiscalYear - 1).slice(2), String(fiscalYear).slice(2))}"`,
          'rounds:',
          '  - round: 6-month',
          '  - round: 12-month',
          '---',
          '',
        ].join('\n'),
        fillIn: [...measureScaffold.fillIn],
      };
    case 'declaration':
      return {
        path: `declarations/${fiscalYear}/no-gift-policy-${fiscalYear}.md`,
        text: [
          '---',
          `title: "${declarationScaffold.title(fiscalYear)}"`,
          `# ${declarationScaffold.kindHint}`,
          'kind: no-gift-policy',
          `fiscalYear: ${fiscalYear}`,
          'declaredBy:',
          `  position: "${declarationScaffold.position}"`,
          `date: ${date}`,
          `# ${declarationScaffold.signedHint}`,
          '# signed:',
          '#   file: no-gift-policy-signed.pdf',
          `#   title: ${declarationScaffold.signedTitle}`,
          '---',
          '',
          declarationScaffold.body,
          '',
        ].join('\n'),
        fillIn: [...declarationScaffold.fillIn],
      };
    case 'news':
      return {
        path: `news/news-${date}.md`,
        text: ['---', `title: "${newsScaffold.title}"`, `date: ${date}`, `summary: "${newsScaffold.summary}"`, '---', '', newsScaffold.body, ''].join('\n'),
        fillIn: [...newsScaffold.fillIn],
      };
    case 'qa':
      return {
        path: `qa/question-${date}.md`,
        text: ['---', `question: "${qaScaffold.question}"`, `asked: ${date}`, `answered: ${date}`, '---', '', qaScaffold.answer, ''].join('\n'),
        fillIn: [...qaScaffold.fillIn],
      };
  }
}

/** `name.md`, or `name-2.md`, `name-3.md`… when taken. */
export function firstFreePath(path: string, exists: (candidate: string) => boolean): string {
  if (!exists(path)) return path;
  const stem = path.replace(/\.md$/, '');
  for (let counter = 2; ; counter++) {
    const candidate = `${stem}-${counter}.md`;
    if (!exists(candidate)) return candidate;
  }
}
