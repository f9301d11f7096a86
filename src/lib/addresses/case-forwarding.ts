/**
 * OIT item addresses in the case the official manual writes them (/oit/2567/O10/) reach the one canonical page
 * (/oit/2567/o10/). Both cannot be folders where staff build on macOS or Windows (case-insensitive file systems), so
 * the canonical one is built, the 404 page forwards a wrong-cased address it recognises, and hosts that read a
 * `_redirects` file (Netlify, Cloudflare Pages, GitLab Pages) redirect before any page loads.
 */

/** An address as typed, made comparable with the canonical paths: lower case, percent-decoded, ending in "/". */
export function comparablePath(pathname: string): string {
  let decoded = pathname;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    // A malformed escape is compared as typed.
  }
  const lower = decoded.toLowerCase();
  return lower.endsWith('/') || /\.[a-z0-9]+$/.test(lower) ? lower : `${lower}/`;
}

/**
 * Where the 404 page sends an address it recognises in another case or without its final "/": the canonical path
 * with the query and fragment kept; undefined when it knows no such page or the address already is the canonical one
 * (so forwarding can never loop).
 */
export function forwardingTarget(address: { pathname: string; search?: string; hash?: string }, canonicalPaths: ReadonlySet<string>): string | undefined {
  const canonical = comparablePath(address.pathname);
  if (canonical === address.pathname || !canonicalPaths.has(canonical)) return undefined;
  return `${canonical}${address.search ?? ''}${address.hash ?? ''}`;
}

/** The OIT year and item pages among a site's page paths: the addresses people type from the manual. */
export function oitPaths(pagePaths: readonly string[]): string[] {
  return pagePaths.filter((pagePath) => /^\/oit\/(\d+\/([a-z]+\d+[a-z]?\/)?)?$/.test(pagePath));
}

/**
 * `_redirects` lines (Netlify/Cloudflare Pages/GitLab Pages syntax: from, to, status) sending each OIT item's address
 * as the manual writes it (upper-case code), with and without the final "/", to the canonical page.
 */
export function caseRedirects(pagePaths: readonly string[]): string {
  const lines: string[] = [];
  for (const pagePath of oitPaths(pagePaths)) {
    const official = pagePath.replace(/^\/oit\/(\d+)\/([a-z]+\d+[a-z]?)\/$/, (_all, year: string, code: string) => `/oit/${year}/${code.toUpperCase()}/`);
    if (official === pagePath) continue;
    lines.push(`${official} ${pagePath} 301`, `${official.slice(0, -1)} ${pagePath} 301`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}
