import { describe, expect, it } from 'vitest';
import { OCR_REPAIRS } from '../../src/lib/ocr-repairs.ts';
import { findQuote, MIN_FRAGMENT, normalizeForMatch, repairSeed } from '../../src/lib/provenance.ts';

describe('normalizeForMatch', () => {
  it('recolle les mots coupés en fin de ligne', () => {
    expect(normalizeForMatch('la numé-\nrisation des services')).toBe('lanumerisationdesservices');
    expect(normalizeForMatch('la numé-\r\n    risation')).toBe(normalizeForMatch('la numérisation'));
  });

  it('retire accents, majuscules et ligatures', () => {
    expect(normalizeForMatch('Élise a dû ÊTRE là')).toBe('eliseaduetrela');
    expect(normalizeForMatch('Le cœur de l’Œuvre')).toBe('lecoeurdeloeuvre');
    expect(normalizeForMatch('ex æquo')).toBe('exaequo');
    expect(normalizeForMatch('Ça')).toBe('ca');
  });

  it('ignore apostrophes, guillemets, ponctuation et espaces', () => {
    const forms = ["l'accès « au guichet »", 'l’accès "au guichet"', 'l’accès\u00a0: au\n guichet !', 'L ACCÈS AU GUICHET'];
    for (const f of forms) expect(normalizeForMatch(f)).toBe('laccesauguichet');
  });

  it('garde les chiffres', () => {
    expect(normalizeForMatch('46 % en 2022')).toBe('46en2022');
  });
});

/** A seed laid out in two columns: the quote's paragraph is cut by the other column's text. */
const COL_A1 = 'Les personnes âgées se retrouvent seules devant un écran qui ne';
const COL_B = 'Le financement des espaces publics numériques reste précaire et dépend d’appels à projets.';
const COL_A2 = 'leur répond jamais, et finissent par renoncer à leurs droits sociaux.';
const SEED = normalizeForMatch(
  `Introduction du cahier.\n${COL_A1}\n${COL_B}\n${COL_A2}\nAu guichet on m'a dit de tout faire sur internet mais je n'ai pas d'ordinateur chez moi. Ma voisine m'aide.`,
);

describe('findQuote', () => {
  it('les deux morceaux du test sont plus longs que MIN_FRAGMENT (contrôle du test)', () => {
    expect(normalizeForMatch(COL_A1).length).toBeGreaterThanOrEqual(MIN_FRAGMENT);
    expect(normalizeForMatch(COL_A2).length).toBeGreaterThanOrEqual(MIN_FRAGMENT);
    expect(SEED.includes(normalizeForMatch(`${COL_A1} ${COL_A2}`))).toBe(false);
  });

  it('trouve une citation d’un seul tenant, quelle que soit la typographie', () => {
    expect(findQuote('« Au guichet, on m’a dit de tout faire sur Internet… »', SEED)).toEqual({ found: true, fragments: 1 });
  });

  it('trouve une citation coupée par la mise en page en deux morceaux', () => {
    const result = findQuote(`${COL_A1} ${COL_A2}`, SEED);
    expect(result.found).toBe(true);
    expect(result.fragments).toBe(2);
  });

  it('refuse un mot changé au milieu de la citation', () => {
    const result = findQuote("Au guichet on m'a dit de tout faire sur papier mais je n'ai pas d'ordinateur chez moi.", SEED);
    expect(result.found).toBe(false);
    expect(result.missing).toBe(normalizeForMatch("Au guichet on m'a dit de tout faire sur papier mais je n'ai pas d'ordinateur chez moi.").slice(0, 60));
  });

  it('refuse un mot changé après le premier morceau (plus de MIN_FRAGMENT lettres exactes)', () => {
    const result = findQuote(`${COL_A1} leur répond rarement, et finissent par renoncer à leurs droits sociaux.`, SEED);
    expect(result.found).toBe(false);
    expect(result.fragments).toBe(1);
    expect(result.missing).toContain('rarement');
  });

  it('refuse une citation cousue de morceaux courts trouvés çà et là', () => {
    // Each piece is in the seed, but none reaches MIN_FRAGMENT letters.
    for (const piece of ['Les personnes âgées', 'reste précaire', 'renoncer à leurs droits']) {
      expect(SEED.includes(normalizeForMatch(piece))).toBe(true);
      expect(normalizeForMatch(piece).length).toBeLessThan(MIN_FRAGMENT);
    }
    const result = findQuote('Les personnes âgées reste précaire renoncer à leurs droits', SEED);
    expect(result.found).toBe(false);
    expect(result.fragments).toBe(0);
  });

  it('refuse une citation vide', () => {
    expect(findQuote(' « » ', SEED)).toEqual({ found: false, fragments: 0, missing: '(citation vide)' });
  });

  // Regression: a last fragment shorter than MIN_FRAGMENT is refused, or a changed final word would pass.
  it('refuse un dernier mot changé, même si le nouveau mot apparaît ailleurs dans la source', () => {
    const result = findQuote("Au guichet on m'a dit de tout faire sur internet mais je n'ai pas d'ordinateur chez ma voisine.", SEED);
    expect(result.found).toBe(false);
  });
});

describe('repairSeed', () => {
  it('répare les apostrophes lues « í » dans le document 000 seulement', () => {
    expect(repairSeed('000_453e2bf548e7828c.txt', 'Cíest líacces')).toBe("C'est l'acces");
    expect(repairSeed('001_fd32e1aa2803e7e1.txt', 'Cíest')).toBe('Cíest');
  });

  it('retire le caractère de remplacement du document 001 et l’exposant <sup> du 003', () => {
    expect(repairSeed('001_fd32e1aa2803e7e1.txt', '\uFFFD3. Titre')).toBe('3. Titre');
    expect(repairSeed('003_7405b356d860c04e.txt', '10 km<sup>2</sup> fin')).toBe('10 km² fin');
    expect(repairSeed('000_453e2bf548e7828c.txt', '10 km<sup>2</sup>')).toBe('10 km<sup>2</sup>');
  });

  it('remplace chaque occurrence, pas seulement la première', () => {
    expect(repairSeed('000_x.txt', 'líun et líautre, líun et líautre')).toBe("l'un et l'autre, l'un et l'autre");
  });

  it('permet de retrouver une citation dans un texte abîmé par l’OCR', () => {
    const damaged = 'Le texte impose une procedure administrative integralement numérique.';
    const quote = 'une procédure administrative intégralement numérique';
    expect(findQuote(quote, normalizeForMatch(repairSeed('000_453e2bf548e7828c.txt', damaged))).found).toBe(true);
  });

  // Each row must apply on its own (rows containing « í » are ordered before the generic « í » row).
  for (const row of OCR_REPAIRS) {
    it(`applique la ligne « ${row.damaged} » → « ${row.repaired} » (document ${row.seed})`, () => {
      const out = repairSeed(`${row.seed}_0123abcd.txt`, `avant ${row.damaged} après`);
      expect(out).toBe(`avant ${row.repaired} après`);
    });
  }
});
