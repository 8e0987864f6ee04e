import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkAndPrint } from '../lib/integrity/report.ts';

/**
 * Checks content/ before `astro build` loads it, and stops the build on any problem after printing the same French
 * list as `npm run check:content` (file:line, field, message, then how to fix). It runs at `astro:config:setup`,
 * before the content layer: later, a schema or YAML error would reach the editor as Astro's English stack trace,
 * and a dangling reference would only be logged. It exits rather than throws, so that no stack trace follows the list.
 */
export const contentIntegrity = (): AstroIntegration => ({
  name: 'humain-dabord:integrite',
  hooks: {
    'astro:config:setup': ({ command, config }) => {
      if (command !== 'build') return; // `astro dev` warns per file (src/lib/prose-loader.ts); `npm run check:content -- --watch` lists
      const root = fileURLToPath(config.root);
      if (checkAndPrint(fileURLToPath(new URL('./content/', config.root)), root) > 0) process.exit(1);
    },
  },
});
