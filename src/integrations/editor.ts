import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AstroIntegration } from 'astro';
import type { ProngsaiConfig } from '../config.ts';
import { loadAndValidateContent } from '../lib/content/load-content.ts';
import { editorProblemReportFor, type EditorProblemReport } from '../lib/editor/problem-report.ts';

export interface EditorServerOptions {
  config: ProngsaiConfig;
  /** Absolute folder written by `writeEditorFolder` */
  folder: string;
  /** Where the page is served on the dev server, e.g. `/admin/` */
  basePath: string;
  /** decap-server's API on the loopback, e.g. http://127.0.0.1:8081/api/v1 */
  proxyTarget: string;
}

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
 * stands. Listed before the `prongsai` integration so the editor stays reachable while content is invalid.
 */
export function editorServer(options: EditorServerOptions): AstroIntegration {
  const { config, folder, basePath, proxyTarget } = options;
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
          const url = new URL(request.url ?? '/', 'http://localhost');
          if (url.pathname === basePath.replace(/\/$/, '')) {
            response.statusCode = 301;
            response.setHeader('Location', basePath);
            return response.end();
          }
          if (!url.pathname.startsWith(basePath)) return next();
          const rest = decodeURIComponent(url.pathname.slice(basePath.length));
          if (rest === 'api/v1/') return proxy(request, response, proxyTarget);
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

/** Passes the editor's file API call to decap-server and its answer back. */
function proxy(request: IncomingMessage, response: ServerResponse, target: string): void {
  const upstream = httpRequest(
    target,
    { method: request.method, headers: { 'content-type': request.headers['content-type'] ?? 'application/json', ...(request.headers['content-length'] ? { 'content-length': request.headers['content-length'] } : {}) } },
    (answer) => {
      response.statusCode = answer.statusCode ?? 502;
      const type = answer.headers['content-type'];
      if (type) response.setHeader('Content-Type', type);
      response.setHeader('Cache-Control', 'no-store');
      answer.pipe(response);
    },
  );
  upstream.on('error', (error) => {
    if (!response.headersSent) send(response, 502, 'text/plain; charset=utf-8', error.message);
    else response.destroy(error);
  });
  request.pipe(upstream);
}
