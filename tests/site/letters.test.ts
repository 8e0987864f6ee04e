import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/integrity/load.ts';
import { DIST } from './dist.ts';
import { existsIn } from './link-check.ts';

const { entries } = loadContent('content');
const themes = entries.filter((e) => e.collection === 'themes').map((e) => e.id);
// The articles the campaign criticises: those with the campaign's `critique` (content/articles/).
const criticised = entries.filter((e) => e.collection === 'articles' && typeof (e.data as { critique?: unknown }).critique === 'string').map((e) => e.id);
const letterDir = (about: string) => join(DIST, 'lettres', about);
const lettersOf = (about: string) => (existsSync(letterDir(about)) ? readdirSync(letterDir(about)).sort() : []);
const permalinks = (html: string) => [...html.matchAll(/data-permalink="([^"]+)"/g)].map((m) => m[1] ?? '');

describe('lettres aux élus (dist/lettres/)', () => {
  it('une lettre par thème et une par article critiqué de l’ordonnance', () => {
    expect(lettersOf('theme')).toEqual([...themes].sort());
    expect(criticised.length).toBeGreaterThan(0);
    expect(lettersOf('article')).toEqual([...criticised].sort());
  });

  it('chaque lettre cite 3 à 5 éléments, chacun par son adresse permanente complète, qui mène à une page construite', () => {
    const exists = existsIn(DIST);
    const problems: string[] = [];
    for (const about of ['theme', 'article']) {
      for (const id of lettersOf(about)) {
        const html = readFileSync(join(letterDir(about), id, 'index.html'), 'utf8');
        // The build's own address (origin + base), as the page states it in its canonical link.
        const site = new URL(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1] ?? 'http://absent/');
        const base = site.pathname.replace(/lettres\/.*$/, '');
        const cited = permalinks(html);
        if (cited.length < 3 || cited.length > 5) problems.push(`${about}/${id} : ${cited.length} éléments cités`);
        for (const url of cited) {
          const u = new URL(url);
          if (u.origin !== site.origin || !u.pathname.startsWith(base)) problems.push(`${about}/${id} : ${url} n’est pas une adresse du site`);
          else if (!exists(`/${u.pathname.slice(base.length)}`)) problems.push(`${about}/${id} : ${url} ne mène à aucune page`);
        }
        // Generic forms of address only, and the copy holds the same letter.
        if (!html.includes('Madame la Députée, Monsieur le Député,')) problems.push(`${about}/${id} : formule d’appel`);
        if (!/data-copy="[^"]*Madame la Députée/.test(html)) problems.push(`${about}/${id} : texte à copier`);
      }
    }
    expect(problems).toEqual([]);
  });
});
