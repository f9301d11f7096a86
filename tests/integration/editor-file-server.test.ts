/**
 * decap-server as `npm run edit` runs it (scripts/editor-file-server.ts): on the loopback, it answers only the editor's
 * proxy — the key it was started with and its own address as Host — so a page that rebinds its domain to 127.0.0.1 and
 * finds the port, or another user of the computer, cannot go around the editor's path checks.
 */
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { copyFixtureSite, projectRoot, type ScratchSite } from '../../scripts/lib/fixture-site.ts';

const key = 'k'.repeat(43);
let site: ScratchSite;
let server: ChildProcess;
let port: number;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

function call(headers: Record<string, string>): Promise<{ status: number; text: string }> {
  const body = JSON.stringify({ action: 'info' });
  return new Promise((resolve, reject) => {
    httpRequest(
      { host: '127.0.0.1', port, path: '/api/v1', method: 'POST', headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', ...headers } },
      (answer) => {
        let text = '';
        answer.on('data', (chunk) => (text += chunk));
        answer.on('end', () => resolve({ status: answer.statusCode ?? 0, text }));
      },
    )
      .on('error', reject)
      .end(body);
  });
}

beforeAll(async () => {
  site = await copyFixtureSite('minimal', 'file-server');
  port = await freePort();
  server = spawn(process.execPath, ['scripts/editor-file-server.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), GIT_REPO_DIRECTORY: site.root, PRONGSAI_FILE_API_KEY: key },
    stdio: 'ignore',
  });
  const deadline = Date.now() + 20_000;
  while ((await call({ 'x-prongsai-file-api-key': key }).catch(() => undefined))?.status !== 200) {
    if (Date.now() > deadline || server.exitCode !== null) throw new Error('editor-file-server did not start');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}, 30_000);

afterAll(async () => {
  server?.kill();
  await site?.remove();
});

describe('decap-server behind the editor', () => {
  it('answers the editor’s proxy', async () => {
    const answer = await call({ 'x-prongsai-file-api-key': key });
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.text)).toMatchObject({ type: 'local_fs' });
  });

  it.each([
    ['no key', () => ({})],
    ['a wrong key of the same length', () => ({ 'x-prongsai-file-api-key': `${key.slice(1)}x` })],
    ['the key with a rebound Host', () => ({ 'x-prongsai-file-api-key': key, host: `evil.example:${port}` })],
    ['the key with Host localhost', () => ({ 'x-prongsai-file-api-key': key, host: `localhost:${port}` })],
  ])('refuses %s', async (_name, headers: () => Record<string, string>) => {
    expect((await call(headers())).status).toBe(403);
  });

  it('refuses to start without a key', async () => {
    const started = spawn(process.execPath, ['scripts/editor-file-server.ts'], {
      cwd: projectRoot,
      env: { ...process.env, PORT: String(await freePort()), GIT_REPO_DIRECTORY: site.root, PRONGSAI_FILE_API_KEY: '' },
      stdio: 'ignore',
    });
    const code = await new Promise((resolve) => started.once('exit', resolve));
    expect(code).toBe(2);
  });
});
