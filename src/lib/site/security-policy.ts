/**
 * What a browser may load on the agency's pages: only this site's own files, scripts only from files (never inline),
 * plus WebAssembly for the search index; no frames, plugins, form posts or base changes. One policy, written into every
 * page's <meta> and into `_headers` for static hosts that read one.
 */
const policy = [
  "default-src 'self'",
  // Pagefind compiles its WebAssembly search engine; no inline or eval'd JavaScript.
  "script-src 'self' 'wasm-unsafe-eval'",
  // Styles cannot run code; Markdown's table alignment and the charts' sizes are inline styles.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
];

/** For `<meta http-equiv="Content-Security-Policy">` (frame-ancestors is ignored there, so it lives in the headers). */
export const contentSecurityPolicy = policy.join('; ');

export const referrerPolicy = 'strict-origin-when-cross-origin';

/** The `_headers` file that Netlify, Cloudflare Pages and similar static hosts apply to every response. */
export function staticHostHeaders(): string {
  return [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy}; frame-ancestors 'none'`,
    '  X-Content-Type-Options: nosniff',
    '  X-Frame-Options: DENY',
    `  Referrer-Policy: ${referrerPolicy}`,
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '',
  ].join('\n');
}
