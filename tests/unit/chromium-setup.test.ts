/**
 * ensureChromium decides, on a machine described by the test, whether the browser tests can run: use the Chromium
 * found, install Debian's package when allowed to, or fail in Thai and English saying how to install it.
 */
import { describe, it, expect } from 'vitest';
import { ChromiumMissingError, chromiumCandidates, ensureChromium, type ChromiumMachine } from '../../scripts/lib/browser.ts';

function machine(overrides: Partial<ChromiumMachine> & { present?: string[]; installs?: string }): ChromiumMachine & { installs: number; lines: string[] } {
  const present = new Set(overrides.present ?? []);
  const state = { installs: 0, lines: [] as string[] };
  return {
    candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
    exists: (file) => present.has(file),
    isRoot: false,
    hasAptGet: true,
    installChromium() {
      state.installs += 1;
      if (overrides.installs) {
        present.add(overrides.installs);
        return { ok: true, output: 'Setting up chromium' };
      }
      return { ok: false, output: 'E: Unable to locate package chromium' };
    },
    log: (line) => state.lines.push(line),
    ...overrides,
    get installs() {
      return state.installs;
    },
    get lines() {
      return state.lines;
    },
  };
}

describe('chromiumCandidates', () => {
  it('tries CHROMIUM_PATH first, then the Debian and Ubuntu paths', () => {
    expect(chromiumCandidates({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toEqual(['/opt/chromium/chrome', '/usr/bin/chromium', '/usr/bin/chromium-browser']);
    expect(chromiumCandidates({})).toEqual(['/usr/bin/chromium', '/usr/bin/chromium-browser']);
  });
});

describe('ensureChromium', () => {
  it('uses the first Chromium present and installs nothing', () => {
    const found = machine({ present: ['/usr/bin/chromium-browser'], isRoot: true });
    expect(ensureChromium(found)).toBe('/usr/bin/chromium-browser');
    expect(found.installs).toBe(0);
  });

  it('installs Debian’s chromium as root with apt-get, and uses it', () => {
    const bare = machine({ isRoot: true, installs: '/usr/bin/chromium' });
    expect(ensureChromium(bare)).toBe('/usr/bin/chromium');
    expect(bare.installs).toBe(1);
    expect(bare.lines.join('\n')).toContain('apt-get');
  });

  it('fails, in Thai and English with the install command, when it may not install (not root)', () => {
    const user = machine({ isRoot: false, installs: '/usr/bin/chromium' });
    expect(() => ensureChromium(user)).toThrow(ChromiumMissingError);
    expect(user.installs).toBe(0);
    const message = (() => {
      try {
        ensureChromium(user);
      } catch (error) {
        return (error as Error).message;
      }
      return '';
    })();
    expect(message).toContain('ไม่พบเบราว์เซอร์ Chromium');
    expect(message).toContain('was not found');
    expect(message).toContain('sudo apt-get install -y chromium');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).toContain('not running as root');
    expect(message).not.toMatch(/skip/i);
  });

  it('fails without apt-get, saying so', () => {
    expect(() => ensureChromium(machine({ isRoot: true, hasAptGet: false }))).toThrow(/no apt-get on this machine[\s\S]*sudo apt-get install -y chromium/);
  });

  it('fails with apt-get’s own words when the install does not succeed', () => {
    const failing = machine({ isRoot: true });
    expect(() => ensureChromium(failing)).toThrow(/did not succeed\):\nE: Unable to locate package chromium/);
    expect(failing.installs).toBe(1);
  });
});
