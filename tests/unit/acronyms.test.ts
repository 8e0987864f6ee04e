import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/integrity/load.ts';
import { ACRONYMS, spellOut } from '../../src/lib/acronyms.ts';
import { speakerOf } from '../../src/lib/views/cards.ts';

describe('sigles écrits en toutes lettres à leur première apparition (issue 17)', () => {
  it('la première MAG est expliquée, pas la suivante ; un sigle déjà expliqué ne l’est pas deux fois', () => {
    expect(spellOut('Un·e participant·e à la MAG')).toBe("Un·e participant·e à la MAG (méthode d'analyse en groupe)");
    expect(spellOut('la MAG et la MAG')).toBe("la MAG (méthode d'analyse en groupe) et la MAG");
    expect(spellOut(spellOut('un EPN'))).toBe('un EPN (espace public numérique)');
    expect(spellOut('MAGASIN')).toBe('MAGASIN');
  });

  it('aucune attribution de témoignage réelle ne laisse un sigle connu sans explication', () => {
    const speakers = loadContent('content')
      .entries.filter((e) => e.collection === 'temoignages')
      .map((e) => speakerOf(e.data as { locuteur: string; role?: string; profil: string }));
    const withAcronym = speakers.filter((s) => Object.keys(ACRONYMS).some((a) => new RegExp(`\\b${a}\\b`).test(s)));
    expect(withAcronym.length).toBeGreaterThan(0);
    for (const s of withAcronym) expect(s).toMatch(/\b(MAG|EPN|CPAS) \(/);
  });
});
