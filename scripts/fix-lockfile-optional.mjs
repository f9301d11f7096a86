// This workplace's npm registry mirror lacks other platforms' optional binaries (e.g. @pagefind/darwin-arm64@1.6.0),
// so `npm install` leaves them out of package-lock.json and `npm ci` then refuses the lock. This adds the missing
// optional entries with their os/cpu, which every platform but theirs skips. Run after `npm install`.
import { readFileSync, writeFileSync } from 'node:fs';

const lockPath = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));

function platformOf(name) {
  const os = /darwin/.test(name)
    ? 'darwin'
    : /win32|windows/.test(name)
      ? 'win32'
      : /freebsd/.test(name)
        ? 'freebsd'
        : /android/.test(name)
          ? 'android'
          : /linux/.test(name)
            ? 'linux'
            : undefined;
  const cpu = /wasm32/.test(name)
    ? 'wasm32'
    : /arm64|aarch64/.test(name)
      ? 'arm64'
      : /x64|x86_64/.test(name)
        ? 'x64'
        : /ia32/.test(name)
          ? 'ia32'
          : /arm/.test(name)
            ? 'arm'
            : undefined;
  const libc = /musl/.test(name) ? 'musl' : /gnu/.test(name) ? 'glibc' : undefined;
  return { os, cpu, libc };
}

let added = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const base = location ? `${location}/node_modules/` : 'node_modules/';
    if (lock.packages[`${base}${name}`] || lock.packages[`node_modules/${name}`]) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os && !cpu) continue;
    lock.packages[`node_modules/${name}`] = {
      version,
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc: [libc] } : {}),
      license: entry.license ?? 'MIT',
      optional: true,
      ...(os ? { os: [os] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} optional platform entries to package-lock.json`);
