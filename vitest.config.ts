import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Bangkok-time logic must not depend on the machine's zone.
    env: { TZ: 'UTC' },
    testTimeout: 180_000,
    hookTimeout: 600_000,
  },
});
