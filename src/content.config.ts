import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { proseLoader } from './lib/prose-loader.ts';
import { aideSchema } from './schemas/aide.ts';
import { articleSchema } from './schemas/article.ts';
import { chiffreSchema } from './schemas/chiffre.ts';
import { facileSchema } from './schemas/facile.ts';
import { dossierSchema } from './schemas/dossier.ts';
import { editionSchema } from './schemas/edition.ts';
import { evenementSchema } from './schemas/evenement.ts';
import { propositionSchema } from './schemas/proposition.ts';
import { serieSchema } from './schemas/serie.ts';
import { sourceSchema } from './schemas/source.ts';
import { temoignageSchema } from './schemas/temoignage.ts';
import { themeSchema } from './schemas/theme.ts';

// References between entries are plain ids: src/lib/integrity/ checks that they resolve and fails the build.
const yaml = (folder: string) => glob({ pattern: '*.yaml', base: `./content/${folder}` });

export const collections = {
  themes: defineCollection({ loader: yaml('themes'), schema: themeSchema }),
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema }),
  series: defineCollection({ loader: yaml('series'), schema: serieSchema }),
  editions: defineCollection({ loader: yaml('editions'), schema: editionSchema }),
  temoignages: defineCollection({ loader: proseLoader('temoignages'), schema: temoignageSchema }),
  chiffres: defineCollection({ loader: proseLoader('chiffres'), schema: chiffreSchema }),
  articles: defineCollection({ loader: proseLoader('articles'), schema: articleSchema }),
  propositions: defineCollection({ loader: proseLoader('propositions'), schema: propositionSchema }),
  evenements: defineCollection({ loader: yaml('evenements'), schema: evenementSchema }),
  // Dossiers are real MDX (prose + evidence components): the glob loader hands them to @astrojs/mdx.
  dossiers: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content/dossiers' }), schema: dossierSchema }),
  aide: defineCollection({ loader: yaml('aide'), schema: aideSchema }),
  facile: defineCollection({ loader: proseLoader('facile'), schema: facileSchema }),
};
