/**
 * `npm run edit [-- --content DIR] [--port N] [--host H]`: edit content in the browser on this computer.
 * Writes the editor page (config generated from the schemas) under .prongsai/editor/<content folder's hash>/, starts decap-server (the local
 * proxy that reads and writes the content folder) on the loopback, and Astro's dev server, which serves the site preview,
 * the editor page at /admin/ and the Thai problem list the page shows beside the forms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { hostname, networkInterfaces } from 'node:os';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { commandOptionsOrExit } from '../src/lib/cli/command-options.ts';
import { resolveConfig } from '../src/config.ts';
import { astroConfigFor } from '../src/integrations/astro-config.ts';
import { editorServer } from '../src/integrations/editor.ts';
import { editorFolderFor, writeEditorFolder } from '../src/lib/editor/editor-folder.ts';
import { editCommandWords as words } from '../src/i18n/editor.ts';
import { editorAccessWords } from '../src/i18n/editor-access.ts';
import { accessKeyName, isLoopbackHost, loopbackHosts, normalizeOrigin } from '../src/lib/editor/request-source.ts';

const values = commandOptionsOrExit(
  {
    root: { type: 'string' },
    content: { type: 'string' },
    port: { type: 'string', default: '4321' },
    host: { type: 'string', default: 'localhost' },
    origin: { type: 'string', multiple: true, default: [] },
  },
  '--content DIR --root DIR --port 4321 --host localhost --origin https://…',
);
const config = resolveConfig({ root: values.root, contentDir: values.content });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(words.badPort(String(values.port)));
  process.exit(1);
}
// Nothing we start reports usage to anyone.
process.env.ASTRO_TELEMETRY_DISABLED = '1';
// No "npx @astrojs/upgrade" advice (and no request to the registry): the agency updates Prongsai, not Astro alone.
process.env.ASTRO_DISABLE_UPDATE_CHECK = 'true';

const basePath = '/admin/';

// The names the editor answers to; beyond this computer it also wants a key, new at every start, printed in its address.
const host = values.host;
const bareHost = host.toLowerCase().replace(/^\[|\]$/g, '');
const everyAddress = bareHost === '0.0.0.0' || bareHost === '::';
const hosts = new Set<string>(loopbackHosts);
const networkAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((entry) => entry !== undefined && !entry.internal && !(entry.family === 'IPv6' && entry.scopeid))
  .map((entry) => (entry as { address: string }).address.toLowerCase());
if (everyAddress) for (const name of [...networkAddresses, hostname().toLowerCase(), `${hostname().toLowerCase()}.local`]) hosts.add(name);
else hosts.add(bareHost);
// `--origin https://…`: the address of an HTTPS proxy in front of the editor (browsers run the editor only over https or on localhost).
const publicOrigins: string[] = [];
for (const given of values.origin) {
  const origin = normalizeOrigin(given);
  if (!origin) {
    console.error(editorAccessWords.badOrigin(given));
    process.exit(1);
  }
  publicOrigins.push(origin);
}
const beyondThisComputer = !isLoopbackHost(host) || publicOrigins.some((origin) => !isLoopbackHost(new URL(origin).hostname));
const accessKey = beyondThisComputer ? randomBytes(24).toString('base64url') : undefined;
const folder = editorFolderFor(config);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port'))));
    });
  });
}

async function waitForProxy(target: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`exit ${child.exitCode}`);
    const answer = await fetch(target, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-prongsai-file-api-key': fileApiKey },
      body: '{"action":"info"}',
    }).catch(() => undefined);
    if (answer?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  throw new Error('no answer within 30 s');
}

console.log(words.preparing);
const proxyPort = await freePort();
const proxyTarget = `http://127.0.0.1:${proxyPort}/api/v1`;
await writeEditorFolder({ root: config.root, contentDir: config.contentDir, folder, backend: { name: 'proxy', proxyUrl: `${basePath}api/v1/` }, siteUrl: '/' });

// decap-server's file API behind a key only our proxy knows (scripts/editor-file-server.ts); settings go through the
// environment, as decap-server reads them, so the key is not on the command line.
const fileApiKey = randomBytes(32).toString('base64url');
const decapServer = spawn(process.execPath, [fileURLToPath(new URL('./editor-file-server.ts', import.meta.url))], {
  cwd: config.workDir,
  env: { ...process.env, PORT: String(proxyPort), GIT_REPO_DIRECTORY: config.root, LOG_LEVEL: 'warn', PRONGSAI_FILE_API_KEY: fileApiKey },
  stdio: ['ignore', 'inherit', 'inherit'],
});
let stopping = false;
decapServer.on('exit', (code) => {
  if (stopping) return;
  console.error(words.proxyExited(code));
  process.exit(1);
});
try {
  await waitForProxy(proxyTarget, decapServer);
} catch (error) {
  console.error(words.proxyFailed(error instanceof Error ? error.message : String(error)));
  decapServer.kill();
  process.exit(1);
}

const { dev } = await import('astro');
const astroConfig = astroConfigFor(config);
const server = await dev({
  ...astroConfig,
  configFile: false,
  // Vite's own host check (the preview) answers the same names as ours, the HTTPS proxy's included.
  server: { port, host: values.host, allowedHosts: [...hosts, ...publicOrigins.map((origin) => new URL(origin).hostname)] },
  // The editor's routes go before the problem page the `prongsai` integration shows while content is invalid.
  integrations: [
    editorServer({ config, folder, basePath, proxyTarget, proxyKey: fileApiKey, hosts, publicOrigins, ...(accessKey ? { accessKey } : {}) }),
    ...(astroConfig.integrations ?? []),
  ],
});
const address = server.address;
const urlHost = (name: string) => (name.includes(':') ? `[${name}]` : name);
const origin = `http://${urlHost(everyAddress ? 'localhost' : bareHost)}:${address.port}`;
const withKey = (url: string) => (accessKey ? `${url}?${accessKeyName}=${accessKey}` : url);
if (accessKey) {
  const direct = everyAddress ? networkAddresses.map((name) => withKey(`http://${urlHost(name)}:${address.port}${basePath}`)) : [];
  const links = [...publicOrigins.map((origin) => withKey(`${origin}${basePath}`)), ...direct];
  console.log(
    editorAccessWords.networkWarning({
      host: publicOrigins.length > 0 ? publicOrigins.join(' ') : host,
      contentDir: config.contentDir,
      links,
      httpsOnly: publicOrigins.length > 0 && publicOrigins.every((origin) => origin.startsWith('https:')),
    }),
  );
}
console.log(words.ready({ editorUrl: withKey(`${origin}${basePath}`), previewUrl: withKey(`${origin}/`), contentDir: config.contentDir }));

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  decapServer.kill();
  await server.stop().catch(() => undefined);
  console.log(words.stopping);
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
