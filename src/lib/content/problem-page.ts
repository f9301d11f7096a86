import type { ContentProblem } from './problem.ts';
import { formatProblems, summarizeProblems } from './format-problems.ts';
import { devProblemWords } from '../../i18n/terminal.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.codePointAt(0)};`);

/**
 * The page `npm run dev` shows instead of the site while content is invalid: the same Thai list as the build, and
 * Vite's client so the page reloads by itself once the file is fixed and saved.
 */
export function problemPageHtml(problems: readonly ContentProblem[], contentDir: string): string {
  return `<!DOCTYPE html>
<html lang="th">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(devProblemWords.title)}</title>
<style>body{font-family:Sarabun,system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.6;color:#1a1a1a}pre{white-space:pre-wrap;background:#fff4f4;border-left:4px solid #b00020;padding:1rem;font-family:inherit}</style>
<script type="module" src="/@vite/client"></script>
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
