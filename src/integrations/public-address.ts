import type { AstroIntegration } from 'astro';
import { ADDRESS } from '../lib/address.ts';

/**
 * A build for publishing must know its public address (canonical links, sitemap, feed, QR codes, embed snippets):
 * only the local preview (`npm start`, which sets PREVIEW_LOCAL=1) may use http://localhost:4321.
 */
export const publicAddress = (): AstroIntegration => ({
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
