import { chromium, type Browser } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Where Debian and Ubuntu put Chromium; CHROMIUM_PATH, when set, is tried first. */
export function chromiumCandidates(environment: NodeJS.ProcessEnv = process.env): string[] {
  return [environment.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((candidate): candidate is string => Boolean(candidate));
}

/** What ensureChromium needs from the machine; tests hand in their own. */
export interface ChromiumMachine {
  candidates: string[];
  exists(file: string): boolean;
  /** Running as root, so apt-get may install packages */
  isRoot: boolean;
  /** apt-get is on this machine (Debian, Ubuntu) */
  hasAptGet: boolean;
  /** Runs `apt-get update` and `apt-get install -y chromium`; says whether both succeeded, and what they printed */
  installChromium(): { ok: boolean; output: string };
  log(line: string): void;
}

const howToInstall = [
  'ติดตั้งด้วยคำสั่ง: sudo apt-get update && sudo apt-get install -y chromium (Debian/Ubuntu)',
  'หรือกำหนดตำแหน่งของ Chromium ที่มีอยู่แล้วด้วยตัวแปร CHROMIUM_PATH แล้วรันการทดสอบอีกครั้ง',
  'Install it with: sudo apt-get update && sudo apt-get install -y chromium (Debian/Ubuntu),',
  'or set CHROMIUM_PATH to a Chromium you already have, then run the tests again.',
].join('\n');

/** The error the e2e tests fail with when there is no Chromium: never a skip. */
export class ChromiumMissingError extends Error {
  constructor(detail: string) {
    super(`ไม่พบเบราว์เซอร์ Chromium ที่การทดสอบ end-to-end ต้องใช้ (Chromium, which the end-to-end tests drive, was not found)\n${detail}\n${howToInstall}`);
    this.name = 'ChromiumMissingError';
  }
}

/**
 * The Chromium to drive. Where none is found, installs Debian's `chromium` package when this process may (root, with
 * apt-get); otherwise, or when that fails, throws ChromiumMissingError saying how to install it, in Thai and English.
 */
export function ensureChromium(machine: ChromiumMachine = thisMachine()): string {
  const find = () => machine.candidates.find((candidate) => machine.exists(candidate));
  const found = find();
  if (found) return found;
  const looked = `ตำแหน่งที่ค้นหา (looked in): ${machine.candidates.join(', ')}`;
  if (!machine.isRoot || !machine.hasAptGet) {
    const why = !machine.hasAptGet
      ? 'เครื่องนี้ไม่มี apt-get (no apt-get on this machine)'
      : 'ติดตั้งเองไม่ได้เพราะไม่ได้รันในสิทธิ์ root (not running as root, so it cannot be installed here)';
    throw new ChromiumMissingError(`${looked}\n${why}`);
  }
  machine.log("กำลังติดตั้ง Chromium ของ Debian ด้วย apt-get (installing Debian's chromium with apt-get) …");
  const install = machine.installChromium();
  const installed = install.ok ? find() : undefined;
  if (!installed) {
    const tail = install.output.trim().split('\n').slice(-15).join('\n');
    throw new ChromiumMissingError(`${looked}\napt-get install chromium ไม่สำเร็จ (apt-get install chromium did not succeed):\n${tail}`);
  }
  machine.log(`ติดตั้ง Chromium แล้ว (Chromium installed): ${installed}`);
  return installed;
}

function thisMachine(): ChromiumMachine {
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args: string[]) => spawnSync('apt-get', args, { env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return {
    candidates: chromiumCandidates(),
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
    hasAptGet: ['/usr/bin/apt-get', '/bin/apt-get'].some((file) => existsSync(file)),
    installChromium() {
      let output = '';
      for (const args of [
        ['update', '-qq'],
        ['install', '-y', '-qq', 'chromium'],
      ]) {
        const step = run(args);
        output += `$ apt-get ${args.join(' ')}\n${step.stdout ?? ''}${step.stderr ?? ''}${step.error ? `${step.error.message}\n` : ''}`;
        if (step.status !== 0) return { ok: false, output };
      }
      return { ok: true, output };
    },
    log: (line) => console.log(line),
  };
}

/** The Chromium found on this machine (the e2e global setup has made sure there is one), or ChromiumMissingError. */
export function chromiumPath(): string {
  const candidates = chromiumCandidates();
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new ChromiumMissingError(`ตำแหน่งที่ค้นหา (looked in): ${candidates.join(', ')}`);
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
