import type { ContentProblem } from './problem.ts';
import { formatProblems, summarizeProblems } from './format-problems.ts';
import { devProblemWords } from '../../i18n/terminal.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);

/**
 * The page `npm run dev` shows instead of the site while content is invalid: the same Thai list as the build, and
 * Vite's client so the page reloads by itself once the file is fixed and saved. Vite's English error overlay (an error it
 * kept from a page rendered before the content broke) is hidden: staff read the Thai list only.
 */
export function problemPageHtml(problems: readonly ContentProblem[], contentDir: string): string {
  return `<!DOCTYPE html>
<html lang="th">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(devProblemWords.title)}</title>
<style>body{font-family:Sarabun,system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;padding:1rem;font-family:inherit}</style>
<script type="module" src="/@vite/client"></script>
<style>vite-error-overlay{display:none!important}</style>
</head>
<body>
<h1>${escapeHtml(devProblemWords.heading(contentDir))}</h1>
<p>${escapeHtml(devProblemWords.intro)}</p>
<p><strong>${escapeHtml(summarizeProblems(problems))}</strong></p>
<pre>${escapeHtml(formatProblems(problems, { noted: 'summary' }))}</pre>
</body>
</html>
`;
}

/** What the dev server does with a request while the content is invalid. */
export type WhileInvalid = 'problem-page' | 'not-found' | 'pass';

/** Vite's and Astro's own files: the problem page needs Vite's client, and nothing in them reads the content. */
const devInternals = ['/@', '/node_modules/', '/src/', '/_astro/', '/.astro/', '/__'];

/**
 * While content is invalid no request may reach a page (each would fail and put Vite's English overlay on the screen):
 * a page request gets the Thai problem page, a file from public/ and the dev server's own files are served, and any
 * other file (a browser's /favicon.ico) is a plain not-found instead of Astro's 404 page, which reads the content.
 */
export function answerWhileInvalid(request: { method?: string; url?: string; accept?: string }, isPublicFile: (pathname: string) => boolean): WhileInvalid {
  if (request.method !== 'GET' && request.method !== 'HEAD') return 'pass';
  const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  if (devInternals.some((prefix) => pathname.startsWith(prefix))) return 'pass';
  // A page: asked for as HTML, or an address without a file extension (a script or `curl` asking for anything).
  if (request.accept?.includes('text/html') || !/\.[^/]+$/.test(pathname)) return 'problem-page';
  if (isPublicFile(pathname)) return 'pass';
  return 'not-found';
}
