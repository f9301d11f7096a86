import { chromium, type Browser } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumWords as words } from '../../src/i18n/terminal.ts';

/** Debian's `chromium-headless-shell`: the same Blink as `chromium` without the desktop browser around it, about a third less CPU per page in the browser tests. */
export const headlessShellPath = '/usr/bin/chromium-headless-shell';

/** Where Debian and Ubuntu put Chromium, the headless shell first; CHROMIUM_PATH, when set, is tried before them. */
export function chromiumCandidates(environment: NodeJS.ProcessEnv = process.env): string[] {
  return [environment.CHROMIUM_PATH, headlessShellPath, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((candidate): candidate is string =>
    Boolean(candidate),
  );
}

/** What ensureChromium needs from the machine; tests hand in their own. */
export interface ChromiumMachine {
  candidates: string[];
  /** CHROMIUM_PATH is set: use what it names, install nothing */
  pathGiven: boolean;
  exists(file: string): boolean;
  /** Running as root, so apt-get may install packages */
  isRoot: boolean;
  /** apt-get is on this machine (Debian, Ubuntu) */
  hasAptGet: boolean;
  /** Runs `apt-get install -y chromium-headless-shell` (after `apt-get update` if the package is not found); says whether it succeeded, and what apt-get printed */
  installChromium(): { ok: boolean; output: string };
  log(line: string): void;
}

/** The error the e2e tests fail with when there is no Chromium: never a skip. */
export class ChromiumMissingError extends Error {
  constructor(detail: string) {
    super(`${words.missing}\n${detail}\n${words.howToInstall}`);
    this.name = 'ChromiumMissingError';
  }
}

/**
 * The Chromium to drive: what CHROMIUM_PATH names, else Debian's headless shell. Without the shell, installs it when
 * this process may (root, with apt-get); when it may not, or the install fails, uses the full `chromium` if there is
 * one, and otherwise throws ChromiumMissingError saying how to install it, in Thai and English.
 */
export function ensureChromium(machine: ChromiumMachine = thisMachine()): string {
  const find = () => machine.candidates.find((candidate) => machine.exists(candidate));
  const found = find();
  if (found && (machine.pathGiven || found === headlessShellPath)) return found;
  const looked = words.lookedIn(machine.candidates);
  if (!machine.isRoot || !machine.hasAptGet) {
    if (found) return found;
    const why = !machine.hasAptGet ? words.noAptGet : words.notRoot;
    throw new ChromiumMissingError(`${looked}\n${why}`);
  }
  machine.log(words.installing);
  const install = machine.installChromium();
  const installed = install.ok ? find() : undefined;
  if (installed) {
    machine.log(words.installed(installed));
    return installed;
  }
  const tail = install.output.trim().split('\n').slice(-15).join('\n');
  if (found) {
    machine.log(words.fallingBack(found, tail));
    return found;
  }
  throw new ChromiumMissingError(`${looked}\n${words.installFailed(tail)}`);
}

function thisMachine(): ChromiumMachine {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return {
    candidates: chromiumCandidates(),
    pathGiven: Boolean(process.env.CHROMIUM_PATH),
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    hasAptGet: ['/usr/bin/apt-get', '/bin/apt-get'].some((file) => existsSync(file)),
    installChromium() {
      let output = '';
      const step = (args: string[]) => {
        const result = run(args);
        output += `$ apt-get ${args.join(' ')}\n${result.stdout ?? ''}${result.stderr ?? ''}${result.error ? `${result.error.message}\n` : ''}`;
        return result.status === 0;
      };
      const install = ['install', '-y', '-qq', 'chromium-headless-shell'];
      // Fresh package lists need no update (and no network for it); stale or empty ones do.
      return { ok: step(install) || (step(['update', '-qq']) && step(install)), output };
    },
    log: (line) => console.log(line),
  };
}

/** The Chromium found on this machine (the e2e global setup has made sure there is one), or ChromiumMissingError. */
export function chromiumPath(): string {
  const candidates = chromiumCandidates();
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new ChromiumMissingError(words.lookedIn(candidates));
  return found;
}

/** Debian's Chromium; the flags keep it from reaching for the network it does not have here. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}
