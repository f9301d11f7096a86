/**
 * ensureChromium decides, on a machine described by the test, whether the browser tests can run: use the headless
 * shell found, install Debian's package when allowed to, fall back to a full Chromium, or fail in Thai and English
 * saying how to install it.
 */
import { describe, it, expect } from 'vitest';
import { ChromiumMissingError, chromiumCandidates, ensureChromium, headlessShellPath, type ChromiumMachine } from '../../scripts/lib/browser.ts';

function machine(overrides: Partial<ChromiumMachine> & { present?: string[]; installs?: string }): ChromiumMachine & { installs: number; lines: string[] } {
  const present = new Set(overrides.present ?? []);
  const state = { installs: 0, lines: [] as string[] };
  return {
    candidates: [headlessShellPath, '/usr/bin/chromium', '/usr/bin/chromium-browser'],
    pathGiven: false,
    exists: (file) => present.has(file),
    isRoot: false,
    hasAptGet: true,
    installChromium() {
      state.installs += 1;
      if (overrides.installs) {
        present.add(overrides.installs);
        return { ok: true, output: 'Setting up chromium-headless-shell' };
      }
      return { ok: false, output: 'E: Unable to locate package chromium-headless-shell' };
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
  it('tries CHROMIUM_PATH first, then the headless shell, then the Debian and Ubuntu browsers', () => {
    expect(chromiumCandidates({ CHROMIUM_PATH: '/opt/chromium/chrome' })).toEqual([
      '/opt/chromium/chrome',
      '/usr/bin/chromium-headless-shell',
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
    ]);
    expect(chromiumCandidates({})).toEqual(['/usr/bin/chromium-headless-shell', '/usr/bin/chromium', '/usr/bin/chromium-browser']);
  });
});

describe('ensureChromium', () => {
  it('uses the headless shell when present and installs nothing', () => {
    const found = machine({ present: ['/usr/bin/chromium', headlessShellPath], isRoot: true, installs: headlessShellPath });
    expect(ensureChromium(found)).toBe(headlessShellPath);
    expect(found.installs).toBe(0);
  });

  it('uses what CHROMIUM_PATH names and installs nothing, even as root', () => {
    const given = machine({
      candidates: ['/opt/chrome', headlessShellPath],
      pathGiven: true,
      present: ['/opt/chrome'],
      isRoot: true,
      installs: headlessShellPath,
    });
    expect(ensureChromium(given)).toBe('/opt/chrome');
    expect(given.installs).toBe(0);
  });

  it('installs Debian’s headless shell as root with apt-get, and uses it', () => {
    const bare = machine({ isRoot: true, installs: headlessShellPath });
    expect(ensureChromium(bare)).toBe(headlessShellPath);
    expect(bare.installs).toBe(1);
    expect(bare.lines.join('\n')).toContain('apt-get');
  });

  it('installs the headless shell beside a full Chromium when it may, and uses the shell', () => {
    const desktop = machine({ present: ['/usr/bin/chromium'], isRoot: true, installs: headlessShellPath });
    expect(ensureChromium(desktop)).toBe(headlessShellPath);
    expect(desktop.installs).toBe(1);
  });

  it('uses a full Chromium when it may not install (not root), or when the install fails, saying why', () => {
    const user = machine({ present: ['/usr/bin/chromium-browser'], isRoot: false, installs: headlessShellPath });
    expect(ensureChromium(user)).toBe('/usr/bin/chromium-browser');
    expect(user.installs).toBe(0);
    const offline = machine({ present: ['/usr/bin/chromium'], isRoot: true });
    expect(ensureChromium(offline)).toBe('/usr/bin/chromium');
    expect(offline.installs).toBe(1);
    expect(offline.lines.join('\n')).toMatch(/using \/usr\/bin\/chromium, slower[\s\S]*Unable to locate package chromium-headless-shell/);
  });

  it('fails, in Thai and English with the install command, when it may not install (not root)', () => {
    const user = machine({ isRoot: false, installs: headlessShellPath });
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
    expect(message).toContain('sudo apt-get install -y chromium-headless-shell');
    expect(message).toContain('CHROMIUM_PATH');
    expect(message).toContain('not running as root');
    expect(message).not.toMatch(/skip/i);
  });

  it('fails without apt-get, saying so', () => {
    expect(() => ensureChromium(machine({ isRoot: true, hasAptGet: false }))).toThrow(
      /no apt-get on this machine[\s\S]*sudo apt-get install -y chromium-headless-shell/,
    );
  });

  it('fails with apt-get’s own words when the install does not succeed', () => {
    const failing = machine({ isRoot: true });
    expect(() => ensureChromium(failing)).toThrow(/did not succeed\):\nE: Unable to locate package chromium-headless-shell/);
    expect(failing.installs).toBe(1);
  });
});
