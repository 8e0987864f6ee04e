import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fr from '../../src/i18n/fr.json';
import { t, tn } from '../../src/i18n/index.ts';

/** Keys built at run time from a content value (`tOr(`profil.${d.profil}`, …)`): every key under these prefixes counts as used. */
const DYNAMIC_PREFIXES = ['profil.', 'destinataire.', 'statut.', 'kind.', 'collection.', 'body.', 'aide.step.', 'aide.contact.'];
/** Plural forms are looked up by `tn(base, n)`: a form counts as used when its base is. */
const PLURAL_FORM = /\.(zero|one|two|few|many|other)$/;

const code = globSync(['src/**/*.{ts,astro,js,mjs}', 'scripts/**/*.{ts,js,mjs}'])
  .map((f) => readFileSync(f, 'utf8'))
  .join('\n');

/** A key appears in code as a string literal: 'key', "key" or `key`. */
const quoted = (key: string): boolean => [`'${key}'`, `"${key}"`, `\`${key}\``].some((q) => code.includes(q));

export function unusedKeys(keys: readonly string[]): string[] {
  return keys.filter((key) => {
    if (DYNAMIC_PREFIXES.some((p) => key.startsWith(p))) return false;
    return !quoted(PLURAL_FORM.test(key) ? key.replace(PLURAL_FORM, '') : key);
  });
}

describe('src/i18n/fr.json', () => {
  it('every key is used in src/ or scripts/', () => {
    expect(unusedKeys(Object.keys(fr))).toEqual([]);
  });

  it('a key nobody uses is reported', () => {
    expect(unusedKeys(['site.name', 'list.entries.other', 'profil.citoyen', 'nulle.part'])).toEqual(['nulle.part']);
  });

  it('no inclusive-writing dot « · » inside a word (plain words for every reader)', () => {
    const dotted = Object.entries(fr).filter(([, value]) => /\p{L}·\p{L}/u.test(value));
    expect(dotted).toEqual([]);
  });
});

describe('t() and tn()', () => {
  it('fills placeholders', () => {
    expect(t('filters.all', { total: 12 })).toBe('Tout afficher (12)');
    expect(t('list.pageOf', { page: 2, count: 5 })).toBe('(page 2 sur 5)');
  });

  it('takes the French plural form: 0 and 1 are singular', () => {
    expect(tn('list.entries', 0)).toBe('entrée');
    expect(tn('list.entries', 1)).toBe('entrée');
    expect(tn('list.entries', 2)).toBe('entrées');
  });
});
