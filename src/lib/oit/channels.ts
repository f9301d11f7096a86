/** Which of the agency's channels in site.yaml are the same web page, for criteria that ask for a separate channel. */
import type { Site } from '../../schemas/site.ts';

/**
 * The page an address opens, for comparison: scheme, host case, a www. prefix, default port, query, fragment, the
 * spelling of escapes, doubled or trailing slashes and a folder's index file do not make another page. Undefined when
 * the text is not a web address.
 */
export function pageKey(address: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(address.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  // URL already lowercases the host and drops a default port; http and https of one host serve one page, and so do
  // www.host and host.
  const host = parsed.hostname.replace(/\.$/, '').replace(/^www\./, '');
  const port = parsed.port === '' || parsed.port === '80' || parsed.port === '443' ? '' : `:${parsed.port}`;
  // One spelling of the path: %e0 and %E0 and the Thai letter itself alike, no doubled or trailing slash, and a folder's
  // index file as the folder.
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A malformed escape is compared as written.
  }
  path = path
    .replace(/\/{2,}/g, '/')
    .replace(/\/index\.(html?|php|aspx?|jsp)$/i, '/')
    .replace(/\/+$/, '');
  return `${host}${port}${path}`;
}

/** Whether two addresses open the same page (see `pageKey`). */
export function isSamePage(first: string, second: string): boolean {
  const a = pageKey(first);
  return a !== undefined && a === pageKey(second);
}

/** A general channel the corruption form must not be: the general complaint form or one of the social channels. */
export interface GeneralChannel {
  kind: 'general-form' | 'social';
  /** The channel's name as staff wrote it (social) */
  name?: string;
  url: string;
}

/** The general channel the corruption form shares its page with, if any. */
export function corruptionFormSharedWith(site: Site): GeneralChannel | undefined {
  const form = site.complaints.corruptionFormUrl;
  if (form === undefined) return undefined;
  const general: GeneralChannel[] = [
    ...(site.complaints.generalFormUrl ? [{ kind: 'general-form' as const, url: site.complaints.generalFormUrl }] : []),
    ...site.social.map((channel) => ({ kind: 'social' as const, name: channel.name, url: channel.url })),
  ];
  return general.find((channel) => isSamePage(form, channel.url));
}

/** The parts of the office's contact information a reader finds on the contact page. */
export const contactParts = ['address', 'phone', 'email', 'map'] as const;
export type ContactPart = (typeof contactParts)[number];

export function contactPartsGiven(site: Site): ContactPart[] {
  const given: Record<ContactPart, boolean> = {
    // The schema requires the address; a line is not required (a village office may have none).
    address: Boolean(site.address.subdistrict && site.address.district && site.address.province),
    phone: site.phones.some((phone) => phone.trim() !== ''),
    email: site.email !== undefined,
    map: site.map !== undefined,
  };
  return contactParts.filter((part) => given[part]);
}
