/**
 * Markdown to HTML for content that does not pass through Astro's content store (documents): the same Sätteri
 * processor with the site's resolved Markdown settings (which the prongsai integration shares when Astro has read the
 * config), so a document renders exactly as an Astro Markdown entry would.
 */
import type { AstroConfig } from 'astro';
import { satteri } from '@astrojs/markdown-satteri';
import { processWide } from './process-wide.ts';

type RendererOptions = Parameters<ReturnType<typeof satteri>['createRenderer']>[0];
type Renderer = Awaited<ReturnType<ReturnType<typeof satteri>['createRenderer']>>;

const sharedOptions = processWide<AstroConfig['markdown']>('markdown-options');

/** Called with Astro's resolved `markdown` config; pages rendered afterwards in this process use it. */
export function shareMarkdownOptions(markdown: AstroConfig['markdown']): void {
  sharedOptions.set(markdown);
}

let renderer: Promise<Renderer> | undefined;

function createRenderer(): Promise<Renderer> {
  const shared = sharedOptions.get();
  // Astro's defaults, for a page rendered where no Astro config was read (e.g. a unit test).
  const options = { gfm: shared?.gfm ?? true, smartypants: shared?.smartypants ?? true, syntaxHighlight: shared?.syntaxHighlight ?? 'shiki', shikiConfig: shared?.shikiConfig ?? {} };
  return ((shared?.processor as ReturnType<typeof satteri> | undefined) ?? satteri()).createRenderer(options as RendererOptions);
}

/** Rendered HTML of a Markdown body; one processor for the whole build. */
export async function renderMarkdown(body: string): Promise<string> {
  renderer ??= createRenderer();
  const result = await (await renderer).render(body.trim(), { frontmatter: {} });
  return result.code;
}
