import path from 'node:path';
import { procurementOf, type ContentModel } from '../content/model.ts';
import { resolveAttachment, type ResolvedAttachment } from './resolve-attachment.ts';
import { urls } from '../site/urls.ts';
import type { Site } from '../../schemas/site.ts';

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

/** A picture named in site.yaml (executives' photos, the org chart, the map, the seal): paths relative to `content/`. */
export interface SiteImage {
  /** Path below the content folder, e.g. images/seal.png */
  contentPath: string;
  /** Path from the project root */
  projectPath: string;
  url: string;
}

/** Every picture site.yaml names, once each; they are served like attachments at /files/<path>. */
export function siteImagesOf(site: Site, contentDir: string): SiteImage[] {
  const named = [site.logo?.image, site.orgChart, site.map?.image, ...site.executives.map((executive) => executive.photo)];
  // Validation has made sure each names a file inside content/; a path climbing out is never served.
  const paths = [...new Set(named.filter((image): image is string => Boolean(image)).map((image) => path.posix.normalize(image.replace(/^\.?\//, ''))))].filter(
    (image) => !image.startsWith('..') && !path.posix.isAbsolute(image),
  );
  return paths.map((contentPath) => ({ contentPath, projectPath: path.posix.join(contentDir, contentPath), url: urls.file(contentPath) }));
}

/** The media type a browser needs for a site icon, by the file's extension (the attachment guard has checked the bytes). */
export function imageMediaType(file: string): string | undefined {
  const types: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', webp: 'image/webp', gif: 'image/gif' };
  return types[path.posix.extname(file).slice(1).toLowerCase()];
}
