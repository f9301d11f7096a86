/** The pages of a served site as its sitemap lists them. */

const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));

export async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response.text();
}

/** Follows sitemap-index.xml to its sitemaps, as a crawler would, and returns the pages as local paths. */
export async function sitemapPaths(origin: string): Promise<{ siteOrigin: string; paths: string[] }> {
  const sitemaps = locs(await fetchText(`${origin}/sitemap-index.xml`));
  if (sitemaps.length === 0) throw new Error('sitemap-index.xml lists no sitemap');
  const pages: URL[] = [];
  for (const sitemap of sitemaps) {
    const url = new URL(sitemap);
    pages.push(...locs(await fetchText(`${origin}${url.pathname}`)).map((loc) => new URL(loc)));
  }
  if (pages.length === 0) throw new Error('the sitemap lists no page');
  const siteOrigin = pages[0]!.origin;
  const foreign = pages.filter((page) => page.origin !== siteOrigin);
  if (foreign.length > 0) throw new Error(`the sitemap lists pages on another origin: ${foreign.map((page) => page.href).join(', ')}`);
  return { siteOrigin, paths: [...new Set(pages.map((page) => page.pathname))] };
}
