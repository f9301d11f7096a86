import type { ContentModel } from '../content/model.ts';
import { urls } from '../site/urls.ts';
import { documentTypeLabel } from '../../i18n/labels.ts';
import { t } from '../../i18n/ui.ts';

export interface FeedItem {
  title: string;
  link: string;
  pubDate: Date;
  description?: string;
  categories?: string[];
}

/** Items in a feed: bounded, so the feed does not grow with the archive. */
export const feedLength = 50;

/** Noon in Bangkok on a CE ISO date or month, so feed readers show the right day. */
function bangkokNoon(iso: string): Date {
  const [year, month, day = '01'] = iso.split('-');
  return new Date(`${year}-${month}-${day}T12:00:00+07:00`);
}

/** Dated news and documents, newest first; undated documents cannot be placed in a feed and are left out. */
export function feedItems(model: ContentModel, limit = feedLength): FeedItem[] {
  const news = model.news.map((entry) => ({
    title: entry.data.title,
    link: urls.newsItem(entry.id),
    pubDate: bangkokNoon(entry.data.date),
    description: entry.data.summary,
    categories: [t('news.title')],
  }));
  const documents = model.documents
    .filter((entry) => entry.data.published)
    .map((entry) => ({
      title: entry.data.title,
      link: urls.document(entry.id),
      pubDate: bangkokNoon(entry.data.published!),
      description: entry.data.summary,
      categories: [documentTypeLabel(model.documentTypes, entry.data.type)],
    }));
  return [...news, ...documents].sort((a, b) => b.pubDate.getTime() - a.pubDate.getTime()).slice(0, limit);
}
