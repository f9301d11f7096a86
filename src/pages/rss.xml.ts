import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getContentModel } from '../data/content-model.ts';
import { feedItems } from '../lib/routes/feed.ts';
import { t } from '../i18n/ui.ts';

/** News and newly published documents, newest first. */
export async function GET(context: APIContext) {
  const model = await getContentModel();
  return rss({
    title: t('feed.title', { agency: model.site.name.th }),
    description: t('feed.description', { agency: model.site.name.th }),
    site: context.site ?? model.site.siteUrl,
    items: feedItems(model),
    customData: '<language>th</language>',
  });
}
