/**
 * Which pages the browser sweeps visit. Every page of the sitemap is put under the page file of src/pages that
 * builds it (its route pattern, matched with Astro's priority: static segments before [param] before [...rest]),
 * and, within a pattern, under its variant: the set of element names and class names inside <main>. Pages sharing a
 * pattern and a variant are the same template showing the same parts (an OIT item that is `ok` shows an evidence
 * list, a `missing` one does not; a document with attachments shows the attachment list), so one of each is visited.
 * The sample is computed from the built site each run: new content brings its variants along, and nothing is
 * listed by hand.
 */
import { Parser } from 'htmlparser2';
import { readdir } from 'node:fs/promises';
import path from 'node:path';

type Segment = { kind: 'static'; value: string } | { kind: 'param' } | { kind: 'rest' };

export interface RoutePattern {
  /** e.g. /documents/year/[year]/[...page] */
  pattern: string;
  segments: Segment[];
}

/** Page files that build HTML pages; endpoints (`.ts`) write CSV, JSON, XML and files. */
const pageExtensions = ['.astro', '.md', '.mdx', '.html'];

/** Route patterns of page files given relative to src/pages, e.g. 'documents/[...id].astro' → /documents/[...id]. */
export function routePatterns(pageFiles: readonly string[]): RoutePattern[] {
  return pageFiles
    .map((file) => file.split(path.sep).join('/'))
    .filter((file) => pageExtensions.includes(path.posix.extname(file)))
    .map((file) => {
      const names = file.slice(0, -path.posix.extname(file).length).split('/');
      if (names.at(-1) === 'index') names.pop();
      const segments: Segment[] = names.map((name) =>
        /^\[\.\.\.[^\]]+\]$/.test(name) ? { kind: 'rest' } : /^\[[^\]]+\]$/.test(name) ? { kind: 'param' } : { kind: 'static', value: name },
      );
      return { pattern: `/${names.join('/')}`, segments };
    });
}

/** Every page file under a src/pages folder, relative to it. */
export async function pageFilesIn(pagesDir: string): Promise<string[]> {
  const entries = await readdir(pagesDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(pagesDir, path.join(entry.parentPath, entry.name)))
    .sort();
}

function matches(segments: readonly Segment[], parts: readonly string[]): boolean {
  const [first, ...rest] = segments;
  if (!first) return parts.length === 0;
  if (first.kind === 'rest') return segments.length === 1 || parts.some((_, index) => matches(rest, parts.slice(index))) || matches(rest, []);
  if (parts.length === 0) return false;
  if (first.kind === 'static' && first.value !== parts[0]) return false;
  return matches(rest, parts.slice(1));
}

/**
 * Astro's order: at the first segment that differs, static beats [param] beats [...rest]; where one pattern ends, it
 * beats a longer one going on with [...rest] (which matches nothing here) and loses to any other longer one.
 */
function specificity(pattern: RoutePattern): number[] {
  return pattern.segments.map((segment) => (segment.kind === 'static' ? 3 : segment.kind === 'param' ? 2 : 1));
}
function moreSpecific(a: RoutePattern, b: RoutePattern): number {
  const [left, right] = [specificity(a), specificity(b)];
  for (let index = 0; index < Math.min(left.length, right.length); index += 1) if (left[index] !== right[index]) return right[index]! - left[index]!;
  if (left.length === right.length) return 0;
  const [longer, sign] = left.length > right.length ? [left, -1] : [right, 1];
  return longer[Math.min(left.length, right.length)] === 1 ? -sign : sign;
}

/** The pattern that builds this page path ('/documents/2567/plan/'), or undefined when none matches. */
export function routeOf(pagePath: string, patterns: readonly RoutePattern[]): string | undefined {
  const parts = pagePath
    .split('/')
    .filter(Boolean)
    .map((part) => decodeURIComponent(part));
  return patterns.filter((pattern) => matches(pattern.segments, parts)).sort(moreSpecific)[0]?.pattern;
}

/** The page's variant: sorted element and class names inside <main> (the whole body when there is none). */
export function pageVariant(html: string): string {
  const root = /<main[\s>]/i.test(html) ? 'main' : 'body';
  const names = new Set<string>();
  let depth = 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === root) depth += 1;
        if (depth === 0) return;
        names.add(name);
        // Astro's scoped-style classes (astro-XXXXXXXX) are per component, not per variant.
        for (const className of (attributes.class ?? '').split(/\s+/)) if (className && !className.startsWith('astro-')) names.add(`.${className}`);
      },
      onclosetag(name) {
        if (name === root) depth -= 1;
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return [...names].sort().join(' ');
}

export interface SampledPage {
  path: string;
  route: string;
  variant: string;
  /** How many sitemap pages this one stands for */
  standsFor: number;
}

export interface RouteSample {
  pages: SampledPage[];
  /** Sitemap pages no page file matches (the sample cannot place them; the tests fail on any) */
  unmatched: string[];
  /** Page-file patterns with no page in the sitemap (the 404 page, collections without entries) */
  withoutPages: string[];
}

/** One page per route pattern and variant, in sitemap order. */
export function sampleRoutes(pages: readonly { path: string; html: string }[], patterns: readonly RoutePattern[]): RouteSample {
  const chosen = new Map<string, SampledPage>();
  const unmatched: string[] = [];
  for (const page of pages) {
    const route = routeOf(page.path, patterns);
    if (!route) {
      unmatched.push(page.path);
      continue;
    }
    const variant = pageVariant(page.html);
    const key = `${route}\n${variant}`;
    const existing = chosen.get(key);
    if (existing) existing.standsFor += 1;
    else chosen.set(key, { path: page.path, route, variant, standsFor: 1 });
  }
  const routes = new Set([...chosen.values()].map((page) => page.route));
  return { pages: [...chosen.values()], unmatched, withoutPages: patterns.map((pattern) => pattern.pattern).filter((pattern) => !routes.has(pattern)) };
}

/** One line per pattern: how many pages and variants, for the test log. */
export function describeSample(sample: RouteSample): string {
  const byRoute = Map.groupBy(sample.pages, (page) => page.route);
  return [...byRoute]
    .map(
      ([route, pages]) =>
        `${route}: ${pages.length} variant(s) for ${pages.reduce((sum, page) => sum + page.standsFor, 0)} page(s) — ${pages.map((page) => page.path).join(' ')}`,
    )
    .join('\n');
}
