/**
 * Every HTML page, as Astro renders it (build and dev alike), gets its Thai word boundaries marked in headings,
 * breadcrumbs and cards (src/lib/text/line-breaks-in-html.ts): compounds and names never break across lines.
 */
import { defineMiddleware } from 'astro:middleware';
import { getContentModel } from './data/content-model.ts';
import { keptWordsOf } from './data/line-breaks.ts';
import { markLineBreaksInHtml } from './lib/text/line-breaks-in-html.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html') || !response.body) return response;
  const html = await response.text();
  const marked = markLineBreaksInHtml(html, keptWordsOf(await getContentModel()));
  return new Response(marked, { status: response.status, statusText: response.statusText, headers: response.headers });
});
