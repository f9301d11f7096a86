export interface MarkupFinding {
  line: number;
  /** What was found, e.g. <script> */
  found: string;
}

// Content is data, not code: no scripts, no inline handlers, no javascript: links.
const unsafePatterns: { pattern: RegExp; label: (match: string) => string }[] = [
  { pattern: /<\s*script\b/gi, label: () => '<script>' },
  { pattern: /<[^>]*\s(on[a-z]+)\s*=/gi, label: (match) => `${/\s(on[a-z]+)\s*=/i.exec(match)?.[1] ?? 'on…'}=` },
  { pattern: /javascript\s*:/gi, label: () => 'javascript:' },
  { pattern: /<\s*(iframe|object|embed)\b/gi, label: (match) => `<${/<\s*(\w+)/.exec(match)?.[1]?.toLowerCase() ?? 'iframe'}>` },
];

/** Scripts, inline event handlers and embeds in a Markdown body, with their lines. */
export function findUnsafeMarkup(body: string, firstLine = 1): MarkupFinding[] {
  const findings: MarkupFinding[] = [];
  for (const { pattern, label } of unsafePatterns) {
    for (const match of body.matchAll(pattern)) {
      const line = body.slice(0, match.index).split('\n').length + firstLine - 1;
      findings.push({ line, found: label(match[0]) });
    }
  }
  return findings.sort((a, b) => a.line - b.line);
}

export interface MarkdownLink {
  target: string;
  line: number;
}

/** Link and image targets in Markdown and inline HTML: [t](x), ![a](x), href="x", src="x". */
export function markdownLinks(body: string, firstLine = 1): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  const patterns = [/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g, /\b(?:href|src)\s*=\s*["']([^"']+)["']/gi];
  for (const pattern of patterns) {
    for (const match of body.matchAll(pattern)) {
      links.push({ target: match[1] ?? '', line: body.slice(0, match.index).split('\n').length + firstLine - 1 });
    }
  }
  return links.sort((a, b) => a.line - b.line);
}

/** Only plain lower-case letters, digits, dot, hyphen and underscore make clean, stable URLs. */
const safeFileName = /^[a-z0-9][a-z0-9._-]*$/;

/** A suggested safe name, or undefined when the name is already safe. */
export function unsafeFileNameSuggestion(fileName: string): string | undefined {
  if (safeFileName.test(fileName)) return undefined;
  const dot = fileName.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot).toLowerCase()] : [fileName, ''];
  const ascii = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${ascii || 'file'}${extension.replace(/[^a-z0-9.]/g, '')}`;
}
