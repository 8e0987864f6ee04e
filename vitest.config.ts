import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Test files at once (vitest's default is one less than the cores: one file at a time on these 2-core machines).
    // The browser files mostly wait (page loads, Pagefind, PDF printing): three at a time use the two cores while
    // each waits. The site files build sites and stay one at a time (fileParallelism: false).
    maxWorkers: 3,
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
        // The built site in Debian's Chromium (one per file), served once for all files: run after `npm run build`.
        test: {
          name: 'browser',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: ['tests/e2e/a11y.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
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
