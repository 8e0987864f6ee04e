import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseEntry } from './integrity/parse.ts';

const EXT = '.mdx';
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const decode = (bytes: Uint8Array): string | undefined => {
  try {
    return UTF8.decode(bytes);
  } catch {
    return undefined;
  }
};

/**
 * Loads `content/<folder>/*.mdx` whose bodies are plain prose (a verbatim quote, an explanation) and renders
 * them with Astro's Markdown pipeline while the content layer syncs, the way `.md` entries are.
 *
 * Why not the glob loader: it hands `.mdx` entries to Vite, one compiled module per entry, which is what made
 * builds cost 3.8 ms and ~0.5 MB of memory per entry (BENCHMARKS.md). These bodies use no MDX feature: nothing
 * compiles them as MDX (an « import » line is prose here), and the integrity checker refuses raw HTML, unsafe
 * links and third-party images in their rendered HTML (`src/lib/integrity/mdx-safety.ts`). Unchanged files keep their rendering between dev syncs (same digest).
 */
export function proseLoader(folder: string): Loader {
  return {
    name: 'prose-loader',
    load: async (context) => {
      const dir = fileURLToPath(new URL(`./content/${folder}/`, context.config.root));
      await syncFolder(context, folder, dir);
      context.watcher?.add(dir);
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(dir) && changed.endsWith(EXT)) void syncFolder(context, folder, dir);
      });
    },
  };
}

async function syncFolder(context: LoaderContext, folder: string, dir: string): Promise<void> {
  const { store } = context;
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => name.endsWith(EXT)).sort();
  const seen = new Set<string>();
  for (const name of names) {
    const id = name.slice(0, -EXT.length);
    const filePath = `content/${folder}/${name}`;
    const text = decode(await readFile(join(dir, name)));
    if (text === undefined) {
      // Never store a quote with its accents turned into « � »: the checker refuses the file, `astro dev` says so.
      context.logger.warn(`${filePath}: le fichier n’est pas en UTF-8 ; il n’est pas chargé (npm run check:content)`);
      continue;
    }
    const digest = context.generateDigest(text);
    seen.add(id);
    if (store.get(id)?.digest === digest) continue;
    // The checker has refused unreadable headers before the build; in `astro dev`, say which file and go on.
    const { data: frontmatter, body, problems } = parseEntry(filePath, text);
    for (const p of problems) context.logger.warn(`${filePath}:${p.line} ${p.field}: ${p.message}`);
    const data = await context.parseData({ id, data: frontmatter, filePath });
    store.set({ id, data, body, filePath, digest, rendered: await context.renderMarkdown(body) });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
