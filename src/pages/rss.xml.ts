import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { getContentModel } from '../data/content-model.ts';
import { feedItems } from '../lib/feed.ts';

/** News and newly published documents, newest first. */
export async function GET(context: APIContext) {
  const model = await getContentModel();
  return rss({
    title: `${model.site.name.th} — ข่าวและเอกสารเผยแพร่`,
    description: `ข่าวประชาสัมพันธ์และเอกสารเปิดเผยข้อมูลสาธารณะของ${model.site.name.th}`,
    site: context.site ?? model.site.siteUrl,
    items: feedItems(model),
    customData: '<language>th</language>',
  });
}
