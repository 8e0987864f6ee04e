import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/integrity/load.ts';

/** A small RFC 4180 reader (quotes, doubled quotes, separators and newlines inside quotes). */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body.charAt(i);
    if (quoted) {
      if (c === '"' && body.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === sep) {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  return rows.filter((r) => r.length > 1 || r[0] !== '');
}

const { entries } = loadContent('content');
const figures = entries
  .filter((e) => e.collection === 'chiffres')
  .map((e) => ({ id: e.id, data: e.data as { valeur: number; serie?: string; anneeDonnees: number } }));
const expected = new Map(figures.map((f) => [f.id, f.data.valeur]));

describe('données ouvertes', () => {
  it('chiffres.csv contient exactement les chiffres du contenu, ni plus ni moins', () => {
    const [header, ...rows] = parseCsv(readFileSync('dist/donnees/chiffres.csv', 'utf8'), ',');
    const id = header!.indexOf('id');
    const value = header!.indexOf('valeur');
    expect(header).toEqual(
      expect.arrayContaining(['id', 'valeur', 'unite', 'mesure', 'population', 'annee_donnees', 'editeur', 'source_id', 'emplacement', 'phrase']),
    );
    expect(new Map(rows.map((r) => [r[id]!, Number(r[value])]))).toEqual(expected);
    expect(rows).toHaveLength(figures.length);
  });

  it('la version tableur belge (point-virgule, virgule décimale, BOM) donne les mêmes nombres', () => {
    const text = readFileSync('dist/donnees/chiffres-excel.csv', 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(text, ';');
    const id = header!.indexOf('id');
    const value = header!.indexOf('valeur');
    expect(new Map(rows.map((r) => [r[id]!, Number(r[value]!.replace(',', '.'))]))).toEqual(expected);
  });

  it('chiffres.json, temoignages.json et propositions.json couvrent tout le contenu', () => {
    const json = JSON.parse(readFileSync('dist/donnees/chiffres.json', 'utf8')) as { id: string; valeur: number }[];
    expect(new Map(json.map((r) => [r.id, r.valeur]))).toEqual(expected);
    const t = JSON.parse(readFileSync('dist/donnees/temoignages.json', 'utf8')) as { id: string }[];
    expect(t.map((r) => r.id).sort()).toEqual(
      entries
        .filter((e) => e.collection === 'temoignages')
        .map((e) => e.id)
        .sort(),
    );
    const p = JSON.parse(readFileSync('dist/donnees/propositions.json', 'utf8')) as { id: string }[];
    expect(p.map((r) => r.id).sort()).toEqual(
      entries
        .filter((e) => e.collection === 'propositions')
        .map((e) => e.id)
        .sort(),
    );
  });

  it('chaque CSV de graphique a exactement les chiffres de sa série', () => {
    const series = entries.filter((e) => e.collection === 'series').map((e) => e.id);
    expect(series.length).toBeGreaterThan(0);
    for (const s of series) {
      const [header, ...rows] = parseCsv(readFileSync(`dist/donnees/series/${s}.csv`, 'utf8'), ',');
      const id = header!.indexOf('chiffre_id');
      const value = header!.indexOf('valeur');
      const want = new Map(figures.filter((f) => f.data.serie === s).map((f) => [f.id, f.data.valeur]));
      expect(new Map(rows.map((r) => [r[id]!, Number(r[value])])), s).toEqual(want);
    }
  });
});
