import { procurementOf, type ContentModel } from './content/model.ts';
import { resolveAttachment, type ResolvedAttachment } from './attachments.ts';

export interface PublishedAttachment extends ResolvedAttachment {
  /** The entry it belongs to, e.g. documents/2567/plan */
  owner: { collection: 'documents' | 'declarations' | 'news' | 'procurement'; id: string; file: string };
}

/** Every attachment of every entry, once per file. */
export function attachmentsOf(model: ContentModel, contentDir: string): PublishedAttachment[] {
  const all: PublishedAttachment[] = [];
  const add = (collection: PublishedAttachment['owner']['collection'], entry: { id: string; file: string }, attachment: { file: string; title: string }) =>
    all.push({ ...resolveAttachment(entry.file, contentDir, attachment), owner: { collection, id: entry.id, file: entry.file } });
  for (const entry of model.documents) entry.data.attachments.forEach((attachment) => add('documents', entry, attachment));
  for (const entry of model.declarations) if (entry.data.signed) add('declarations', entry, entry.data.signed);
  for (const entry of model.news) entry.data.attachments.forEach((attachment) => add('news', entry, attachment));
  for (const entry of procurementOf(model).months) entry.data.attachments.forEach((attachment) => add('procurement', entry, attachment));
  const seen = new Set<string>();
  return all.filter((attachment) => !seen.has(attachment.projectPath) && seen.add(attachment.projectPath));
}
