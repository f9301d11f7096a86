/**
 * Markdown to HTML for every content body, with Astro's own Sätteri processor: GitHub-flavoured Markdown and smart
 * punctuation as Astro renders them, and no syntax highlighting (agencies publish no code, and its inline styles
 * would need a weaker Content-Security-Policy).
 */
import { satteri } from '@astrojs/markdown-satteri';

type Processor = ReturnType<typeof satteri>;
type RendererOptions = Parameters<Processor['createRenderer']>[0];
type Renderer = Awaited<ReturnType<Processor['createRenderer']>>;

const contentMarkdownOptions = { gfm: true, smartypants: true, syntaxHighlight: false } as const;

let renderer: Promise<Renderer> | undefined;

/** Rendered HTML of a Markdown body; one renderer per process. */
export async function renderMarkdown(body: string): Promise<string> {
  renderer ??= satteri().createRenderer(contentMarkdownOptions as unknown as RendererOptions);
  const result = await (await renderer).render(body.trim(), { frontmatter: {} });
  return result.code;
}
