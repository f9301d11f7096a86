import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';

/**
 * Four projects (see README, "Commands"):
 * - `unit`: functions on in-memory data or fixture files (the content loader reads fixture sites where they are, and
 *   copies one only to break it); no builds, no browser.
 * - `integration`: real builds and tools (Astro, Pagefind, git) on small fixture sites.
 * - `e2e`: the example site with the search fixtures, built once (tests/e2e/global-setup.ts), in Chromium; the page
 *   sweeps (axe, browser, per-page content) visit one page per route pattern and page variant at 360 and 1280 px.
 * - `e2e-full`: the same files over every URL of the sitemap (`npm run test:full`).
 * `npm test` runs the first three; `vitest run` alone would run e2e twice.
 */
const e2e = (name: 'e2e' | 'e2e-full'): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name,
    include: ['tests/e2e/**/*.test.ts'],
    // Builds the example site once into .prongsai/<project>/dist and serves it for every e2e file.
    globalSetup: ['tests/e2e/global-setup.ts'],
    env: { TZ: 'UTC' },
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
});

export default defineConfig({
  test: {
    // Most test files wait on builds, servers and Chromium: three at a time on two cores (vitest's default there is one).
    maxWorkers: 3,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // Pure functions: one module graph per worker, not one per file (half the unit run is importing otherwise).
          isolate: false,
          // Bangkok-time logic must not depend on the machine's zone.
          env: { TZ: 'UTC' },
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          // Names the run for the fixture builds several files share (tests/helpers/shared-build.ts), built once each.
          globalSetup: ['tests/integration/global-setup.ts'],
          env: { TZ: 'UTC' },
          testTimeout: 180_000,
          hookTimeout: 600_000,
        },
      },
      e2e('e2e'),
      e2e('e2e-full'),
    ],
    // `npm run test:coverage`: unit and integration only. Builds run in child processes (scripts/build.ts), so what
    // they execute is not counted; the floors are the measured level, rounded down, and may only go up.
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      reporter: ['text-summary', 'text'],
      reportsDirectory: '.prongsai/coverage',
      reportOnFailure: true,
      // Measured on a fresh clone (81.28 / 76.82 / 79.44 / 82.66 %), rounded down.
      thresholds: {
        statements: 81,
        branches: 76,
        functions: 79,
        lines: 82,
      },
    },
  },
});
