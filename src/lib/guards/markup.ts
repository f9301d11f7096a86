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

/** A suggested safe name, or undefined when the name is already safe; `hint` (e.g. type and date) replaces a stem with nothing readable left. */
export function unsafeFileNameSuggestion(fileName: string, hint?: string): string | undefined {
  if (safeFileName.test(fileName)) return undefined;
  const dot = fileName.lastIndexOf('.');
  const [stem, extension] = dot > 0 ? [fileName.slice(0, dot), fileName.slice(dot).toLowerCase()] : [fileName, ''];
  const ascii = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  const fromHint = hint
    ?.toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // A name that kept most of its letters stays recognisable; one that was mostly Thai takes the hint.
  const chosen = ascii.length >= 4 && ascii.length * 2 >= stem.length ? ascii : fromHint || ascii || 'file';
  return `${chosen}${extension.replace(/[^a-z0-9.]/g, '')}`;
}
