/**
 * What a deployed page holds that its build did not write: the links, scripts and frames an intruder adds (hidden or
 * not), the first lines that differ, and the addresses a page links to — read with htmlparser2 as a browser tokenizes.
 */
import { Parser } from 'htmlparser2';

export interface PageReference {
  element: string;
  attribute: string;
  /** The address as resolved against the page */
  url: string;
  /** Inside an element hidden from readers (display:none, visibility:hidden, the hidden attribute, off-screen, zero size) */
  hidden: boolean;
}

export interface InlineScript {
  /** The script's first characters, whitespace folded */
  text: string;
  hidden: boolean;
}

export interface PageMarkup {
  references: PageReference[];
  inlineScripts: InlineScript[];
}

const urlAttributes: Record<string, readonly string[]> = {
  a: ['href'],
  area: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  iframe: ['src'],
  frame: ['src'],
  embed: ['src'],
  object: ['data'],
  audio: ['src'],
  video: ['src', 'poster'],
  form: ['action'],
  button: ['formaction'],
  base: ['href'],
};
const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const hidingStyle =
  /display\s*:\s*none|visibility\s*:\s*hidden|font-size\s*:\s*0(?![.\d]*[1-9])|(?:left|top|text-indent)\s*:\s*-\d{3,}|(?:width|height)\s*:\s*0(?:px)?\s*(?:;|$)|opacity\s*:\s*0(?:\.0*)?\s*(?:;|$)/i;

function isHiding(attributes: Record<string, string>): boolean {
  return 'hidden' in attributes || hidingStyle.test(attributes.style ?? '') || attributes['aria-hidden'] === 'true';
}

function resolve(value: string, pageUrl: string): string | undefined {
  try {
    return new URL(value.trim(), pageUrl).href;
  } catch {
    return undefined;
  }
}

/** Every address a page refers to, and its inline scripts. */
export function readPageMarkup(html: string, pageUrl: string): PageMarkup {
  const references: PageReference[] = [];
  const inlineScripts: InlineScript[] = [];
  // Open elements and whether each hides its content.
  const open: { name: string; hides: boolean }[] = [];
  const hiddenNow = () => open.some((element) => element.hides);
  let script: { text: string; hidden: boolean } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const hides = isHiding(attributes);
        const hidden = hiddenNow() || hides;
        for (const attribute of urlAttributes[name] ?? []) {
          const value = attributes[attribute];
          if (value === undefined || value.trim() === '') continue;
          const values = attribute === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
          for (const one of values) {
            const url = resolve(one, pageUrl);
            if (url) references.push({ element: name, attribute, url, hidden });
          }
        }
        if (name === 'meta' && /refresh/i.test(attributes['http-equiv'] ?? '')) {
          const target = /url\s*=\s*['"]?([^'";]+)/i.exec(attributes.content ?? '')?.[1];
          const url = target ? resolve(target, pageUrl) : undefined;
          if (url) references.push({ element: 'meta', attribute: 'http-equiv=refresh', url, hidden });
        }
        if (name === 'script' && attributes.src === undefined) script = { text: '', hidden };
        if (!voidElements.has(name)) open.push({ name, hides });
      },
      ontext(text) {
        if (script) script.text += text;
      },
      onclosetag(name) {
        if (name === 'script' && script) {
          const text = script.text.replace(/\s+/g, ' ').trim();
          if (text) inlineScripts.push({ text: text.slice(0, 160), hidden: script.hidden });
          script = undefined;
        }
        const at = open.map((element) => element.name).lastIndexOf(name);
        if (at >= 0) open.length = at;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return { references, inlineScripts };
}

export interface InjectedMarkup {
  references: PageReference[];
  inlineScripts: InlineScript[];
}

/** What the deployed page refers to or runs that the built page does not (each counted, so a second copy shows too). */
export function injectedMarkup(built: PageMarkup, deployed: PageMarkup): InjectedMarkup {
  const remaining = new Map<string, number>();
  const count = (key: string) => remaining.set(key, (remaining.get(key) ?? 0) + 1);
  const take = (key: string) => {
    const left = remaining.get(key) ?? 0;
    if (left === 0) return false;
    remaining.set(key, left - 1);
    return true;
  };
  const referenceKey = (reference: PageReference) => `${reference.element} ${reference.attribute} ${reference.url}`;
  for (const reference of built.references) count(referenceKey(reference));
  for (const script of built.inlineScripts) count(`script ${script.text}`);
  return {
    references: deployed.references.filter((reference) => !take(referenceKey(reference))),
    inlineScripts: deployed.inlineScripts.filter((script) => !take(`script ${script.text}`)),
  };
}

export interface LineDifference {
  /** 1-based line of the first difference, counting a line per tag (built pages are written on one line) */
  line: number;
  built: string[];
  deployed: string[];
}

const tagLines = (html: string) => html.replace(/>(?!\n)/g, '>\n').split('\n');
const clip = (line: string, width: number) => (line.length > width ? `${line.slice(0, width)}…` : line);

/** The first lines (one per tag) where the deployed page differs from the built one, a few of each side. */
export function firstDifferingLines(builtHtml: string, deployedHtml: string, count = 3, width = 200): LineDifference | undefined {
  const built = tagLines(builtHtml);
  const deployed = tagLines(deployedHtml);
  let at = 0;
  while (at < built.length && at < deployed.length && built[at] === deployed[at]) at += 1;
  if (at === built.length && at === deployed.length) return undefined;
  return {
    line: at + 1,
    built: built.slice(at, at + count).map((line) => clip(line, width)),
    deployed: deployed.slice(at, at + count).map((line) => clip(line, width)),
  };
}

/** The origins (scheme://host:port) of http(s) addresses among the references. */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
