/**
 * Markdown to HTML for every content body: Astro's own Sätteri processor with the site's resolved Markdown settings
 * (handed to the pages by the prongsai integration), so a body renders exactly as an Astro Markdown entry would.
 */
import { satteri } from '@astrojs/markdown-satteri';

type Processor = ReturnType<typeof satteri>;
type RendererOptions = Parameters<Processor['createRenderer']>[0];
type Renderer = Awaited<ReturnType<Processor['createRenderer']>>;

/** The serialisable part of Astro's resolved `markdown` config that changes how a body renders. */
export interface MarkdownSettings {
  gfm?: boolean;
  smartypants?: unknown;
  syntaxHighlight?: unknown;
  shikiConfig?: unknown;
}

/** Astro's defaults, for a body rendered where no Astro config was read (e.g. a unit test). */
export const defaultMarkdownSettings: MarkdownSettings = { gfm: true, smartypants: true, syntaxHighlight: 'shiki', shikiConfig: {} };

/** What of Astro's resolved config the pages need; functions (plugins, transformers) are not carried. */
export function markdownSettingsOf(markdown: Record<string, unknown>): MarkdownSettings {
  return JSON.parse(JSON.stringify({ gfm: markdown.gfm, smartypants: markdown.smartypants, syntaxHighlight: markdown.syntaxHighlight, shikiConfig: markdown.shikiConfig }));
}

const renderers = new Map<string, Promise<Renderer>>();

/** Rendered HTML of a Markdown body; one renderer per settings for the whole build. */
export async function renderMarkdown(body: string, settings: MarkdownSettings = defaultMarkdownSettings): Promise<string> {
  const key = JSON.stringify(settings);
  let renderer = renderers.get(key);
  if (!renderer) {
    const options = { ...defaultMarkdownSettings, ...Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined)) };
    renderer = satteri().createRenderer(options as RendererOptions);
    renderers.set(key, renderer);
  }
  const result = await (await renderer).render(body.trim(), { frontmatter: {} });
  return result.code;
}
