import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { sitemap } from './src/integrations/sitemap.ts';
import { checkContentDir, formatProblem, summary } from './src/lib/integrity/index.ts';
import redirects from './src/redirects.json' with { type: 'json' };

/** Fails `astro build` when content/ has any problem (Astro itself only logs a dangling reference). */
const contentIntegrity = (): AstroIntegration => ({
  name: 'humain-dabord:integrite',
  hooks: {
    'astro:build:start': () => {
      const problems = checkContentDir(new URL('./content/', import.meta.url).pathname);
      if (problems.length === 0) return;
      // Every problem in the error itself, so that it is shown even with `astro build --silent`.
      throw new Error(`${problems.map(formatProblem).join('\n')}\n${summary(problems, 0)} Lancez « npm run check:content » pour la liste.`);
    },
  },
});

export default defineConfig({
  // Canonical origin of the published site; set SITE_URL when deploying.
  site: process.env['SITE_URL'] ?? 'http://localhost:4321',
  // A second output folder lets the determinism test build twice without touching dist/.
  outDir: process.env['ASTRO_OUT_DIR'] ?? './dist',
  trailingSlash: 'always',
  // Old address → new address, for renamed entries: a published URL never disappears (tests/permalinks.txt).
  redirects,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [contentIntegrity(), mdx(), sitemap()],
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
