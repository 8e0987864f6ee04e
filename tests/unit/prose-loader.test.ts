import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { LoaderContext } from 'astro/loaders';
import { proseLoader } from '../../src/lib/prose-loader.ts';

interface Stored {
  id: string;
  data: Record<string, unknown>;
  body?: string;
  filePath?: string;
  digest?: string | number;
  rendered?: { html: string };
}

let root = '';
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** A content layer stand-in: an in-memory store and a renderer that records what it was asked to render. */
function contextFor(dir: string) {
  const store = new Map<string, Stored>();
  const rendered: string[] = [];
  const warnings: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${dir}/`) },
    store: {
      get: (id: string) => store.get(id),
      set: (entry: Stored) => store.set(entry.id, entry),
      keys: () => [...store.keys()],
      delete: (id: string) => store.delete(id),
    },
    parseData: ({ data }: { data: Record<string, unknown> }) => Promise.resolve({ ...data, parsed: true }),
    renderMarkdown: (body: string) => {
      rendered.push(body);
      return Promise.resolve({ html: `<p>${body.trim()}</p>` });
    },
    generateDigest: (text: string) => String(text.length) + text.slice(-8),
    logger: { warn: (message: string) => warnings.push(message) },
  } as unknown as LoaderContext;
  return { context, store, rendered, warnings };
}

const write = (name: string, text: string) => {
  writeFileSync(join(root, 'content', 'temoignages', name), text);
};

describe('proseLoader', () => {
  it('stores each .mdx with its parsed header, its body and the Markdown rendering of the body', async () => {
    root = mkdtempSync(join(tmpdir(), 'prose-'));
    mkdirSync(join(root, 'content', 'temoignages'), { recursive: true });
    write('jamila.mdx', '---\nlocuteur: "Jamila"\nthemes: [a, b]\n---\nOn m’a dit d’aller sur le site.\n');
    write('notes.txt', 'ignoré');
    const { context, store, rendered } = contextFor(root);
    await proseLoader('temoignages').load(context);
    expect([...store.keys()]).toEqual(['jamila']);
    const entry = store.get('jamila');
    expect(entry?.data).toEqual({ locuteur: 'Jamila', themes: ['a', 'b'], parsed: true });
    expect(entry?.body).toBe('On m’a dit d’aller sur le site.\n');
    expect(entry?.filePath).toBe('content/temoignages/jamila.mdx');
    expect(entry?.rendered?.html).toBe('<p>On m’a dit d’aller sur le site.</p>');
    expect(rendered).toHaveLength(1);
  });

  it('re-renders only changed files and forgets deleted ones', async () => {
    root = mkdtempSync(join(tmpdir(), 'prose-'));
    mkdirSync(join(root, 'content', 'temoignages'), { recursive: true });
    write('a.mdx', '---\nlocuteur: "A"\n---\nUn.\n');
    write('b.mdx', '---\nlocuteur: "B"\n---\nDeux.\n');
    const { context, store, rendered } = contextFor(root);
    const loader = proseLoader('temoignages');
    await loader.load(context);
    expect(rendered).toEqual(['Un.\n', 'Deux.\n']);
    rmSync(join(root, 'content', 'temoignages', 'b.mdx'));
    write('a.mdx', '---\nlocuteur: "A"\n---\nUn, corrigé.\n');
    await loader.load(context);
    expect(rendered).toEqual(['Un.\n', 'Deux.\n', 'Un, corrigé.\n']);
    expect([...store.keys()]).toEqual(['a']);
  });

  it('reads the header with the entry parser the checker uses (js-yaml, as Astro) and names the file of a header problem', async () => {
    root = mkdtempSync(join(tmpdir(), 'prose-'));
    mkdirSync(join(root, 'content', 'temoignages'), { recursive: true });
    write('date.mdx', '---\nlocuteur: "A"\nconsentementDate: 2024-03-09\n---\nUn.\n');
    const { context, store, warnings } = contextFor(root);
    await proseLoader('temoignages').load(context);
    expect(store.get('date')?.data).toEqual({ locuteur: 'A', consentementDate: new Date('2024-03-09T00:00:00Z'), parsed: true });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^content\/temoignages\/date\.mdx:3 consentementDate: date sans guillemets/);
  });

  it('never stores a file that is not UTF-8 (its accents would become « � »), and says which one', async () => {
    root = mkdtempSync(join(tmpdir(), 'prose-'));
    mkdirSync(join(root, 'content', 'temoignages'), { recursive: true });
    writeFileSync(
      join(root, 'content', 'temoignages', 'latin.mdx'),
      Buffer.from('---\nlocuteur: "A"\n---\nC\u2019était fermé.\n'.replace('\u2019', "'"), 'latin1'),
    );
    const { context, store, warnings } = contextFor(root);
    await proseLoader('temoignages').load(context);
    expect([...store.keys()]).toEqual([]);
    expect(warnings).toEqual([expect.stringContaining('content/temoignages/latin.mdx: le fichier n’est pas en UTF-8')]);
  });
});
