/**
 * The editor opened to the network (`npm run edit -- --host 0.0.0.0`): every request must carry the key printed in the
 * editor's address. The editor's request handler is served on the loopback as the dev server would run it.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { editorServer } from '../../src/integrations/editor.ts';
import { resolveConfig } from '../../src/config.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

const key = 'c2VjcmV0LWtleS1mb3ItdGVzdHM';
const logged: string[] = [];
let server: Server;
let port: number;

beforeAll(async () => {
  const config = resolveConfig({ root: projectRoot, contentDir: 'tests/fixtures/sites/minimal/content' });
  const integration = editorServer({
    config,
    folder: path.join(projectRoot, '.prongsai/no-editor-folder'),
    basePath: '/admin/',
    proxyTarget: 'http://127.0.0.1:9/api/v1',
    hosts: new Set(['localhost', '127.0.0.1', '::1', '192.168.1.20']),
    accessKey: key,
    log: (line) => logged.push(line),
  });
  type Handle = (request: IncomingMessage, response: ServerResponse, next: () => void) => void;
  const stack: { route: string; handle: Handle }[] = [];
  const fakeDevServer = { middlewares: { stack }, watcher: { on: () => undefined } };
  const setup = integration.hooks['astro:server:setup'] as unknown as (options: { server: typeof fakeDevServer }) => void;
  setup({ server: fakeDevServer });
  const handle = stack[0]!.handle;
  // What the dev server would do next: the preview page.
  server = createServer((request, response) => handle(request, response, () => response.writeHead(200).end('preview')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function post(pathname: string, body: string, headers: Record<string, string>, method = 'POST'): Promise<number> {
  return new Promise((resolve, reject) => {
    httpRequest(
      { host: '127.0.0.1', port, path: pathname, method, headers: { host: `192.168.1.20:${port}`, 'content-type': 'application/json', ...headers } },
      (answer) => {
        answer.resume();
        answer.on('end', () => resolve(answer.statusCode ?? 0));
      },
    )
      .on('error', reject)
      .end(body);
  });
}

function get(pathname: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingMessage['headers']; text: string }> {
  return new Promise((resolve, reject) => {
    httpRequest({ host: '127.0.0.1', port, path: pathname, headers: { host: `192.168.1.20:${port}`, ...headers } }, (answer) => {
      let text = '';
      answer.on('data', (chunk) => (text += chunk));
      answer.on('end', () => resolve({ status: answer.statusCode ?? 0, headers: answer.headers, text }));
    })
      .on('error', reject)
      .end();
  });
}

describe('an editor open to the network', () => {
  it('refuses every request without the key, the preview included, and says so in Thai', async () => {
    for (const pathname of ['/', '/admin/', '/admin/problems.json']) {
      const answer = await get(pathname);
      expect(answer.status).toBe(401);
      expect(answer.text).toContain('ต้องเปิดหน้าแก้ไขข้อมูลจากลิงก์');
    }
    expect(logged.at(-1)).toContain('ไม่มีรหัสเข้าใช้');
  });

  it('refuses a wrong key, a key of another length and a wrong cookie', async () => {
    expect((await get(`/admin/?prongsai-editor-key=${key.slice(0, -1)}x`)).status).toBe(401);
    expect((await get(`/admin/?prongsai-editor-key=${key}x`)).status).toBe(401);
    expect((await get('/', { cookie: `prongsai-editor-key=${key.toUpperCase()}` })).status).toBe(401);
  });

  it('takes the printed address: the key moves into a cookie scripts cannot read and out of the address', async () => {
    const answer = await get(`/admin/?prongsai-editor-key=${key}`);
    expect(answer.status).toBe(303);
    expect(answer.headers.location).toBe('/admin/');
    expect(answer.headers['set-cookie']).toEqual([`prongsai-editor-key=${key}; Path=/; HttpOnly; SameSite=Strict`]);
    const preview = await get('/', { cookie: `other=1; prongsai-editor-key=${key}` });
    expect(preview).toMatchObject({ status: 200, text: 'preview' });
  });

  it('still refuses another Host with the right key (DNS rebinding)', async () => {
    const answer = await get('/', { cookie: `prongsai-editor-key=${key}`, host: `evil.example:${port}` });
    expect(answer.status).toBe(403);
    expect(logged.at(-1)).toContain(`Host "evil.example:${port}"`);
  });

  it('shows what a refused request says without letting it rewrite the terminal (escape sequences, bidi overrides)', async () => {
    const status = await post(
      '/admin/api/v1/',
      JSON.stringify({ action: 'getEntry', params: { branch: 'main', path: 'content/\u001b[2J\u001b[1A\u202ex.ts' } }),
      { cookie: `prongsai-editor-key=${key}` },
    );
    expect(status).toBe(403);
    const line = logged.at(-1) ?? '';
    expect(line).toContain('ปฏิเสธคำขอ');
    expect(line).not.toMatch(/[\u001b\u202e]/);
    expect(line).toContain('\\u001b[2J');
  });

  it.each([
    ['GET', '{"action":"info"}', {}, 405],
    ['POST', '{"action":"info"}', { 'content-type': 'text/plain' }, 415],
    ['POST', 'action=persistEntry', { 'content-type': 'application/x-www-form-urlencoded' }, 415],
    ['POST', '{"action":"info"', {}, 400],
    ['POST', '{"action":"unpublishedEntries","params":{"branch":"main"}}', {}, 403],
    ['POST', '{"action":"info"}', { origin: 'null' }, 403],
  ])('refuses a file-API call %s %s (%j) before decap-server sees it', async (method, body, headers, status) => {
    const before = logged.length;
    expect(await post('/admin/api/v1/', body, { cookie: `prongsai-editor-key=${key}`, ...headers }, method)).toBe(status);
    expect(logged.length).toBe(before + 1);
    expect(logged.at(-1)).toContain('ปฏิเสธคำขอถึงหน้าแก้ไขข้อมูล');
  });
});
