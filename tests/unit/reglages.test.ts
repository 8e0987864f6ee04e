import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import reglages from '../../reglages.ts';
import { orgContact, parseReglages } from '../../src/lib/reglages.ts';

describe('site settings (reglages.ts)', () => {
  it('the repository sets no contact: none is invented, nothing is shown', () => {
    // No seed or context file gives the organisation's contact (README, « Réglages du site »).
    expect(reglages).toEqual({});
    expect(orgContact(parseReglages(reglages))).toBeUndefined();
  });

  it('refuses a bad e-mail, phone, empty address and unknown field with a French message per field (fixture)', () => {
    const bad: unknown = JSON.parse(readFileSync('tests/fixtures/reglages/mauvais.json', 'utf8'));
    expect(() => parseReglages(bad)).toThrow(/Réglages du site refusés/);
    let message = '';
    try {
      parseReglages(bad);
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/reglages\.ts courriel : doit être une adresse e-mail complète/);
    expect(message).toMatch(/reglages\.ts telephone : doit être un numéro belge/);
    expect(message).toMatch(/reglages\.ts adresse : adresse vide/);
    expect(message).toMatch(/fax/);
  });

  it('accepts Belgian numbers as people write them and makes them callable', () => {
    for (const telephone of ['02 549 67 00', '+32 2 549 67 00', '0800/99.340', '0470 12 34 56']) expect(parseReglages({ telephone }).telephone).toBe(telephone);
    const c = orgContact(
      parseReglages({ organisation: 'asbl Exemple', courriel: 'contact@exemple.org', telephone: '02 549 67 00', adresse: ['Rue Exemple 1', '1000 Bruxelles'] }),
    );
    expect(c).toEqual({
      name: 'asbl Exemple',
      email: { text: 'contact@exemple.org', href: 'mailto:contact@exemple.org' },
      phone: { text: '02\u00a0549\u00a067\u00a000', href: 'tel:+3225496700' },
      address: ['Rue Exemple 1', '1000 Bruxelles'],
    });
    // Only what is set is shown.
    expect(orgContact(parseReglages({ courriel: 'contact@exemple.org' }))).toEqual({
      name: undefined,
      email: { text: 'contact@exemple.org', href: 'mailto:contact@exemple.org' },
      phone: undefined,
      address: undefined,
    });
  });
});
