import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { ADDRESS } from '../../src/lib/address.ts';
import { loadContent } from '../../src/lib/integrity/load.ts';
import { readDossierBody } from '../../src/lib/integrity/dossier-refs.ts';
import { withoutBase } from '../../src/lib/routes.ts';
import { DIST } from './dist.ts';
import { existsIn } from './link-check.ts';

const classes = (e: Element): string[] => {
  const c = e.properties['className'];
  if (Array.isArray(c)) return c.map(String);
  return typeof c === 'string' ? String(c).split(' ') : [];
};
const elements = (node: Nodes, test: (e: Element) => boolean): Element[] => {
  const found: Element[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'element' && test(n)) found.push(n);
    if ('children' in n) for (const c of n.children) walk(c);
  };
  walk(node);
  return found;
};
const text = (n: Nodes): string => (n.type === 'text' ? n.value : 'children' in n ? n.children.map(text).join('') : '');

const dossiers = loadContent('content').entries.filter((e) => e.collection === 'dossiers' && (e.data as { statut?: string }).statut === 'publie');
const exists = existsIn(DIST);

describe('dossiers compilés', () => {
  it('les trois dossiers sont publiés et listés sur /dossiers/', () => {
    expect(dossiers.map((d) => d.id).sort()).toEqual(['article-13-garder-des-guichets', 'banques-acces-a-son-argent', 'travail-social-sous-pression']);
    const list = readFileSync(join(DIST, 'dossiers/index.html'), 'utf8');
    for (const d of dossiers) expect(list).toContain(`${ADDRESS.base}dossiers/${d.id}/`);
  });

  describe.each(dossiers)('$id', (d) => {
    const html = readFileSync(join(DIST, 'dossiers', d.id, 'index.html'), 'utf8');
    const tree: Nodes = htmlToHast(html);
    const [body] = elements(tree, (e) => classes(e).includes('dossier-body'));
    const blocks = body ? elements(body, (e) => classes(e).includes('evidence')) : [];
    const { refs } = readDossierBody(d.body);

    it('chaque composant du fichier est rendu, dans l’ordre, comme la preuve de sa collection', () => {
      expect(refs.length).toBeGreaterThanOrEqual(6);
      expect(blocks.map((b) => classes(b).find((c) => c.startsWith('evidence-')))).toEqual(refs.map((r) => `evidence-${r.collection}`));
    });

    it('chaque preuve a une ligne de source et un lien vers une page construite qui est la sienne', () => {
      blocks.forEach((block, i) => {
        const ref = refs[i]!;
        const where = `${d.path}:${ref.component} ${ref.id}`;
        const source =
          elements(block, (e) => e.tagName === 'dt' && text(e).trim() === 'Source').length > 0 ||
          elements(block, (e) => classes(e).includes('chart-source')).length > 0;
        expect(source, where).toBe(true);
        const [link] = elements(block, (e) => e.tagName === 'a' && e.properties['dataPrintHref'] !== undefined);
        const href = String(link?.properties['href']);
        expect(exists(withoutBase(href)), `${where} → ${href}`).toBe(true);
        expect(href.endsWith(`/${ref.id}/`), `${where} → ${href}`).toBe(true);
        // On paper the full address, never a relative one.
        const printed = String(link?.properties['dataPrintHref']);
        expect(printed, where).toMatch(/^https?:\/\//);
        expect(new URL(printed).pathname, where).toBe(href);
      });
    });

    it('la page est indexée comme un dossier', () => {
      expect(html).toMatch(/data-pagefind-filter="type"[^>]*>Dossier</);
    });
  });
});
