/**
 * Generated Thai documents, for measuring search and the build: text cut from the seed report
 * (tests/fixtures/search/seed-measures-report.txt) in pieces, shuffled and joined with or without spaces, so every
 * phrase appears in many different surroundings — the situation in which word segmentation splits the same phrase
 * differently. Pure apart from reading the seed; the same seed always gives the same documents.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';

/** A seeded random number generator (mulberry32), so a corpus is the same on every run. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = state;
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1);
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61);
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

/** The seed's whitespace-separated pieces that contain Thai, without characters Markdown would read as markup. */
export async function seedPieces(projectRoot: string): Promise<string[]> {
  const seed = await readFile(path.join(projectRoot, 'tests/fixtures/search/seed-measures-report.txt'), 'utf8');
  return seed.split(/\s+/).filter((piece) => /[\u0E01-\u0E5B]/.test(piece) && /^[\u0E01-\u0E5B0-9A-Za-z.,()/:%"“”-]+$/.test(piece));
}

export interface GeneratedDocument {
  /** File name without extension, e.g. gen-0001 */
  name: string;
  text: string;
}

/** `count` documents of 40–160 seed pieces each, read from random places in the seed, half of them joined without a space. */
export function generateThaiDocuments(pieces: readonly string[], count: number, seed = 1): GeneratedDocument[] {
  const next = random(seed);
  const documents: GeneratedDocument[] = [];
  for (let number = 1; number <= count; number += 1) {
    const length = 40 + Math.floor(next() * 120);
    let position = Math.floor(next() * pieces.length);
    let text = '';
    for (let piece = 0; piece < length; piece += 1) {
      if (next() < 0.25) position = Math.floor(next() * pieces.length);
      text += (piece === 0 ? '' : next() < 0.5 ? ' ' : '') + pieces[position % pieces.length];
      position += 1;
    }
    documents.push({ name: `gen-${String(number).padStart(4, '0')}`, text });
  }
  return documents;
}

/** A generated document as a Markdown file of the example site's content model. */
export function documentMarkdown(document: GeneratedDocument, type: string): string {
  return `---\ntitle: เอกสารทดสอบ ${document.name}\ntype: ${type}\nfiscalYear: 2567\npublished: 2567-01-15\n---\n\n${document.text}\n`;
}

/** A document type a generated document may take: its id and Thai label. */
export interface CorpusDocumentType {
  id: string;
  th: string;
}

export interface SiteDocument {
  /** Path under content/documents/, e.g. 2566/gen-00042.md */
  file: string;
  /** Attached PDF next to the Markdown file (path under content/documents/), when the document has one */
  attachment?: string;
  /** Attached scan (path under content/documents/), when the bench made the document a scanned one */
  scan?: string;
  fiscalYear: number;
  type: string;
  markdown: string;
}

export interface SiteDocumentsOptions {
  /** Fiscal years (BE) the documents are spread over */
  fiscalYears: readonly number[];
  types: readonly CorpusDocumentType[];
  /** Types whose documents name a month (period.month), e.g. procurement-monthly-summary */
  monthlyTypes?: ReadonlySet<string>;
  /** Share of documents with a small PDF attachment */
  attachmentShare?: number;
  seed?: number;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * `count` documents of the project's content model, spread evenly over fiscal years (round robin) and, at random,
 * over document types, each with a published date inside its fiscal year, a summary and a body of two to four
 * paragraphs. Document n is the same whatever the count, so a page can be compared across corpus sizes.
 */
export function generateSiteDocuments(pieces: readonly string[], count: number, options: SiteDocumentsOptions): SiteDocument[] {
  const { fiscalYears, types, monthlyTypes = new Set(), attachmentShare = 0.1, seed = 1 } = options;
  const texts = generateThaiDocuments(pieces, count, seed);
  const next = random(seed + 0x5eed);
  return texts.map((text, index) => {
    const number = index + 1;
    const fiscalYear = fiscalYears[index % fiscalYears.length]!;
    const type = types[Math.floor(next() * types.length)]!;
    // Month 1..12 of the fiscal year: October of the year before to September.
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const hasAttachment = next() < attachmentShare;
    const calendarMonth = ((month + 8) % 12) + 1;
    const calendarYear = calendarMonth >= 10 ? fiscalYear - 1 : fiscalYear;
    const name = `gen-${String(number).padStart(5, '0')}`;
    // Paragraph breaks at seed-piece boundaries (spaces), two to four paragraphs.
    const words = text.text.split(' ');
    const paragraphs = 2 + Math.floor(next() * 3);
    const perParagraph = Math.ceil(words.length / paragraphs);
    const body = Array.from({ length: paragraphs }, (_, part) => words.slice(part * perParagraph, (part + 1) * perParagraph).join(' '))
      .filter(Boolean)
      .join('\n\n');
    const summary = words.slice(0, 6).join(' ');
    const attachment = hasAttachment ? `${fiscalYear}/${name}.pdf` : undefined;
    const lines = [
      '---',
      `title: "${type.th} ฉบับที่ ${number} ปีงบประมาณ พ.ศ. ${fiscalYear}"`,
      `type: ${type.id}`,
      `fiscalYear: ${fiscalYear}`,
      ...(monthlyTypes.has(type.id) ? ['period:', `  month: ${calendarYear}-${pad(calendarMonth)}`] : []),
      `published: ${calendarYear}-${pad(calendarMonth)}-${pad(day)}`,
      `summary: "${summary.replace(/"/g, '')}"`,
      ...(attachment ? ['attachments:', `  - file: ${name}.pdf`, `    title: เอกสารฉบับเต็ม (PDF)`] : []),
      '---',
      '',
      body,
      '',
    ];
    return { file: `${fiscalYear}/${name}.md`, attachment, fiscalYear, type: type.id, markdown: lines.join('\n') };
  });
}
