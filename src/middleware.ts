/**
 * Every HTML page, as Astro renders it (build and dev alike), gets its Thai word boundaries marked in headings,
 * breadcrumbs and cards (src/lib/text/line-breaks-in-html.ts): compounds and names never break across lines.
 */
import { defineMiddleware } from 'astro:middleware';
import { getContentModel } from './data/content-model.ts';
import { keptWordsOf } from './data/line-breaks.ts';
import { markLineBreaksInHtmlBytes } from './lib/text/line-breaks-in-html.ts';

export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html') || !response.body) return response;
  // As bytes: a month's form rows, already marked, are passed through without being decoded and encoded again.
  const html = new Uint8Array(await response.arrayBuffer());
  const marked = markLineBreaksInHtmlBytes(html, keptWordsOf(await getContentModel()));
  const headers = new Headers(response.headers);
  // Astro gives the length of the page it rendered; the marks change it.
  if (headers.has('content-length')) headers.set('content-length', String(marked.byteLength));
  return new Response(marked, { status: response.status, statusText: response.statusText, headers });
});
