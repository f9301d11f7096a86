/**
 * Route data that needs files or other pages' data as well as the model (attachments' sizes and hashes, the OIT items a
 * document answers): the async half of `src/lib/routes/`, whose pure functions are unit-tested on in-memory models.
 */
import type { Entry } from '../lib/content/model.ts';
import type { DocumentData } from '../schemas/document.ts';
import type { DeclarationData } from '../schemas/declaration.ts';
import type { NewsData } from '../schemas/news.ts';
import type { MeasureData } from '../schemas/measure.ts';
import { getContentModel } from './content-model.ts';
import { attachmentWithInfo, pageCountOf, scanTextOf } from './build-context.ts';
import { oitItemsOfDocument } from './oit-assessment.ts';
import { documentPageRoute } from '../lib/routes/documents.ts';
import { scanTextSection } from '../lib/ocr/scan-text-view.ts';
import { scanTextFileOf } from '../lib/ocr/scan-text-file.ts';
import { citedMeasureLinks, measurePageRoute } from '../lib/routes/measures.ts';

export async function documentPageData(entry: Entry<DocumentData>) {
  const model = await getContentModel();
  const attachments = await Promise.all(
    entry.data.attachments.map(async (attachment) => {
      const info = await attachmentWithInfo(entry.file, attachment);
      const scanText = await scanTextOf(info);
      return { ...info, pages: scanText?.pageCount ?? (await pageCountOf(info)), scanText };
    }),
  );
  return {
    ...documentPageRoute(model, entry),
    attachments,
    // The machine-read text of each scanned attachment, offered folded below the body (a long one in part).
    scanTexts: attachments.flatMap((attachment) => (attachment.scanText ? [scanTextSection(attachment, attachment.scanText)] : [])),
    ...(await oitItemsOfDocument(entry.id)),
  };
}

export async function declarationPageData(entry: Entry<DeclarationData>) {
  const model = await getContentModel();
  return {
    signed: entry.data.signed ? [await attachmentWithInfo(entry.file, entry.data.signed)] : [],
    measures: citedMeasureLinks(model, entry.data.measures),
  };
}

export async function newsItemData(entry: Entry<NewsData>) {
  return { attachments: await Promise.all(entry.data.attachments.map((attachment) => attachmentWithInfo(entry.file, attachment))) };
}

export async function measurePageData(entry: Entry<MeasureData>) {
  return measurePageRoute(await getContentModel(), entry);
}

/** The whole machine-read texts published beside long scans (their document pages show the first pages), by content path. */
export async function wholeScanTexts(): Promise<{ contentPath: string; text: string }[]> {
  const model = await getContentModel();
  const published: { contentPath: string; text: string }[] = [];
  for (const entry of model.documents) {
    for (const attachment of entry.data.attachments) {
      const info = await attachmentWithInfo(entry.file, attachment);
      const scanText = await scanTextOf(info);
      const whole = scanText && scanTextSection(info, scanText).wholeText;
      const contentPath = scanTextFileOf(info.contentPath);
      // A scan attached to two documents is published once.
      if (whole && !published.some((text) => text.contentPath === contentPath)) published.push({ contentPath, text: whole.text });
    }
  }
  return published;
}
