import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/integrity/check.ts';
import { loadContent, rawEntry } from '../../src/lib/integrity/load.ts';
import { checkEasyRead } from '../../src/lib/integrity/readability.ts';
import { PICTOGRAM_NAMES } from '../../src/lib/pictograms-facile.ts';
import { bodySentences, easyReadBlocks, kandelMoles, scores, sentences, syllables, words } from '../../src/lib/readability.ts';
import { EASY_READ_PAGES } from '../../src/schemas/facile.ts';
import { PAGES } from '../../src/lib/routes.ts';
import { RIGHTS } from '../../src/lib/views/rights.ts';
import { facileView } from '../../src/lib/views/facile.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('syllabes françaises', () => {
  it.each([
    ['bonjour', 2],
    ['guichet', 2],
    ['téléphone', 3],
    ['aide', 1],
    ['numérique', 3],
    ['administration', 5],
    ['écrire', 2],
    ['Bruxelles', 2],
    ['Bruxelles-Capitale', 5],
    ["aujourd'hui", 3],
    ['une', 1],
    ['le', 1],
    ['journée', 2],
    ['réel', 2],
    ['langue', 1],
    ['courrier', 2],
    ['CPAS', 4],
    ['13', 2],
  ])('« %s » a %i syllabe(s)', (word, n) => {
    expect(syllables(word)).toBe(n);
  });
});

describe('phrases, mots et score de Kandel et Moles', () => {
  it('coupe les phrases après . ! ? et à la fin du paragraphe', () => {
    expect(sentences('Vous pouvez venir. Vous pouvez appeler ! Et après ? Rien')).toEqual([
      'Vous pouvez venir.',
      'Vous pouvez appeler !',
      'Et après ?',
      'Rien',
    ]);
    expect(words("L'aide est gratuite : venez.")).toEqual(["L'aide", 'est', 'gratuite', 'venez.']);
  });
  it('applique 207 − 1,015 × mots/phrase − 73,6 × syllabes/mot', () => {
    expect(kandelMoles(10, 1.5)).toBeCloseTo(207 - 10.15 - 110.4, 6);
    const s = scores(['Le chat dort.', 'Il fait beau ici.']);
    expect(s).toMatchObject({ sentences: 2, words: 7, maxWords: 4 });
    expect(s.score).toBeCloseTo(kandelMoles(3.5, 8 / 7), 6); // « ici » has 2 syllables
  });
  it('lit les idées, leurs pictogrammes et les titres', () => {
    const blocks = easyReadBlocks('[guichet] Allez au guichet.\nC’est simple.\n\n## Un titre\n\nSans dessin.');
    expect(blocks).toEqual([
      { kind: 'idea', picto: 'guichet', text: 'Allez au guichet. C’est simple.', line: 0 },
      { kind: 'heading', text: 'Un titre', line: 3 },
      { kind: 'idea', text: 'Sans dessin.', line: 5 },
    ]);
    expect(bodySentences('[oui] A. B.\n\n## C')).toEqual(['A.', 'B.', 'C']);
  });
});

describe('règles du facile à lire', () => {
  const check = (body: string) =>
    checkEasyRead(rawEntry('facile', 'x', 'content/facile/x.mdx', `---\ntitre: "x"\n---\n${body}`)).map((p) => `${p.line} ${p.code}`);
  const ok = '[oui] Là, on vous aide et on vous dit quoi faire.\n\n';
  it('accepte un texte simple', () => {
    expect(check(`${ok}[guichet] Allez au guichet.`)).toEqual([]);
  });
  it.each([
    ['[attention] Lisez la page 12, etc. et revenez.', 'easy.abbreviation'],
    ['[loi] Voyez M. le maire.', 'easy.abbreviation'],
    ['[loi] Voyez le n° 3.', 'easy.abbreviation'],
    ['[groupe] Les élu.e.s votent.', 'easy.dot'],
    ['[groupe] Allez au EPN.', 'easy.abbreviation'],
    ['[groupe] Il y a [ceci] ici.', 'easy.parens'],
  ])('refuse « %s » (%s), à la bonne ligne', (line, code) => {
    expect(check(`${ok}${line}`)).toContain(`6 ${code}`);
  });
  it('laisse passer CPAS, seul sigle permis, et « constitutionnelle »', () => {
    expect(check(`${ok}[loi] Le CPAS aide. La Cour constitutionnelle juge.`)).toEqual([]);
  });
  it('connaît chaque pictogramme par son nom', () => {
    expect(PICTOGRAM_NAMES.length).toBeGreaterThanOrEqual(20);
    expect(check(`${ok}[inconnu] Allez au guichet.`)).toEqual(['6 easy.picto']);
  });
});

describe('les vrais textes faciles à lire', () => {
  const { entries } = loadContent(join(ROOT, 'content'), ROOT);
  const facile = entries.filter((e) => e.collection === 'facile');
  it('21 textes : accueil, aide, vos droits, ordonnance, article 13 et les 16 thèmes', () => {
    const targets = facile.map((e) => (e.data as { simplifie: string }).simplifie).sort();
    const themes = entries.filter((e) => e.collection === 'themes').map((e) => `themes/${e.id}`);
    expect(themes).toHaveLength(16);
    expect(targets).toEqual([...themes, 'articles/article-13', ...EASY_READ_PAGES.map((p) => `page/${p}`)].sort());
  });
  it('tous acceptés par le contrôle, score de 70 au moins', { timeout: 60_000 }, () => {
    const problems = checkContent(entries).filter((p) => p.path.startsWith('content/facile/'));
    expect(problems).toEqual([]);
    for (const e of facile) expect(scores(bodySentences(e.body)).score, e.id).toBeGreaterThanOrEqual(70);
  });
  it('les pages simplifiables sont des pages du site', () => {
    for (const p of EASY_READ_PAGES) expect(Object.keys(PAGES)).toContain(p);
  });
});

describe('« Vos droits » : chaque point a sa source', () => {
  const { entries } = loadContent(join(ROOT, 'content'), ROOT);
  const ids = (c: string) => new Set(entries.filter((e) => e.collection === c).map((e) => e.id));
  const context = ['ordonnance-bruxelles-numerique.md', 'aide-bruxelles.md'].map((f) => readFileSync(join(ROOT, '../shared/context', f), 'utf8')).join('\n');
  const urlOf = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, (e.data as { url?: string }).url]));
  it('chaque point cite au moins une source, un article ou un service existant', () => {
    for (const s of RIGHTS)
      for (const p of s.points) {
        expect(p.sources.length + (p.aide?.length ?? 0), p.text).toBeGreaterThan(0);
        for (const id of p.sources) expect(ids('sources').has(id), id).toBe(true);
        for (const id of p.articles ?? []) expect(ids('articles').has(id), id).toBe(true);
        for (const id of p.aide ?? []) expect(ids('aide').has(id), id).toBe(true);
      }
  });
  it('chaque adresse citée figure dans les fichiers de contexte', () => {
    for (const s of RIGHTS)
      for (const p of s.points)
        for (const id of p.sources) {
          const url = urlOf.get(id);
          expect(url, id).toBeDefined();
          expect(context.includes(url!), `${id} : ${url}`).toBe(true);
        }
  });
});

describe('page facile à lire', () => {
  it('les guillemets restent collés à leurs mots (espaces insécables)', () => {
    const v = facileView({
      id: 'x',
      data: { titre: 'x', simplifie: 'page/home', date: '2026-11-30', relecture: 'non relu' },
      body: '[loi] Elle s’appelle « Bruxelles numérique ».',
    });
    expect(v.blocks[0]?.text).toBe('Elle s’appelle «\u00a0Bruxelles numérique\u00a0».');
    expect(v.reviewed).toBe(false);
    expect(v.blocks[0]?.picto).toBeDefined();
  });
});
