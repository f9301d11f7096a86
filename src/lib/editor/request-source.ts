/**
 * Who may talk to `npm run edit`: a request must be addressed to the editor by one of its own names and its port (a web
 * page that rebinds its own domain to 127.0.0.1 still sends its domain as Host), and a call to the file API must come from
 * the editor's own origin. When the editor is open to the network, every request must also carry the key the command printed.
 */
import { timingSafeEqual } from 'node:crypto';
import type { SourceRefusal } from '../../i18n/editor-access.ts';

export type { SourceRefusal };

export interface EditorAddress {
  /** Host names the editor answers to, lower-case, IPv6 without brackets: loopback names, the configured host, the machine's addresses */
  hosts: ReadonlySet<string>;
  /** The port the request arrived on */
  port: number;
  /** Origins staff open the editor at through an HTTPS proxy in front of it (`--origin`), as `URL.origin` writes them */
  publicOrigins?: readonly string[];
}

/** The names every local editor answers to. */
export const loopbackHosts: readonly string[] = ['localhost', '127.0.0.1', '::1'];

/** An `--origin` as the editor compares it (`URL.origin`), or undefined when it is not an http(s) address with nothing after the host. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (
      (url.protocol !== 'https:' && url.protocol !== 'http:') ||
      url.username ||
      url.password ||
      url.search ||
      url.hash ||
      (url.pathname !== '/' && url.pathname !== '')
    )
      return undefined;
    return url.origin.toLowerCase();
  } catch {
    return undefined;
  }
}

/** Whether `--host` keeps the editor on this computer. */
export function isLoopbackHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, '');
  return name === 'localhost' || name === '::1' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** `localhost:4321`, `[::1]:4321` → host name and port (undefined when none is written); undefined for anything else (user info, paths, odd characters). */
export function parseHostHeader(value: string): { host: string; port?: number } | undefined {
  const match = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(?::(\d{1,5}))?$/i.exec(value);
  if (!match) return undefined;
  const host = (match[1] as string).toLowerCase().replace(/^\[|\]$/g, '');
  return match[2] === undefined ? { host } : { host, port: Number(match[2]) };
}

/** The public origin a Host header names, if it is one of them (an HTTPS proxy passes the name staff typed). */
function publicOriginOf(value: string, address: EditorAddress): string | undefined {
  const parsed = parseHostHeader(value);
  if (!parsed) return undefined;
  return address.publicOrigins?.find((origin) => {
    const url = new URL(origin);
    const port = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port);
    return url.hostname.replace(/^\[|\]$/g, '') === parsed.host && (parsed.port ?? (url.protocol === 'https:' ? 443 : 80)) === port;
  });
}

/** A Host (or an http Origin's host) naming the editor directly: one of its names, with the port the request arrived on. */
function isLocalAddress(value: string, address: EditorAddress): boolean {
  const parsed = parseHostHeader(value);
  return parsed !== undefined && (parsed.port ?? 80) === address.port && address.hosts.has(parsed.host);
}

function isOwnAddress(value: string | undefined, address: EditorAddress): boolean {
  return value !== undefined && (isLocalAddress(value, address) || publicOriginOf(value, address) !== undefined);
}

/** Any request: its Host must be one of the editor's names with the editor's port. */
export function refuseHost(host: string | undefined, address: EditorAddress): SourceRefusal | undefined {
  return isOwnAddress(host, address) ? undefined : { reason: 'host', value: host ?? '' };
}

/**
 * A call to the file API: where the browser says where it comes from (Origin, Sec-Fetch-Site), it must be the editor's
 * own origin; `Origin: null` (a sandboxed frame, a file on disk) is another origin.
 */
export function refuseCrossOrigin(headers: { origin?: string; secFetchSite?: string }, address: EditorAddress): SourceRefusal | undefined {
  const { origin, secFetchSite } = headers;
  if (origin !== undefined) {
    const match = /^http:\/\/([^/]+)$/i.exec(origin);
    const local = match !== null && isLocalAddress(match[1] as string, address);
    if (!local && !address.publicOrigins?.includes(origin.toLowerCase())) return { reason: 'origin', value: origin };
  }
  if (secFetchSite !== undefined && secFetchSite !== 'same-origin') return { reason: 'fetch-site', value: secFetchSite };
  return undefined;
}

/** Name of the query parameter of the printed address and of the cookie that keeps the key for the session. */
export const accessKeyName = 'prongsai-editor-key';

/** The key from a Cookie header, if any. */
export function keyFromCookie(cookie: string | undefined): string | undefined {
  for (const part of (cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === accessKeyName) return rest.join('=');
  }
  return undefined;
}

/** Compares in constant time, so the key cannot be guessed a character at a time. */
export function sameKey(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The cookie that holds the key in the browser: not readable by scripts, never sent by another site's request. */
export function keyCookie(key: string): string {
  return `${accessKeyName}=${key}; Path=/; HttpOnly; SameSite=Strict`;
}

/** A line for the terminal with what could rewrite it made visible: control characters (ANSI escapes) and bidirectional overrides. */
export function printable(line: string): string {
  return line.replace(
    /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g,
    (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
