import type { AstroIntegration } from 'astro';

/** Called with each HTML page Astro renders: its request path (e.g. /documents/2567/plan/) and the bytes it writes; rendering goes on once it resolves. */
export type PageRendered = (requestPath: string, html: Uint8Array) => void | Promise<void>;

/**
 * Hands every HTML page to `onPageRendered` as Astro renders it, before Astro writes it, so `npm run build` can index
 * the pages while the others are still being rendered. The page Astro writes is the same bytes.
 */
export function renderedPages(onPageRendered: PageRendered): AstroIntegration {
  return {
    name: 'prongsai-rendered-pages',
    hooks: {
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((astroDefault) => ({
          ...astroDefault,
          name: 'prongsai:rendered-pages',
          async render(request, options) {
            const result = await astroDefault.render(request, options);
            const response = result instanceof Response ? result : result.response;
            if (response.status !== 200 || !response.body || !response.headers.get('content-type')?.startsWith('text/html')) return result;
            const html = new Uint8Array(await response.arrayBuffer());
            await onPageRendered(new URL(request.url).pathname, html);
            // The body is read; Astro writes the same bytes from a copy of the response.
            const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
            return result instanceof Response ? copy : { ...result, response: copy };
          },
        }));
      },
    },
  };
}
