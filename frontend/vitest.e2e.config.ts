import { defineConfig } from 'vitest/config';

// End-to-end specs: a real backend (E2E_BASE_URL) and Debian's Chromium, one file at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['e2e/**/*.spec.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
    sequence: { concurrent: false },
    pool: 'forks',
    poolOptions: { forks: { singleFork: true } },
  },
});
