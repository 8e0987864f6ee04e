import { describe, expect, it } from 'vitest';
import { DOSSIER_COMPONENTS, readDossierBody } from '../../src/lib/integrity/dossier-refs.ts';

const read = (body: string) => readDossierBody(body);

describe('corps d’un dossier (MDX, cinq composants seulement)', () => {
  it('lit chaque composant permis, sa collection, son identifiant et sa ligne', () => {
    const { refs, problems } = read('Texte.\n\n<Temoignage id="a" />\n\n<Graphique serie="b"/>\n\nFin avec <Chiffre id="c" /> dans la phrase.\n');
    expect(problems).toEqual([]);
    expect(refs).toEqual([
      { component: 'Temoignage', collection: 'temoignages', id: 'a', line: 3 },
      { component: 'Graphique', collection: 'series', id: 'b', line: 5 },
      { component: 'Chiffre', collection: 'chiffres', id: 'c', line: 7 },
    ]);
    expect(Object.keys(DOSSIER_COMPONENTS)).toEqual(['Temoignage', 'Chiffre', 'Graphique', 'Proposition', 'Article']);
  });

  it.each([
    ['composant inconnu', 'a\n\n<Script />\n', 3, /composant <Script\/> non permis/],
    ['balise HTML', 'a\n\n<iframe src="https://x.org" />\n', 3, /balise HTML <iframe>/],
    ['import', 'a\n\nimport X from "y"\n', 3, /import\/export/],
    ['export', 'a\n\nexport const x = 1\n', 3, /import\/export/],
    ['expression', 'a {1 + 1} b\n', 1, /expression/],
    ['identifiant calculé', '<Temoignage id={x} />\n', 1, /un seul attribut « id »/],
    ['mauvais attribut', '<Graphique id="x" />\n', 1, /attribut « serie »/],
    ['contenu entre les balises', '<Proposition id="x">texte</Proposition>\n', 1, /rien entre les balises/],
    ['commentaire HTML', 'a\n\n<!-- note -->\n', 3, /MDX illisible/],
    ['lien javascript', '[x](javascript:alert(1))\n', 1, /lien refusé/],
  ])('%s : refusé à sa ligne', (_name, body, line, message) => {
    const { problems, refs } = read(body);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.line).toBe(line);
    expect(problems[0]?.message).toMatch(message);
    expect(refs).toEqual([]);
  });
});
