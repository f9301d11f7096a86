import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ProngsaiConfig } from '../config.ts';
import { loadAndValidateContent } from '../lib/content/load-content.ts';
import { editorProblemReportFor, type EditorProblemReport } from '../lib/editor/problem-report.ts';
import { checkApiBody, listedPath, listingActions, refusePath, type ApiRules } from '../lib/editor/api-guard.ts';
import { passesThroughLink } from '../lib/editor/content-links.ts';
import {
  accessKeyName,
  keyCookie,
  keyFromCookie,
  printable,
  refuseCrossOrigin,
  refuseHost,
  sameKey,
  type EditorAddress,
} from '../lib/editor/request-source.ts';
import { editorAccessWords, type ApiRefusal, type SourceRefusal } from '../i18n/editor-access.ts';

export interface EditorServerOptions {
  config: ProngsaiConfig;
  /** Absolute folder written by `writeEditorFolder` */
  folder: string;
  /** Where the page is served on the dev server, e.g. `/admin/` */
  basePath: string;
  /** decap-server's API on the loopback, e.g. http://127.0.0.1:8081/api/v1 */
  proxyTarget: string;
  /** The key decap-server's wrapper (scripts/editor-file-server.ts) wants from its one client, this proxy */
  proxyKey?: string;
  /** Host names the editor answers to (lower-case, IPv6 without brackets); the port is the one each request arrived on */
  hosts: ReadonlySet<string>;
  /** Origins staff open the editor at through an HTTPS proxy in front of it (`--origin`), normalized */
  publicOrigins?: readonly string[];
  /** When the editor is open to the network: the key every request must carry (printed in the editor's address) */
  accessKey?: string;
  /** Where refused requests are reported, in Thai; the terminal by default */
  log?: (line: string) => void;
}

/** decap-server's own limit on a request body (an attachment travels in it as base64). */
const maxApiBodyBytes = 50 * 1024 * 1024;

const mediaTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The editor page's own policy: everything from this origin only (Decap's bundle compiles its config schema at run time,
 * hence 'unsafe-eval', and styles itself inline). A request to any other origin is refused by the browser.
 */
export const editorContentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  // Decap reads an uploaded file back through its blob: URL before sending it.
  "connect-src 'self' blob: data:",
  "frame-src 'self' blob:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Under `npm run edit` only: serves the editor page from the dev server's own origin (`/admin/`), passes its file API to
 * decap-server on the loopback, and answers `/admin/problems.json` with the Thai problem list of the content as it
 * stands. Listed before the `prongsai` integration so the editor stays reachable while content is invalid. Every request
 * must name the editor as Host (and carry the key when it is open to the network); file-API calls are checked by
 * api-guard.ts before they reach decap-server (docs/security.md).
 */
export function editorServer(options: EditorServerOptions): AstroIntegration {
  const { config, folder, basePath, proxyTarget, proxyKey, hosts, accessKey, publicOrigins } = options;
  const log = options.log ?? ((line: string) => console.error(line));
  const contentDir = path.relative(config.root, path.join(config.root, config.contentDir)).split(path.sep).join('/');
  const rules: ApiRules = { contentDir };
  return {
    name: 'prongsai-editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const contentRoot = path.join(config.root, config.contentDir);
        let report: Promise<EditorProblemReport> | undefined;
        let generation = 0;
        const check = (): Promise<EditorProblemReport> => {
          if (!report) {
            const started = generation;
            const current = loadAndValidateContent(config.root, config.contentDir, { pdfTextCacheDir: config.pdfTextCacheDir }).then((result) =>
              editorProblemReportFor(config.root, config.contentDir, result.problems, result.model !== undefined, new Date()),
            );
            report = current;
            // A change during the check makes the next request check again.
            void current.finally(() => {
              if (generation !== started && report === current) report = undefined;
            });
          }
          return report;
        };
        const onContentEvent = (file: string) => {
          if (!path.resolve(file).startsWith(contentRoot + path.sep)) return;
          generation += 1;
          report = undefined;
        };
        for (const event of ['add', 'change', 'unlink', 'addDir', 'unlinkDir'] as const) server.watcher.on(event, onContentEvent);

        const handle = (request: IncomingMessage, response: ServerResponse, next: () => void) => {
          const address: EditorAddress = { hosts, port: request.socket.localPort ?? 0, ...(publicOrigins ? { publicOrigins } : {}) };
          const refuse = (
            status: number,
            refusal: SourceRefusal | ApiRefusal | { reason: 'request'; detail: string },
            answer = editorAccessWords.refusedAnswer,
          ) => {
            // What a request says is shown, never obeyed: an escape sequence in a path must not rewrite the clerk's terminal.
            log(
              printable(
                editorAccessWords.refused(
                  refusal,
                  { method: request.method ?? '-', url: (request.url ?? '').slice(0, 200), from: request.socket.remoteAddress ?? '-' },
                  contentDir,
                ),
              ).slice(0, 2000),
            );
            send(response, status, 'text/plain; charset=utf-8', answer);
          };
          // Every request the dev server gets, the preview's included: a rebound domain sees nothing.
          const hostRefusal = refuseHost(request.headers.host, address);
          if (hostRefusal) return refuse(403, hostRefusal);
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (accessKey !== undefined) {
            const given = url.searchParams.get(accessKeyName);
            if (given !== null && sameKey(given, accessKey)) {
              // The key moves from the address (history, screen) into a cookie scripts cannot read.
              url.searchParams.delete(accessKeyName);
              response.statusCode = 303;
              response.setHeader('Set-Cookie', keyCookie(accessKey));
              response.setHeader('Location', `${url.pathname}${url.search}`);
              response.setHeader('Cache-Control', 'no-store');
              response.setHeader('Referrer-Policy', 'no-referrer');
              return response.end();
            }
            if (!sameKey(keyFromCookie(request.headers.cookie), accessKey)) return refuse(401, { reason: 'key' }, editorAccessWords.keyNeeded);
          }
          if (url.pathname === basePath.replace(/\/$/, '')) {
            response.statusCode = 301;
            response.setHeader('Location', basePath);
            return response.end();
          }
          if (!url.pathname.startsWith(basePath)) return next();
          let rest: string;
          try {
            rest = decodeURIComponent(url.pathname.slice(basePath.length));
          } catch {
            return send(response, 404, 'text/plain; charset=utf-8', 'not found');
          }
          if (rest === 'api/v1/') {
            const call = { request, response, address, rules, root: config.root, proxyTarget, proxyKey, refuse };
            void passApiCall(call).catch((error: unknown) => {
              if (!response.headersSent) send(response, 502, 'text/plain; charset=utf-8', error instanceof Error ? error.message : String(error));
              else response.destroy();
            });
            return;
          }
          if (rest === 'problems.json') {
            check().then(
              (result) => send(response, 200, 'application/json; charset=utf-8', JSON.stringify(result)),
              (error: unknown) => send(response, 500, 'text/plain; charset=utf-8', String(error)),
            );
            return;
          }
          const file = path.join(folder, rest === '' ? 'index.html' : rest);
          if (!file.startsWith(folder + path.sep)) return send(response, 404, 'text/plain; charset=utf-8', 'not found');
          readFile(file).then(
            (bytes) => send(response, 200, mediaTypes[path.extname(file)] ?? 'application/octet-stream', bytes),
            () => send(response, 404, 'text/plain; charset=utf-8', 'not found'),
          );
        };
        // First in our stack (Astro's own guards and trailing-slash check still come first, hence the API's trailing slash).
        server.middlewares.stack.unshift({ route: '', handle });
      },
    },
  };
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.statusCode = status;
  response.setHeader('Content-Type', type);
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('Content-Security-Policy', editorContentSecurityPolicy);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(body);
}

interface ApiCall {
  request: IncomingMessage;
  response: ServerResponse;
  address: EditorAddress;
  rules: ApiRules;
  root: string;
  proxyTarget: string;
  proxyKey: string | undefined;
  refuse: (status: number, refusal: SourceRefusal | ApiRefusal | { reason: 'request'; detail: string }) => void;
}

const headerText = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value.join(',') : value);

/** The request body, or undefined past `limit` bytes. */
function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        // Stop reading; the refusal is sent, then the connection closed.
        request.removeAllListeners('data');
        request.pause();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/**
 * Passes one file-API call from the editor's own page to decap-server, after checking who sent it (method, type, origin)
 * and every path it names (api-guard.ts, then links on disk); the body sent on is the one checked, re-serialised, so
 * decap-server cannot read it differently. Listings come back filtered by the same rules.
 */
async function passApiCall(call: ApiCall): Promise<void> {
  const { request, response, refuse, rules } = call;
  if (request.method !== 'POST') return refuse(405, { reason: 'request', detail: `method ${request.method ?? '-'}` });
  const type = headerText(request.headers['content-type']) ?? '';
  // A form or a "simple" cross-site request cannot send application/json without the browser asking first.
  if (!/^application\/json\s*(;|$)/i.test(type)) return refuse(415, { reason: 'request', detail: `Content-Type ${type || '-'}` });
  const crossOrigin = refuseCrossOrigin(
    { origin: headerText(request.headers.origin), secFetchSite: headerText(request.headers['sec-fetch-site']) },
    call.address,
  );
  if (crossOrigin) return refuse(403, crossOrigin);
  const raw = await readBody(request, maxApiBodyBytes);
  if (raw === undefined) {
    response.setHeader('Connection', 'close');
    response.on('finish', () => request.destroy());
    return refuse(413, { reason: 'body' });
  }
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    return refuse(400, { reason: 'body' });
  }
  const check = checkApiBody(body, rules);
  if (!check.ok) return refuse(403, check.refusal);
  for (const named of check.paths) {
    if (await passesThroughLink(call.root, rules.contentDir, named.path))
      return refuse(403, { reason: 'path', field: named.field, value: named.path, why: 'link' });
  }

  const headers: Record<string, string> = { 'content-type': 'application/json', ...(call.proxyKey ? { 'x-prongsai-file-api-key': call.proxyKey } : {}) };
  const answer = await fetch(call.proxyTarget, { method: 'POST', headers, body: JSON.stringify(body) });
  let text = await answer.text();
  if (answer.ok && listingActions.has(check.action)) {
    const items = JSON.parse(text) as unknown;
    if (Array.isArray(items)) {
      const kept: unknown[] = [];
      for (const item of items) {
        const file = listedPath(item);
        if (refusePath(file, rules, 'file') === undefined && !(await passesThroughLink(call.root, rules.contentDir, file as string))) kept.push(item);
      }
      text = JSON.stringify(kept);
    }
  }
  response.statusCode = answer.status;
  response.setHeader('Content-Type', answer.headers.get('content-type') ?? 'application/json; charset=utf-8');
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(text);
}
