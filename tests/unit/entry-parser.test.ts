// The one entry parser reads headers exactly as Astro does, locates fields, and never throws on a bad file.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// The frontmatter parser Astro's own Markdown and MDX loaders use (`astro/markdown` re-exports it).
import { parseFrontmatter } from 'astro/markdown';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { parseEntry } from '../../src/lib/integrity/parse.ts';
import { isFullName } from '../../src/lib/integrity/names.ts';
import { isCalendarDay } from '../../src/lib/integrity/rules.ts';

const ROOT = resolve(import.meta.dirname, '../..');

describe('parseEntry lit comme Astro', () => {
  it('chaque fichier de content/ donne les valeurs que lisent le chargeur de fichiers YAML et le frontmatter d’Astro', () => {
    let files = 0;
    for (const folder of readdirSync(join(ROOT, 'content'))) {
      for (const name of readdirSync(join(ROOT, 'content', folder))) {
        const path = `content/${folder}/${name}`;
        const text = readFileSync(join(ROOT, path), 'utf8');
        const astro: unknown = name.endsWith('.mdx') ? parseFrontmatter(text).frontmatter : load(text);
        const parsed = parseEntry(path, text);
        expect(parsed.problems, path).toEqual([]);
        expect(parsed.data, path).toEqual(astro);
        files++;
      }
    }
    expect(files).toBeGreaterThan(500);
  });

  it('une date sans guillemets : Astro lit un objet Date, le contrôle la refuse à sa ligne', () => {
    const text = 'titre: "x"\ndate: 2024-03-09\n';
    expect(load(text)).toEqual({ titre: 'x', date: new Date('2024-03-09T00:00:00Z') });
    const parsed = parseEntry('content/evenements/x.yaml', text);
    expect(parsed.problems).toMatchObject([{ code: 'yaml.date', line: 2, field: 'date' }]);
    expect(parsed.problems[0]?.message).toContain('"2024-03-09"');
  });

  it('sépare en-tête et corps, et situe les champs imbriqués', () => {
    const parsed = parseEntry('content/articles/a.mdx', '---\ntitre: "A"\ncitations:\n  - texte: "t"\n    source: s\n---\nCorps.\n');
    expect(parsed.data).toEqual({ titre: 'A', citations: [{ texte: 't', source: 's' }] });
    expect(parsed.body).toBe('Corps.\n');
    expect(parsed.bodyLine).toBe(7);
    expect(parsed.lineOf(['citations', 0, 'source'])).toBe(5);
    expect(parsed.lineOf(['absent'])).toBe(1);
  });

  it('un YAML illisible, un en-tête absent ou une liste au lieu de champs : un problème, jamais une exception', () => {
    expect(parseEntry('content/themes/t.yaml', 'titre: "ouvert\n').problems.map((p) => p.code)).toEqual(['yaml.syntax']);
    expect(parseEntry('content/temoignages/t.mdx', 'pas d’en-tête\n').problems.map((p) => p.code)).toEqual(['yaml.frontmatter']);
    expect(parseEntry('content/themes/t.yaml', '- a\n- b\n').problems.map((p) => p.code)).toEqual(['yaml.not-object']);
    expect(parseEntry('content/themes/t.yaml', 'a: &x [1]\nb: *x\n').problems).toMatchObject([{ code: 'yaml.alias', line: 2 }]);
  });

  it('une bombe d’alias est refusée vite, avec sa ligne', () => {
    const lines = [
      'a: &a [x, x, x, x, x, x, x, x, x]',
      ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(', ')}]`),
    ];
    const started = performance.now();
    const parsed = parseEntry('content/themes/bombe.yaml', lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parsed.problems).toMatchObject([{ code: 'yaml.alias', line: 2 }]);
  });
});

describe('dates du calendrier', () => {
  it.each(['2024-02-29', '2023-12-31', '2026-01-01'])('%s existe', (d) => {
    expect(isCalendarDay(d)).toBe(true);
  });
  it.each(['2024-02-31', '2023-02-29', '2024-04-31', '2024-13-01', '2024-00-10', '2024-1-01'])('%s n’existe pas', (d) => {
    expect(isCalendarDay(d)).toBe(false);
  });
});

describe('nom complet d’une personne privée', () => {
  it.each([
    'Marie Dupont',
    'marie dupont',
    'MARIE DUPONT',
    'Marie van den Berg',
    'Jean de La Fontaine',
    'Dupont, Marie',
    'J. Dupont',
    'J.-P. Dupont',
    'Marie Dupont, assistante sociale',
    'Marie Dupont (CPAS)',
    'Ｍａｒｉｅ Ｄｕｐｏｎｔ',
    'Marie\u200BDupont',
    'Marie\u00A0Dupont',
    'Jean-Luc Manise',
  ])('« %s » est un nom complet', (name) => {
    expect(isFullName(name)).toBe(true);
  });

  it.each([
    'Marie',
    'marie',
    'Marie D.',
    'Une passante',
    'un travailleur social',
    'Un·e professionnel·le',
    'Une mère de famille',
    "L'un des participants aux sessions de MAG",
    'L. 84 ans',
    'B. 88 ans (témoignage de sa fille)',
    "Du côté d'Anderlecht",
    'Carte blanche publiée dans La Libre le 14 novembre 2022',
    'Lire et Écrire Bruxelles',
  ])('« %s » n’en est pas un', (name) => {
    expect(isFullName(name)).toBe(false);
  });
});
