import { describe, it, expect } from 'vitest';
import type { AstroPrerenderer, PrerenderResult } from 'astro';
import { renderedPages } from '../../src/integrations/rendered-pages.ts';
import { isRenderedPageMessage, pageSender, type SendMessage } from '../../src/lib/build/page-channel.ts';

const html = '<!doctype html><html lang="th"><body><main data-pagefind-body><h1>แผนการจัดซื้อจัดจ้าง</h1></main></body></html>';

/** The prerenderer the integration makes around one that answers every request with `respond`. */
function wrapped(respond: (url: string) => Response | PrerenderResult, rendered: [string, string][]): AstroPrerenderer {
  let made: AstroPrerenderer | undefined;
  const hook = renderedPages((path, bytes) => {
    rendered.push([path, new TextDecoder().decode(bytes)]);
  }).hooks['astro:build:start']!;
  void hook({
    setPrerenderer: (given: unknown) =>
      (made = (given as (astroDefault: AstroPrerenderer) => AstroPrerenderer)({
        name: 'astro:default',
        getStaticPaths: async () => [],
        render: async (request: Request) => respond(request.url),
      })),
    logger: undefined,
  } as never);
  return made!;
}

const render = (prerenderer: AstroPrerenderer, url: string) => prerenderer.render(new Request(url), { routeData: {} as never });
const bodyOf = async (result: Response | { response: Response }) => (result instanceof Response ? result : result.response).text();

describe('renderedPages hands each HTML page to the build as Astro renders it', () => {
  it('passes the request path and the exact bytes, and Astro still gets the whole page (metadata kept)', async () => {
    const rendered: [string, string][] = [];
    const prerenderer = wrapped(
      () => ({
        response: new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }),
        metadata: { contentEntryKeys: ['a'], staticImages: [] },
      }),
      rendered,
    );
    const result = await render(prerenderer, 'http://localhost/%E0%B9%81%E0%B8%9C%E0%B8%99/');
    expect(rendered).toEqual([['/%E0%B9%81%E0%B8%9C%E0%B8%99/', html]]);
    expect(await bodyOf(result)).toBe(html);
    expect((result as { metadata: object }).metadata).toEqual({ contentEntryKeys: ['a'], staticImages: [] });
  });

  it('passes neither other files nor redirects', async () => {
    const rendered: [string, string][] = [];
    const prerenderer = wrapped(
      (url) =>
        url.endsWith('.xml')
          ? new Response('<rss/>', { headers: { 'content-type': 'application/xml' } })
          : new Response(null, { status: 301, headers: { location: '/new/', 'content-type': 'text/html' } }),
      rendered,
    );
    expect(await bodyOf(await render(prerenderer, 'http://localhost/feed.xml'))).toBe('<rss/>');
    expect(((await render(prerenderer, 'http://localhost/old/')) as Response).status).toBe(301);
    expect(rendered).toEqual([]);
  });
});

describe('pageSender', () => {
  it('sends each page as a message the build recognises, and flush waits for every one', async () => {
    const callbacks: (() => void)[] = [];
    const messages: unknown[] = [];
    const send: SendMessage = (message, callback) => {
      messages.push(message);
      callbacks.push(() => callback(null));
      return true;
    };
    const sender = pageSender(send);
    await sender.send('/a/', new Uint8Array([60]));
    let flushed = false;
    const flushing = sender.flush().then(() => (flushed = true));
    await Promise.resolve();
    expect(flushed).toBe(false);
    callbacks.forEach((done) => done());
    await flushing;
    expect(flushed).toBe(true);
    expect(messages.every(isRenderedPageMessage)).toBe(true);
    expect(isRenderedPageMessage({ renderedPage: '/a/', html: '<p>' })).toBe(false);
    expect(isRenderedPageMessage(null)).toBe(false);
  });

  it('makes rendering wait while 64 pages are unsent, and goes on when one is sent', async () => {
    const callbacks: (() => void)[] = [];
    const sender = pageSender((_message, callback) => (callbacks.push(() => callback(null)), false));
    for (let page = 0; page < 63; page += 1) await sender.send(`/${page}/`, new Uint8Array(1));
    let sixtyFourth = false;
    const waiting = sender.send('/63/', new Uint8Array(1)).then(() => (sixtyFourth = true));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sixtyFourth).toBe(false);
    callbacks[0]!();
    await waiting;
    expect(sixtyFourth).toBe(true);
  });

  it('gives up on a page the channel refuses (the build reads it from its file)', async () => {
    const sender = pageSender(() => {
      throw new Error('channel closed');
    });
    await sender.send('/a/', new Uint8Array(1));
    await expect(sender.flush()).resolves.toBeUndefined();
  });
});
