/**
 * The truth `npm run verify` compares against: a build of the current commit on this machine (never the deployed
 * integrity.json, which an intruder could rewrite too) — every published file with its address, SHA-256 and type.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { mapInPool } from '../build/pool.ts';
import { buildMarkerOfHtml, type BuildMarker } from './build-marker.ts';

export interface BuiltFile {
  /** Relative to the build folder, forward slashes */
  file: string;
  /** The address path a browser asks for: `about/index.html` → `/about/` */
  urlPath: string;
  sha256: string;
  bytes: number;
  /** The media type a host should send, by extension (undefined: not checked) */
  mediaType?: string;
}

export interface ItasEntry {
  code: string;
  title: string;
  url: string;
  evidenceUrls: string[];
}

export interface ItasSheet {
  year: number;
  items: ItasEntry[];
}

export interface BuiltSite {
  dir: string;
  files: BuiltFile[];
  marker?: BuildMarker;
  /** The site's own address as the build wrote it (site.yaml's siteUrl) */
  siteUrl: string;
  /** Every origin a built page refers to */
  writtenOrigins: Set<string>;
  /** The ITAS sheet of the ITA year checked, if the build wrote one */
  itas?: ItasSheet;
}

// Read by the host, not served (Netlify/Cloudflare-style headers file).
const notServed = new Set(['_headers', '_redirects']);

const mediaTypes: Record<string, string> = {
  '.html': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.csv': 'text/csv',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.gif': 'image/gif',
  '.wasm': 'application/wasm',
  '.zip': 'application/zip',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};
// Names hosts use as well for the same type.
const sameType: Record<string, readonly string[]> = {
  'text/javascript': ['application/javascript', 'application/x-javascript'],
  'application/xml': ['text/xml', 'application/rss+xml'],
  'text/csv': ['application/csv'],
  'font/woff2': ['application/font-woff2'],
};

export function expectedMediaType(file: string): string | undefined {
  return mediaTypes[path.posix.extname(file).toLowerCase()];
}

/** Whether a Content-Type header names the expected type (parameters such as charset aside). */
export function contentTypeMatches(expected: string, header: string): boolean {
  const essence = header.split(';')[0]!.trim().toLowerCase();
  return essence === expected || (sameType[expected] ?? []).includes(essence);
}

/** `about/index.html` → `/about/`, `index.html` → `/`, other files as they are; each segment percent-encoded. */
export function urlPathOf(file: string): string {
  const encoded = file
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${encoded.slice(0, -'index.html'.length)}`;
  return `/${encoded}`;
}

function sha256OfFile(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(file)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });
}

const absoluteReference = /\b(?:href|src|action|data|poster|formaction|srcset)\s*=\s*["']?\s*((?:https?:)?\/\/[^\s"'<>/]+)/gi;

/** Origins a page's markup names (a superset is fine: only what the build never wrote is reported). */
export function originsInHtml(html: string, siteUrl: string): string[] {
  const origins: string[] = [];
  for (const match of html.matchAll(absoluteReference)) {
    try {
      origins.push(new URL(match[1]!, siteUrl).origin);
    } catch {
      // not an address
    }
  }
  return origins;
}

/** The ITA year whose ITAS sheet is checked: the given one, else the latest sheet with at least one item answered. */
export function chooseItasSheet(sheets: readonly ItasSheet[], year?: number): ItasSheet | undefined {
  if (year !== undefined) return sheets.find((sheet) => sheet.year === year);
  return [...sheets].sort((a, b) => b.year - a.year).find((sheet) => sheet.items.some((item) => item.url !== ''));
}

/** Reads a build folder: every file hashed (a few at a time), its marker, its origins and its ITAS sheets. */
export async function readBuiltSite(dir: string, options: { itasYear?: number } = {}): Promise<BuiltSite> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const names = entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .filter((file) => !notServed.has(file) && !file.split('/').some((segment) => segment.startsWith('.')))
    .sort();
  const home = await readFile(path.join(dir, 'index.html'), 'utf8').catch(() => '');
  const siteUrl = /<link rel="canonical" href="([^"]+)"/.exec(home)?.[1] ?? '';
  const writtenOrigins = new Set<string>();
  const sheets: ItasSheet[] = [];
  const files = await mapInPool(names, 16, async (file): Promise<BuiltFile> => {
    const absolute = path.join(dir, file);
    if (file.endsWith('.html')) {
      const html = await readFile(absolute, 'utf8');
      for (const origin of originsInHtml(html, siteUrl || 'http://localhost/')) writtenOrigins.add(origin);
    }
    if (/^oit\/\d{4}\/itas\.json$/.test(file)) sheets.push(readItasSheet(await readFile(absolute, 'utf8')));
    const mediaType = expectedMediaType(file);
    const { size } = await stat(absolute);
    return { file, urlPath: urlPathOf(file), sha256: await sha256OfFile(absolute), bytes: size, ...(mediaType ? { mediaType } : {}) };
  });
  const marker = buildMarkerOfHtml(home);
  const itas = chooseItasSheet(sheets, options.itasYear);
  return { dir, files, siteUrl, writtenOrigins, ...(marker ? { marker } : {}), ...(itas ? { itas } : {}) };
}

export function readItasSheet(text: string): ItasSheet {
  const data = JSON.parse(text) as { year: number; items: { code: string; title: string; url: string; evidenceUrls?: string[] }[] };
  return { year: data.year, items: data.items.map((item) => ({ code: item.code, title: item.title, url: item.url, evidenceUrls: item.evidenceUrls ?? [] })) };
}
