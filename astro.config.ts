import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import redirects from './src/redirects.json' with { type: 'json' };

export default defineConfig({
  // Canonical origin of the published site; set SITE_URL when deploying.
  site: process.env['SITE_URL'] ?? 'http://localhost:4321',
  // A second output folder lets the determinism test build twice without touching dist/.
  outDir: process.env['ASTRO_OUT_DIR'] ?? './dist',
  trailingSlash: 'always',
  // Old address → new address, for renamed entries: a published URL never disappears (tests/permalinks.txt).
  redirects,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentIntegrity(), mdx()],
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
