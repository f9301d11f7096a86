/**
 * The editor's file API, attacked request by request (docs/security.md, "The attacker's list"): who may call it, and
 * which paths each decap-server action may name. The real server is attacked in tests/integration/editor.test.ts.
 */
import { describe, it, expect, afterAll } from 'vitest';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { checkApiBody, refusePath, type ApiRules } from '../../src/lib/editor/api-guard.ts';
import { passesThroughLink } from '../../src/lib/editor/content-links.ts';
import {
  isLoopbackHost,
  keyFromCookie,
  normalizeOrigin,
  parseHostHeader,
  refuseCrossOrigin,
  refuseHost,
  sameKey,
  type EditorAddress,
} from '../../src/lib/editor/request-source.ts';
import { projectRoot } from '../../scripts/lib/fixture-site.ts';

const rules: ApiRules = { contentDir: 'content' };
const local: EditorAddress = { hosts: new Set(['localhost', '127.0.0.1', '::1']), port: 4321 };

describe('Host: only the editor’s own names and port (DNS rebinding)', () => {
  it.each(['localhost:4321', '127.0.0.1:4321', '[::1]:4321', 'LOCALHOST:4321'])('answers %s', (host) => {
    expect(refuseHost(host, local)).toBeUndefined();
  });

  it.each([
    ['a rebound domain', 'evil.example:4321'],
    ['a domain named like localhost', 'localhost.evil.example:4321'],
    ['a wildcard-DNS name for 127.0.0.1', '127.0.0.1.nip.io:4321'],
    ['a trailing dot', 'localhost.:4321'],
    ['the right name on another port', 'localhost:1'],
    ['no port (80)', 'localhost'],
    ['user info', 'evil@localhost:4321'],
    ['a path', 'localhost:4321/x'],
    ['empty', ''],
    ['missing', undefined],
  ])('refuses %s', (_name, host) => {
    expect(refuseHost(host, local)).toEqual({ reason: 'host', value: host ?? '' });
  });

  it('answers the configured host and no other when it is on the network', () => {
    const shared: EditorAddress = { hosts: new Set(['localhost', '127.0.0.1', '::1', '192.168.1.20']), port: 4321 };
    expect(refuseHost('192.168.1.20:4321', shared)).toBeUndefined();
    expect(refuseHost('192.168.1.21:4321', shared)).toBeDefined();
  });

  it('parses IPv6 and tells loopback from the network', () => {
    expect(parseHostHeader('[::1]:80')).toEqual({ host: '::1', port: 80 });
    expect(['localhost', '127.0.0.1', '127.1.2.3', '::1', '[::1]'].every(isLoopbackHost)).toBe(true);
    expect(['0.0.0.0', '::', '192.168.1.20', 'my-pc.local', 'localhost.evil.example'].some(isLoopbackHost)).toBe(false);
  });
});

describe('Origin and Sec-Fetch-Site: the file API answers the editor’s own page only', () => {
  it.each([[{ origin: 'http://localhost:4321' }], [{ origin: 'http://127.0.0.1:4321', secFetchSite: 'same-origin' }], [{}]])('allows %j', (headers) => {
    expect(refuseCrossOrigin(headers, local)).toBeUndefined();
  });

  it.each([
    ['another site', { origin: 'http://evil.example:4321' }, 'origin'],
    ['a rebound site (Origin matches the rebound Host)', { origin: 'http://evil.example' }, 'origin'],
    ['a sandboxed frame or a file on disk', { origin: 'null' }, 'origin'],
    ['another port', { origin: 'http://localhost:3000' }, 'origin'],
    ['https', { origin: 'https://localhost:4321' }, 'origin'],
    ['an origin with a path', { origin: 'http://localhost:4321/admin' }, 'origin'],
    ['cross-site fetch without Origin', { secFetchSite: 'cross-site' }, 'fetch-site'],
    ['same-site (another port of localhost)', { secFetchSite: 'same-site' }, 'fetch-site'],
  ])('refuses %s', (_name, headers, reason) => {
    expect(refuseCrossOrigin(headers, local)?.reason).toBe(reason);
  });
});

describe('an HTTPS proxy in front of the editor (--origin)', () => {
  const proxied: EditorAddress = { ...local, publicOrigins: ['https://editor.agency.go.th'] };

  it('answers the public name on the default port, and its origin only over https', () => {
    expect(refuseHost('editor.agency.go.th', proxied)).toBeUndefined();
    expect(refuseHost('editor.agency.go.th:443', proxied)).toBeUndefined();
    expect(refuseCrossOrigin({ origin: 'https://editor.agency.go.th', secFetchSite: 'same-origin' }, proxied)).toBeUndefined();
  });

  it.each(['editor.agency.go.th:8443', 'editor.agency.go.th:4321', 'evil.agency.go.th'])('refuses Host %s', (host) => {
    expect(refuseHost(host, proxied)?.reason).toBe('host');
  });

  it.each(['http://editor.agency.go.th', 'https://editor.agency.go.th:8443', 'https://evil.example'])('refuses Origin %s', (origin) => {
    expect(refuseCrossOrigin({ origin }, proxied)?.reason).toBe('origin');
  });

  it('takes only an http(s) address with nothing after the host', () => {
    expect(normalizeOrigin('https://Editor.Agency.go.th/')).toBe('https://editor.agency.go.th');
    expect(normalizeOrigin('https://editor.agency.go.th:8443')).toBe('https://editor.agency.go.th:8443');
    for (const bad of ['editor.agency.go.th', 'https://editor.agency.go.th/admin/', 'ftp://x', 'https://u:p@x', 'https://x/?a=1', 'javascript:alert(1)'])
      expect(normalizeOrigin(bad)).toBeUndefined();
  });
});

describe('the access key of an editor on the network', () => {
  it('is read from its cookie and compared whole', () => {
    expect(keyFromCookie('a=1; prongsai-editor-key=abc=; b=2')).toBe('abc=');
    expect(keyFromCookie('a=1')).toBeUndefined();
    expect(sameKey('abc', 'abc')).toBe(true);
    expect(sameKey('abd', 'abc')).toBe(false);
    expect(sameKey('ab', 'abc')).toBe(false);
    expect(sameKey(undefined, 'abc')).toBe(false);
    expect(sameKey('', '')).toBe(false);
  });
});

describe('paths: only plain content files under the content folder', () => {
  it.each([
    'content/documents/2567/procurement-plan.md',
    'content/site.yaml',
    'content/scores/2567.yml',
    'content/documents/2567/แผนจัดซื้อ 2567.pdf',
    'content/documents/2567/SCAN.PDF',
    'content/images/logo.png',
    'content/documents/2567/table.xlsx',
  ])('allows %s', (file) => {
    expect(refusePath(file, rules, 'file')).toBeUndefined();
  });

  it.each([
    ['scripts/pwned.ts', 'outside'],
    ['package.json.evil', 'outside'],
    ['.ci/run', 'outside'],
    ['astro.config.mjs', 'outside'],
    ['contents/x.md', 'outside'],
    ['content', 'outside'],
    ['../outside.md', 'traversal'],
    ['content/../package.json', 'traversal'],
    ['content/./x.md', 'traversal'],
    ['content//x.md', 'traversal'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/x.md', 'absolute'],
    ['content\\..\\package.json', 'encoded'],
    ['content/%2e%2e/package.json', 'encoded'],
    ['content/%2E%2e/scripts/x.md', 'encoded'],
    ['content%2f..%2fscripts%2fx.md', 'encoded'],
    ['content/x.md\u0000.ts', 'encoded'],
    ['content/x\n.md', 'encoded'],
    ['content/x.md:stream', 'encoded'],
    ['content/x.ts', 'extension'],
    ['content/pages/x.mjs', 'extension'],
    ['content/pages/x.md.ts', 'extension'],
    ['content/pages/x.Ts', 'extension'],
    ['content/pages/x.html', 'extension'],
    ['content/pages/x.svg', 'extension'],
    ['content/pages/x.mdx', 'extension'],
    ['content/pages/Makefile', 'extension'],
    ['content/pages/x.md.', 'unsafe-name'],
    ['content/pages/x.ts ', 'unsafe-name'],
    ['content/.env', 'hidden'],
    ['content/.git/config', 'hidden'],
    ['content/.github/workflows/deploy.yml', 'hidden'],
    ['content/documents/.hidden.md', 'hidden'],
    ['content/documents/.md', 'hidden'],
  ])('refuses %j (%s)', (file, why) => {
    expect(refusePath(file, rules, 'file')).toBe(why);
  });

  it('refuses what is not a path', () => {
    for (const value of [undefined, null, 1, ['content/x.md'], { toString: 'content/x.md' }, '']) expect(refusePath(value, rules, 'file')).toBe('not-text');
  });

  it('takes a content folder deep in the project, whose own path may start with a dot', () => {
    const nested: ApiRules = { contentDir: '.prongsai/test-sites/editor/content' };
    expect(refusePath('.prongsai/test-sites/editor/content/news/a.md', nested, 'file')).toBeUndefined();
    expect(refusePath('.prongsai/test-sites/editor/x.md', nested, 'file')).toBe('outside');
    expect(refusePath('.prongsai/test-sites/editor/content', nested, 'folder')).toBeUndefined();
  });
});

describe('every path field of every decap-server action is checked', () => {
  const commit = { commitMessage: 'x' };
  const good = 'content/news/a.md';
  const bad = 'scripts/pwned.ts';
  const cases: [string, (file: string) => unknown, string][] = [
    ['getEntry path', (file) => ({ action: 'getEntry', params: { branch: 'main', path: file } }), 'path'],
    ['getMediaFile path', (file) => ({ action: 'getMediaFile', params: { branch: 'main', path: file } }), 'path'],
    ['deleteFile path', (file) => ({ action: 'deleteFile', params: { branch: 'main', path: file, options: commit } }), 'path'],
    ['deleteFiles paths[1]', (file) => ({ action: 'deleteFiles', params: { branch: 'main', paths: [good, file], options: commit } }), 'paths[1]'],
    ['entriesByFiles files[0].path', (file) => ({ action: 'entriesByFiles', params: { branch: 'main', files: [{ path: file }] } }), 'files[0].path'],
    [
      'persistMedia asset.path',
      (file) => ({ action: 'persistMedia', params: { branch: 'main', asset: { path: file, content: 'eA==', encoding: 'base64' }, options: commit } }),
      'asset.path',
    ],
    [
      'persistEntry entry.path',
      (file) => ({ action: 'persistEntry', params: { branch: 'main', entry: { slug: 'a', path: file, raw: 'x' }, assets: [], options: commit } }),
      'entry.path',
    ],
    [
      'persistEntry entry.newPath',
      (file) => ({
        action: 'persistEntry',
        params: { branch: 'main', entry: { slug: 'a', path: good, raw: 'x', newPath: file }, assets: [], options: commit },
      }),
      'entry.newPath',
    ],
    [
      'persistEntry dataFiles[0].path',
      (file) => ({ action: 'persistEntry', params: { branch: 'main', dataFiles: [{ slug: 'a', path: file, raw: 'x' }], assets: [], options: commit } }),
      'dataFiles[0].path',
    ],
    [
      'persistEntry dataFiles[0].newPath',
      (file) => ({
        action: 'persistEntry',
        params: { branch: 'main', dataFiles: [{ slug: 'a', path: good, raw: 'x', newPath: file }], assets: [], options: commit },
      }),
      'dataFiles[0].newPath',
    ],
    [
      'persistEntry assets[1].path',
      (file) => ({
        action: 'persistEntry',
        params: {
          branch: 'main',
          entry: { slug: 'a', path: good, raw: 'x' },
          assets: [
            { path: 'content/news/a.pdf', content: '', encoding: 'base64' },
            { path: file, content: '', encoding: 'base64' },
          ],
          options: commit,
        },
      }),
      'assets[1].path',
    ],
    [
      'persistEntry with both entry and dataFiles: the dataFiles are checked too',
      (file) => ({
        action: 'persistEntry',
        params: { branch: 'main', entry: { slug: 'a', path: good, raw: 'x' }, dataFiles: [{ slug: 'a', path: file, raw: 'x' }], assets: [], options: commit },
      }),
      'dataFiles[0].path',
    ],
  ];

  it.each(cases)('%s: a good path passes, a bad one refuses the request', (_name, request, field) => {
    expect(checkApiBody(request(good.replace('a.md', field.startsWith('asset') || field.includes('assets') ? 'a.pdf' : 'a.md')), rules).ok).toBe(true);
    expect(checkApiBody(request(bad), rules)).toEqual({ ok: false, refusal: { reason: 'path', field, value: bad, why: 'outside' } });
  });

  it('lists every path of an allowed request for the link check', () => {
    const check = checkApiBody(cases[10]![1](good), rules);
    expect(check.ok && check.paths.map((named) => named.field)).toEqual(['entry.path', 'assets[0].path', 'assets[1].path']);
  });

  it.each([
    ['a listing of a folder outside content/', { action: 'entriesByFolder', params: { branch: 'main', folder: 'scripts', extension: 'md', depth: 1 } }, 'path'],
    [
      'a listing of .ts files',
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/news', extension: 'ts', depth: 1 } },
      'listing-extension',
    ],
    [
      'a listing of every file (empty extension)',
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/news', extension: '', depth: 1 } },
      'listing-extension',
    ],
    ['media of the project root', { action: 'getMedia', params: { branch: 'main', mediaFolder: '.' } }, 'path'],
    ['the Git workflow', { action: 'unpublishedEntries', params: { branch: 'main' } }, 'action'],
    ['publishing an unpublished entry', { action: 'publishUnpublishedEntry', params: { branch: 'main', collection: 'news', slug: 'a' } }, 'action'],
    ['an unknown action', { action: 'exec', params: {} }, 'action'],
    ['an action named like an Object method', { action: 'constructor', params: {} }, 'action'],
    ['no action', { params: {} }, 'body'],
    ['a list', [{ action: 'info' }], 'body'],
    ['a path field that is a list', { action: 'getEntry', params: { branch: 'main', path: ['content/x.md'] } }, 'path'],
    ['deleteFiles without paths', { action: 'deleteFiles', params: { branch: 'main', paths: [], options: commit } }, 'body'],
    [
      'persistEntry without assets',
      { action: 'persistEntry', params: { branch: 'main', entry: { slug: 'a', path: good, raw: 'x' }, options: commit } },
      'body',
    ],
  ])('refuses %s', (_name, body, reason) => {
    const check = checkApiBody(body, rules);
    expect(check.ok ? undefined : check.refusal.reason).toBe(reason);
  });

  it('lets the editor list and read its collections and media', () => {
    for (const body of [
      { action: 'info' },
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/documents', extension: 'md', depth: 2 } },
      { action: 'entriesByFolder', params: { branch: 'main', folder: 'content/scores', extension: 'yaml', depth: 1 } },
      { action: 'getMedia', params: { branch: 'main', mediaFolder: 'content/images' } },
      { action: 'getMedia', params: { branch: 'main', mediaFolder: 'content' } },
    ]) {
      expect(checkApiBody(body, rules)).toMatchObject({ ok: true });
    }
  });
});

describe('symbolic links inside the content folder', () => {
  const root = path.join(projectRoot, '.prongsai/test-sites/editor-links');
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('refuses a path through a linked folder or to a linked file, and allows new folders', async () => {
    await rm(root, { recursive: true, force: true });
    await mkdir(path.join(root, 'content/news'), { recursive: true });
    await mkdir(path.join(root, 'scripts'), { recursive: true });
    await writeFile(path.join(root, 'content/news/a.md'), 'x');
    await symlink(path.join(root, 'scripts'), path.join(root, 'content/linked'));
    await symlink(path.join(root, 'scripts/build.md'), path.join(root, 'content/news/b.md'));
    expect(await passesThroughLink(root, 'content', 'content/linked/build.md')).toBe(true);
    expect(await passesThroughLink(root, 'content', 'content/linked')).toBe(true);
    expect(await passesThroughLink(root, 'content', 'content/news/b.md')).toBe(true);
    expect(await passesThroughLink(root, 'content', 'content/news/a.md')).toBe(false);
    expect(await passesThroughLink(root, 'content', 'content/news/2569/new.md')).toBe(false);
  });
});
