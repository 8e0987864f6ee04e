/**
 * The baseline: the same testimonies as plain Markdown through a minimal Astro project (one collection, one
 * `[id].astro` route, no cross-links, no lists, no charts, no MDX), indexed by Pagefind with the project's own script.
 * Its cost is what any Astro + Pagefind site pays for these pages; the ratio to it is the project's overhead.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { linkNodeModules, REPO } from './generate.ts';

const CONFIG = `import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  outDir: './dist',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  temoignages: defineCollection({
    loader: glob({ pattern: '*.md', base: './content/temoignages' }),
    schema: z.looseObject({ titre: z.string(), locuteur: z.string() }),
  }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('temoignages')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---

<!doctype html>
<html lang="fr">
  <head>
    <meta charset="utf-8" />
    <title>{entry.data.titre}</title>
  </head>
  <body>
    <main data-pagefind-body>
      <h1>{entry.data.titre}</h1>
      <blockquote><Content /></blockquote>
      <p>— {entry.data.locuteur}</p>
    </main>
  </body>
</html>
`;

/** Writes the baseline project under `dir`, with every testimony of `projectContent` (real and synthetic) as .md. */
export function writeBaseline(dir: string, projectContent: string): number {
  mkdirSync(join(dir, 'src', 'pages', 'temoignages'), { recursive: true });
  mkdirSync(join(dir, 'content', 'temoignages'), { recursive: true });
  mkdirSync(join(dir, 'scripts'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'tsconfig.json'), `${JSON.stringify({ extends: 'astro/tsconfigs/base', include: ['.astro/types.d.ts', '**/*'] }, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), COLLECTIONS);
  writeFileSync(join(dir, 'src', 'pages', 'temoignages', '[id].astro'), PAGE);
  cpSync(join(REPO, 'scripts', 'index-search.ts'), join(dir, 'scripts', 'index-search.ts'));
  // index-search.ts imports scripts/lib/dist.ts (as in generate.ts).
  cpSync(join(REPO, 'scripts', 'lib'), join(dir, 'scripts', 'lib'), { recursive: true });
  linkNodeModules(dir);
  let n = 0;
  const from = join(projectContent, 'temoignages');
  for (const name of readdirSync(from)) {
    if (!name.endsWith('.mdx')) continue;
    writeFileSync(join(dir, 'content', 'temoignages', `${name.slice(0, -4)}.md`), readFileSync(join(from, name), 'utf8'));
    n += 1;
  }
  return n;
}
