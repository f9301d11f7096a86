/**
 * A polite HTTP(S) client for `npm run verify`: a few connections per host, a deadline per attempt, retries with
 * backoff, redirects followed as a browser would (loops named), and bodies read as a stream up to a cap, then cut off.
 */
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';

export interface FetchSettings {
  userAgent: string;
  /** Milliseconds for the answer's headers, and for its body unless a request allows more for its size */
  timeoutMs: number;
  /** Attempts after the first, for a network error, a timeout, 429 or 5xx */
  retries: number;
  /** Wait before the first retry, doubled for each next */
  backoffMs: number;
  /** Bytes of a body read before the rest is refused (per request unless given) */
  maxBytes: number;
  maxRedirects: number;
  /** Connections per host at a time */
  connections: number;
  /** Extra trusted certificates (tests' self-signed ones) */
  ca?: string | Buffer;
  /** Host name resolution (tests send every name to the loopback) */
  lookup?: LookupFunction;
}

export const defaultFetchSettings: Omit<FetchSettings, 'userAgent'> = {
  timeoutMs: 20_000,
  retries: 2,
  backoffMs: 1_000,
  maxBytes: 30 * 1024 * 1024,
  maxRedirects: 10,
  connections: 4,
};

export type FailureKind = 'timeout' | 'refused' | 'dns' | 'tls' | 'reset' | 'redirect-loop' | 'too-many-redirects' | 'bad-redirect' | 'other';

export interface FetchedResponse {
  ok: true;
  /** The address asked for */
  url: string;
  /** The address that answered, after redirects */
  finalUrl: string;
  /** Every address redirected to, in order */
  redirects: string[];
  status: number;
  contentType: string;
  location?: string;
  body: Buffer;
  /** The body was longer than the cap: reading stopped there and `body` holds only its start */
  tooLarge: boolean;
  /** The host's Retry-After header, if any */
  retryAfter?: string;
  /** Milliseconds of the last attempt */
  ms: number;
  /** Milliseconds until the answer's headers arrived (how slow the host is, whatever the size) */
  firstByteMs: number;
  attempts: number;
}

export interface FetchFailure {
  ok: false;
  url: string;
  redirects: string[];
  kind: FailureKind;
  detail: string;
  ms: number;
  attempts: number;
}

export type FetchOutcome = FetchedResponse | FetchFailure;

export interface RequestOptions {
  method?: 'GET' | 'HEAD';
  maxBytes?: number;
  /** Time for the body once the headers came, when longer than the timeout (a large file on a slow line) */
  bodyTimeoutMs?: number;
  /** false: give back the redirect itself (the http → https check) */
  followRedirects?: boolean;
}

export interface Fetcher {
  fetch(url: string, options?: RequestOptions): Promise<FetchOutcome>;
  close(): void;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Whether a failed attempt may succeed when tried again. */
export function isRetryable(outcome: FetchOutcome): boolean {
  if (!outcome.ok) return ['timeout', 'refused', 'reset', 'other'].includes(outcome.kind);
  return outcome.status === 429 || outcome.status >= 500;
}

/** The wait before retry number `retry` (0-based): backoff doubled each time, or the host's Retry-After when shorter than a minute. */
export function retryDelay(retry: number, backoffMs: number, retryAfter?: string): number {
  const seconds = retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) : undefined;
  if (seconds !== undefined && seconds <= 60) return Math.max(seconds * 1000, backoffMs);
  return backoffMs * 2 ** retry;
}

function failureKind(error: NodeJS.ErrnoException): FailureKind {
  const code = error.code ?? '';
  if (code === 'ETIMEDOUT' || code === 'PRONGSAI_TIMEOUT') return 'timeout';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return 'dns';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'UND_ERR_SOCKET') return 'reset';
  if (
    code.startsWith('ERR_TLS') ||
    code.startsWith('CERT_') ||
    code.includes('SELF_SIGNED') ||
    code.startsWith('UNABLE_TO') ||
    code === 'DEPTH_ZERO_SELF_SIGNED_CERT' ||
    code === 'ERR_SSL_WRONG_VERSION_NUMBER'
  )
    return 'tls';
  return 'other';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createFetcher(settings: FetchSettings): Fetcher {
  const agentOptions = { keepAlive: true, maxSockets: settings.connections, ...(settings.lookup ? { lookup: settings.lookup } : {}) };
  const httpAgent = new http.Agent(agentOptions);
  const httpsAgent = new https.Agent({ ...agentOptions, ...(settings.ca ? { ca: settings.ca } : {}) });

  /** One attempt at one address, no redirects followed. */
  const once = (
    url: URL,
    method: 'GET' | 'HEAD',
    maxBytes: number,
    bodyTimeoutMs: number,
  ): Promise<Omit<FetchedResponse, 'url' | 'finalUrl' | 'redirects' | 'attempts'> | Omit<FetchFailure, 'url' | 'redirects' | 'attempts'>> =>
    new Promise((resolve) => {
      const started = performance.now();
      const elapsed = () => Math.round(performance.now() - started);
      const client = url.protocol === 'https:' ? https : http;
      let settled = false;
      const settle = (value: Parameters<typeof resolve>[0]) => {
        if (settled) return;
        settled = true;
        clearTimeout(deadline);
        resolve(value);
      };
      const request = client.request(url, {
        method,
        agent: url.protocol === 'https:' ? httpsAgent : httpAgent,
        headers: { 'user-agent': settings.userAgent, accept: '*/*', 'accept-encoding': 'identity' },
      });
      const expire = (ms: number, what: string) =>
        setTimeout(() => {
          const error: NodeJS.ErrnoException = new Error(`no ${what} within ${ms} ms`);
          error.code = 'PRONGSAI_TIMEOUT';
          request.destroy(error);
        }, ms);
      // The headers must come within the timeout; the body then gets the time its size needs.
      let deadline = expire(settings.timeoutMs, 'answer');
      request.on('error', (error: NodeJS.ErrnoException) => settle({ ok: false, kind: failureKind(error), detail: error.message, ms: elapsed() }));
      request.on('response', (response) => {
        const firstByteMs = elapsed();
        clearTimeout(deadline);
        deadline = expire(bodyTimeoutMs, 'complete body');
        const chunks: Buffer[] = [];
        let received = 0;
        let tooLarge = false;
        const answer = () =>
          settle({
            ok: true,
            status: response.statusCode ?? 0,
            contentType: String(response.headers['content-type'] ?? ''),
            ...(response.headers.location ? { location: String(response.headers.location) } : {}),
            ...(response.headers['retry-after'] ? { retryAfter: String(response.headers['retry-after']) } : {}),
            body: Buffer.concat(chunks),
            tooLarge,
            ms: elapsed(),
            firstByteMs,
          });
        // A redirect's body is never read: only where it points.
        if (redirectStatuses.has(response.statusCode ?? 0)) {
          answer();
          request.destroy();
          return;
        }
        response.on('data', (chunk: Buffer) => {
          if (tooLarge) return;
          const room = maxBytes - received;
          if (chunk.length > room) {
            chunks.push(chunk.subarray(0, room));
            received = maxBytes;
            tooLarge = true;
            // Stop the download at once instead of reading the rest of a huge body.
            answer();
            request.destroy();
            return;
          }
          chunks.push(chunk);
          received += chunk.length;
        });
        response.on('end', answer);
        response.on('error', (error: NodeJS.ErrnoException) => settle({ ok: false, kind: failureKind(error), detail: error.message, ms: elapsed() }));
        response.on('aborted', () => settle({ ok: false, kind: 'reset', detail: 'the connection closed before the body ended', ms: elapsed() }));
      });
      request.end();
    });

  const withRetries = async (url: URL, method: 'GET' | 'HEAD', maxBytes: number, timeoutMs: number) => {
    let attempts = 0;
    for (;;) {
      attempts += 1;
      const result = await once(url, method, maxBytes, timeoutMs);
      const outcome = { ...result, url: url.href, finalUrl: url.href, redirects: [], attempts } as FetchOutcome;
      if (attempts > settings.retries || !isRetryable(outcome)) return { result, attempts };
      await sleep(retryDelay(attempts - 1, settings.backoffMs, result.ok ? result.retryAfter : undefined));
    }
  };

  return {
    async fetch(address, options = {}) {
      const method = options.method ?? 'GET';
      const maxBytes = options.maxBytes ?? settings.maxBytes;
      const redirects: string[] = [];
      const seen = new Set<string>();
      let current: URL;
      try {
        current = new URL(address);
      } catch {
        return { ok: false, url: address, redirects, kind: 'other', detail: 'not a valid address', ms: 0, attempts: 0 };
      }
      let totalAttempts = 0;
      for (;;) {
        seen.add(current.href);
        const { result, attempts } = await withRetries(current, method, maxBytes, Math.max(settings.timeoutMs, options.bodyTimeoutMs ?? 0));
        totalAttempts += attempts;
        if (!result.ok) return { ...result, url: address, redirects, attempts: totalAttempts };
        const isRedirect = redirectStatuses.has(result.status) && result.location !== undefined;
        if (!isRedirect || options.followRedirects === false) return { ...result, url: address, finalUrl: current.href, redirects, attempts: totalAttempts };
        let next: URL;
        try {
          next = new URL(result.location!, current);
        } catch {
          return {
            ok: false,
            url: address,
            redirects,
            kind: 'bad-redirect',
            detail: `redirect to an invalid address: ${result.location}`,
            ms: result.ms,
            attempts: totalAttempts,
          };
        }
        if (next.protocol !== 'http:' && next.protocol !== 'https:')
          return { ok: false, url: address, redirects, kind: 'bad-redirect', detail: `redirect to ${next.protocol}`, ms: result.ms, attempts: totalAttempts };
        redirects.push(next.href);
        if (seen.has(next.href))
          return {
            ok: false,
            url: address,
            redirects,
            kind: 'redirect-loop',
            detail: `redirects back to ${next.href}`,
            ms: result.ms,
            attempts: totalAttempts,
          };
        if (redirects.length > settings.maxRedirects)
          return {
            ok: false,
            url: address,
            redirects,
            kind: 'too-many-redirects',
            detail: `more than ${settings.maxRedirects} redirects`,
            ms: result.ms,
            attempts: totalAttempts,
          };
        current = next;
      }
    },
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}
