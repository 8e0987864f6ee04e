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

/**
 * The context file's facts: consecutive lines of one paragraph, up to and including the top-level item whose lines
 * give the source URLs (« History… », « Original hours… », « Sources: url » is one fact, as the file writes it).
 */
export function contextFacts(text: string): string[] {
  const facts: string[] = [];
  let current: string[] = [];
  let sourced = false;
  const close = () => {
    if (current.length > 0) facts.push(current.join('\n'));
    current = [];
    sourced = false;
  };
  for (const line of text.split('\n')) {
    if (line.trim() === '' || /^(#|---)/.test(line)) {
      close();
      continue;
    }
    if (!/^\s/.test(line) && sourced) close();
    current.push(line);
    if (/https?:\/\//.test(line)) sourced = true;
  }
  close();
  return facts;
}

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTHS_FR = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** Does a fact of the context state this date (« 2025-09-25 », « 2020-03 », « 2018 »)? Day and month as words or in the page's URL. */
export function factStatesDate(fact: string, iso: string): boolean {
  const [y, m, d] = iso.split('-');
  if (!y || !new RegExp(`\\b${y}\\b`).test(fact)) return false;
  if (m === undefined) return true;
  const month = MONTHS_EN[Number(m) - 1]!;
  const inUrl = fact.includes(`${y}-${m}`) || fact.includes(`${y}/${m}`);
  if (d === undefined) return inUrl || fact.includes(month);
  return inUrl ? fact.includes(`${y}-${m}-${d}`) || fact.includes(`${y}/${m}/${d}`) : new RegExp(`\\b${String(Number(d))} ${month} ${y}\\b`).test(fact);
}

/** Dates written in our French text: « 25 septembre 2025 », « début 2021 », « de 2008 ». */
function datesInText(text: string): string[] {
  return [...text.matchAll(/(?:\b(\d{1,2}) (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) )?\b((?:19|20)\d\d)\b/g)].map(
    ([, d, m, y]) => (d && m ? `${y}-${String(MONTHS_FR.indexOf(m) + 1).padStart(2, '0')}-${d.padStart(2, '0')}` : y!),
  );
}

describe('content/aide: every date is one the context states, in the fact that cites the same page', () => {
  const facts = contextFacts(CONTEXT);

  it('reads the context file as facts with their sources', () => {
    expect(facts.length).toBeGreaterThan(50);
    expect(facts.find((f) => f.includes('https://ama.be/?p=8900'))).toMatch(/2018/);
  });

  it('each source date and each date in the text is stated by a fact citing one of the entry’s sources', () => {
    const problems: string[] = [];
    for (const e of entries) {
      const cited = (url: string) => facts.filter((f) => f.includes(url));
      for (const s of e.data.sources) if (s.date && !cited(s.url).some((f) => factStatesDate(f, s.date!))) problems.push(`${e.id}: ${s.url} daté ${s.date}`);
      const ours = [e.data.titre, e.data.offre, e.data.conditions ?? '', e.data.aVerifier ?? '', ...e.data.contacts.map((c) => c.valeur)].join(' ');
      const all = e.data.sources.flatMap((s) => cited(s.url));
      for (const date of datesInText(ours)) if (!all.some((f) => factStatesDate(f, date))) problems.push(`${e.id}: « ${date} » dans le texte`);
    }
    expect(problems).toEqual([]);
  });

  it('refuses a date the fact does not state (control of the test)', () => {
    const fact = '- **Samusocial**: 0800/99.340 (2018 article). https://ama.be/?p=8900';
    expect(factStatesDate(fact, '2018')).toBe(true);
    expect(factStatesDate(fact, '2019')).toBe(false);
    expect(factStatesDate('Ruling of 25 September 2025. https://x.be/a', '2025-09-25')).toBe(true);
    expect(factStatesDate('Ruling of 25 September 2025. https://x.be/a', '2025-09-24')).toBe(false);
    expect(datesInText('Depuis l’arrêt du 25 septembre 2025, information de 2021')).toEqual(['2025-09-25', '2021']);
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
