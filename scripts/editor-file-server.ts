/**
 * decap-server's file API (its own express middleware, file-system mode) on the loopback, answering only the editor's
 * proxy: a request must name this very address as Host and carry the key `npm run edit` generated. decap-server started
 * on its own answers anyone who reaches its port — a page rebinding its domain to 127.0.0.1, another user of the computer —
 * and writes anywhere in the project; the editor's path checks (src/lib/editor/api-guard.ts) would be bypassed.
 *
 * Started by scripts/edit.ts only. Its settings come from the environment, as decap-server's do: the key must not be on
 * the command line, where other users of the computer can read it.
 */
import { createRequire } from 'node:module';
import { sameKey } from '../src/lib/editor/request-source.ts';

interface Request {
  headers: Record<string, string | string[] | undefined>;
}
interface Response {
  status(code: number): Response;
  end(): void;
}
interface App {
  disable(setting: string): void;
  use(handler: (request: Request, response: Response, next: () => void) => void): void;
  listen(port: number, host: string, ready: () => void): { on(event: 'error', listener: (error: Error) => void): void };
}

const require = createRequire(import.meta.url);
// The express decap-server itself depends on.
const express = createRequire(require.resolve('decap-server/package.json'))('express') as () => App;
const { registerLocalFs } = require('decap-server/dist/middlewares.js') as { registerLocalFs(app: App, options: { logLevel: string }): Promise<void> };

const port = Number(process.env.PORT);
const key = process.env.PRONGSAI_FILE_API_KEY ?? '';
if (!Number.isInteger(port) || port <= 0 || key.length < 32 || !process.env.GIT_REPO_DIRECTORY) {
  console.error('editor-file-server: PORT, PRONGSAI_FILE_API_KEY (32+ characters) and GIT_REPO_DIRECTORY are required');
  process.exit(2);
}

const app = express();
app.disable('x-powered-by');
app.use((request, response, next) => {
  const given = request.headers['x-prongsai-file-api-key'];
  if (request.headers.host !== `127.0.0.1:${port}` || typeof given !== 'string' || !sameKey(given, key)) return response.status(403).end();
  next();
});
await registerLocalFs(app, { logLevel: process.env.LOG_LEVEL ?? 'warn' });
app
  .listen(port, '127.0.0.1', () => undefined)
  .on('error', (error) => {
    console.error(`editor-file-server: ${error.message}`);
    process.exit(1);
  });
