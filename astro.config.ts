import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import type { AstroIntegration } from 'astro';
import { sitemap } from './src/integrations/sitemap.ts';
import { ADDRESS } from './src/lib/address.ts';
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

/**
 * A build for publishing must know its public address (canonical links, sitemap, feed, QR codes, embed snippets):
 * only the local preview (`npm start`, which sets PREVIEW_LOCAL=1) may use http://localhost:4321.
 */
const publicAddress = (): AstroIntegration => ({
  name: 'humain-dabord:adresse',
  hooks: {
    'astro:config:setup': ({ command, logger }) => {
      if (command !== 'build' || !ADDRESS.local || process.env['PREVIEW_LOCAL'] === '1') return;
      // A message, not a stack trace: the person reading it is publishing the site, not debugging it.
      logger.error(
        "Adresse publique manquante : indiquez l'adresse du site publié, par exemple « SITE_URL=https://exemple.org npm run build » " +
          '(et BASE_PATH=/humain-dabord/ si le site est publié dans un sous-dossier). Pour un aperçu sur cet ordinateur : « npm start ».',
      );
      process.exit(1);
    },
  },
});

export default defineConfig({
  // Public address and base path: SITE_URL and BASE_PATH, read once by src/lib/address.ts.
  site: ADDRESS.site,
  base: ADDRESS.base,
  // A second output folder lets the determinism test build twice without touching dist/.
  outDir: process.env['ASTRO_OUT_DIR'] ?? './dist',
  trailingSlash: 'always',
  // Old address → new address, for renamed entries: a published URL never disappears (tests/permalinks.txt).
  redirects,
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [publicAddress(), contentIntegrity(), mdx(), sitemap()],
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
