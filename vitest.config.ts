import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        // Checks on the built site (dist/), other builds and web server configurations, without a browser: run after
        // `npm run build`.
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/deploy/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // The built site in Debian's Chromium, served once for all files: run after `npm run build`.
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/a11y.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
      {
        // axe and reflow on every built page (the longest browser test), in its own project so that npm test can run
        // it beside the other browser tests.
        test: {
          name: 'a11y',
          include: ['tests/e2e/a11y.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
