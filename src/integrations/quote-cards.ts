import { constants } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { cardListOfThisBuild, openCardList } from '../lib/quote-card/this-build.ts';

/**
 * The testimonies' quote cards (/partage/<id>-<size>.png). `astro build`: the pages start drawing them when the site
 * is loaded (src/lib/site.ts → startCards), worker threads draw them beside the page rendering, and this hook writes
 * them into the output folder once every page is done (a copy of the cached PNG: a copy-on-write clone where the file
 * system can).
 * At 10 000 testimonies, 20 000 cards sent through an Astro route cost ~35 s of the main thread even from the cache,
 * and the drawing only started when Astro reached that route. `astro dev`: a route draws each card when asked.
 */
export const quoteCards = (): AstroIntegration => ({
  name: 'humain-dabord:cartes-de-citation',
  hooks: {
    'astro:config:setup': ({ command, injectRoute }) => {
      if (command === 'dev') injectRoute({ pattern: '/partage/[card].png', entrypoint: './src/lib/quote-card/dev-route.ts', prerender: true });
    },
    'astro:build:start': () => {
      openCardList();
    },
    'astro:build:done': async ({ dir, logger }) => {
      const out = fileURLToPath(dir);
      const cards = [...(cardListOfThisBuild() ?? [])];
      const folders = new Set(cards.map(([path]) => dirname(join(out, path))));
      for (const folder of folders) await mkdir(folder, { recursive: true });
      let drawn = 0;
      for (const [path, drawing] of cards) {
        const { file, drawn: isNew } = await drawing;
        if (isNew) drawn += 1;
        await copyFile(file, join(out, path), constants.COPYFILE_FICLONE);
      }
      logger.info(`${cards.length} cartes de citation écrites (${drawn} dessinées, ${cards.length - drawn} du cache)`);
    },
  },
});
