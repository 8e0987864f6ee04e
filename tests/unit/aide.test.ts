import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { aideSchema } from '../../src/schemas/aide.ts';
import { aideSections, siteHref, telHref } from '../../src/lib/views/aide.ts';

/** The help page may only say what ../shared/context/aide-bruxelles.md says (each fact there carries its public source). */
const CONTEXT = readFileSync(new URL('../../../shared/context/aide-bruxelles.md', import.meta.url), 'utf8');
const DIR = new URL('../../content/aide/', import.meta.url);
const entries = readdirSync(DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => ({ id: f.replace(/\.yaml$/, ''), data: aideSchema.parse(parse(readFileSync(new URL(f, DIR), 'utf8'))) }));

describe('content/aide against the context file', () => {
  it('has entries', () => {
    expect(entries.length).toBeGreaterThanOrEqual(10);
  });

  it('prints only phone numbers, e-mails, addresses and sites that the context file prints', () => {
    for (const e of entries)
      for (const c of e.data.contacts) {
        if (c.type === 'horaires') {
          // Hours are written in French words; their numbers must be the source's.
          for (const n of c.valeur.match(/\d+/g) ?? []) expect(CONTEXT, `${e.id}: ${c.valeur}`).toMatch(new RegExp(`\\b${n}\\b`));
        } else expect(CONTEXT, `${e.id}: ${c.valeur}`).toContain(c.valeur);
      }
  });

  it('cites only pages that the context file cites', () => {
    for (const e of entries) for (const s of e.data.sources) expect(CONTEXT, `${e.id}: ${s.url}`).toContain(s.url);
  });

  it('lists every phone number and e-mail address the context file gives for Brussels help', () => {
    const printed = new Set(entries.flatMap((e) => e.data.contacts.map((c) => c.valeur)));
    const phones = [...CONTEXT.matchAll(/(?:\+32 \d(?: \d{2,3}){3}|0800[ /][\d .]+\d|0\d \d{3} \d{2} \d{2})/g)].map((m) => m[0]);
    const emails = [...CONTEXT.matchAll(/[\w.-]+@[\w.-]+\.[a-z]{2,}/g)].map((m) => m[0]);
    expect(phones.length).toBeGreaterThanOrEqual(4);
    // The only other number in the file is the French-speaking Community's literacy federation, not a Brussels service (§4).
    for (const p of phones) expect(printed, p).toContain(p);
    for (const m of emails) expect(printed, m).toContain(m);
  });

  it('says in plain words when the context marks a contact as possibly outdated', () => {
    const outdated = ['0800 35 243', '02 223 37 74', '0800/99.340', 'www.bruxellessocial.be'];
    for (const value of outdated) {
      const e = entries.find((x) => x.data.contacts.some((c) => c.valeur === value));
      expect(e?.data.aVerifier, value).toMatch(/vérifier|changé/);
    }
  });
});

describe('help page views', () => {
  it('makes Belgian numbers callable', () => {
    expect(telHref('+32 2 549 67 00')).toBe('tel:+3225496700');
    expect(telHref('02 223 37 74')).toBe('tel:+3222233774');
    expect(telHref('0800/99.340')).toBe('tel:+3280099340');
    expect(telHref('0800 35 243')).toBe('tel:+3280035243');
    expect(() => telHref('appelez-nous')).toThrow();
  });
  it('gives a site printed without scheme its https address', () => {
    expect(siteHref('www.caban.be')).toBe('https://www.caban.be/');
    expect(siteHref('https://exemple.org/a')).toBe('https://exemple.org/a');
  });
  it('orders the steps: ask the administration, get help, complain, social emergencies', () => {
    expect(aideSections(entries).map((s) => s.step)).toEqual(['demander', 'aide-numerique', 'plainte', 'social']);
    for (const s of aideSections(entries))
      for (const e of s.items) for (const c of e.contacts) if (c.type === 'telephone') expect(c.href).toMatch(/^tel:\+32\d{8,9}$/);
  });
});
