/**
 * `npm run dev` / `npm run preview`: Astro's own command with its usage telemetry and update check off — a government
 * site's tools send nothing anywhere, and staff are never told to upgrade Astro alone — and nothing else changed.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Astro's package exports do not include its command-line entry; it sits at a fixed place in the package.
const astroCli = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
const child = spawn(process.execPath, [astroCli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_DISABLE_UPDATE_CHECK: 'true' },
});
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
