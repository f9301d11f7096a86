import type { DocumentType } from '../schemas/document-types.ts';
import { fiscalYearOfIso, ceYearToBe } from './thai-date.ts';
import { declarationScaffold, documentScaffold, measureScaffold, newsScaffold, qaScaffold } from '../i18n/scaffold.ts';

export const scaffoldKinds = ['document', 'measure', 'declaration', 'news', 'qa'] as const;
export type ScaffoldKind = (typeof scaffoldKinds)[number];

export interface ScaffoldOptions {
  /** Today's date, CE ISO (Bangkok) */
  today: string;
  documentTypes: readonly DocumentType[];
  /** For documents: the type id */
  documentType?: string;
}

export interface Scaffold {
  /** Path below content/, e.g. documents/2570/procurement-plan-2569-11-24.md */
  path: string;
  text: string;
  /** What staff still have to fill in, in Thai */
  fillIn: string[];
}

/** A CE ISO date written as staff write it: with the Buddhist-era year. */
export function toBeDate(iso: string): string {
  return `${ceYearToBe(Number(iso.slice(0, 4)))}${iso.slice(4)}`;
}

/** A valid skeleton for a new entry: today's date, the current fiscal year, and comments saying what to fill in. */
export function scaffoldEntry(kind: ScaffoldKind, options: ScaffoldOptions): Scaffold {
  const fiscalYear = fiscalYearOfIso(options.today);
  const date = toBeDate(options.today);
  switch (kind) {
    case 'document': {
      const type = options.documentTypes.find((candidate) => candidate.id === options.documentType);
      if (!type) throw new Error(`unknown document type: ${options.documentType ?? '(none)'}`);
      const typeList = options.documentTypes.filter((candidate) => candidate.source === 'documents').map((candidate) => `#   ${candidate.id}: ${candidate.th}`);
      return {
        path: `documents/${fiscalYear}/${type.id}-${date}.md`,
        text: [
          '---',
          `# ${type.th}`,
          `title: "${documentScaffold.title}"`,
          `type: ${type.id}`,
          `# ${documentScaffold.typesHint}`,
          ...typeList,
          `fiscalYear: ${fiscalYear}`,
          `# ${documentScaffold.publishedHint}`,
          `published: ${date}`,
          `# ${documentScaffold.periodHint}`,
          '# period:',
          '#   round: 6-month',
          `summary: "${documentScaffold.summary}"`,
          `# ${documentScaffold.attachmentsHint}`,
          'attachments: []',
          `#  - file: ${documentScaffold.attachmentFile}`,
          `#    title: ${documentScaffold.attachmentTitle}`,
          '---',
          '',
          documentScaffold.body,
          '',
        ].join('\n'),
        fillIn: [...documentScaffold.fillIn],
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
