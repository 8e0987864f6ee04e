import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { publicAddress } from './src/integrations/public-address.ts';
import { quoteCards } from './src/integrations/quote-cards.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { ADDRESS } from './src/lib/address.ts';

export default defineConfig({
  // Public address and base path: SITE_URL and BASE_PATH, read once by src/lib/address.ts.
  site: ADDRESS.site,
  base: ADDRESS.base,
  // A second output folder lets the determinism test build twice without touching dist/.
  outDir: process.env['ASTRO_OUT_DIR'] ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [publicAddress(), contentIntegrity(), mdx(), sitemap(), quoteCards()],
  // Never inline a page script into the HTML: the CSP allows no inline script (small ones, like « Écouter », would be).
  vite: { build: { assetsInlineLimit: 0 } },
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
