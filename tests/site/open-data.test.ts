import { readFileSync } from 'node:fs';
import Ajv from 'ajv';
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

// The published JSON Schemas of Data Package 2.0 (tests/fixtures/datapackage/README.md gives their addresses).
interface Field {
  name: string;
  type: string;
  constraints?: { required?: boolean };
}
interface Resource {
  name: string;
  path: string;
  format: string;
  schema?: { fields: Field[] };
}
const schemaOf = (file: string) => JSON.parse(readFileSync(`tests/fixtures/datapackage/${file}`, 'utf8')) as object;
const ajv = new Ajv({ allErrors: true, strict: false });
ajv.addFormat('date-time', /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/);
ajv.addFormat('uri', /^[a-z][a-z0-9+.-]*:\S+$/i);
ajv.addFormat('email', /^\S+@\S+$/);
ajv.addFormat('textarea', () => true);
const CELL: Record<string, RegExp> = { number: /^-?\d+(?:\.\d+)?$/, integer: /^-?\d+$/, year: /^\d{4}$/, boolean: /^(?:oui|non)$/, string: /[^]*/ };

describe('datapackage.json', () => {
  const pkg = JSON.parse(readFileSync('dist/donnees/datapackage.json', 'utf8')) as { resources: Resource[]; licenses: { name: string }[] };

  it('est un Data Package valide (schéma JSON publié, version 2.0)', () => {
    const validate = ajv.compile(schemaOf('datapackage.json'));
    expect(validate(pkg), JSON.stringify(validate.errors, null, 1)).toBe(true);
    expect(pkg.licenses[0]?.name).toBe('CC-BY-4.0');
  });

  it('décrit chaque CSV publié, avec un Table Schema valide', () => {
    const validate = ajv.compile(schemaOf('tableschema.json'));
    const csvs = pkg.resources.filter((r) => r.format === 'csv');
    const series = entries.filter((e) => e.collection === 'series').map((e) => `series/${e.id}.csv`);
    expect(csvs.map((r) => r.path).sort()).toEqual(['chiffres.csv', ...series].sort());
    for (const r of csvs) expect(validate(r.schema), `${r.path} ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('chaque CSV respecte son Table Schema : mêmes colonnes, types, champs obligatoires remplis', () => {
    let cells = 0;
    for (const r of pkg.resources.filter((x) => x.format === 'csv')) {
      const [header, ...rows] = parseCsv(readFileSync(`dist/donnees/${r.path}`, 'utf8'), ',');
      const fields = r.schema!.fields;
      expect(header, r.path).toEqual(fields.map((f) => f.name));
      for (const row of rows) {
        expect(row, r.path).toHaveLength(fields.length);
        fields.forEach((f, i) => {
          const v = row[i] ?? '';
          if (f.constraints?.required) expect(v, `${r.path} ${f.name} (obligatoire)`).not.toBe('');
          if (v !== '') expect(v, `${r.path} ${f.name} (${f.type})`).toMatch(CELL[f.type]!);
          cells += 1;
        });
      }
    }
    expect(cells).toBeGreaterThan(1000);
  });

  it('les colonnes promises aux journalistes sont là, dans chiffres.csv et dans chaque CSV de graphique', () => {
    const wanted = ['mesure', 'population', 'lieu', 'annee_donnees', 'edition', 'editeur', 'nature', 'source_titre', 'source_adresse', 'emplacement'];
    for (const r of pkg.resources.filter((x) => x.format === 'csv'))
      expect(
        r.schema!.fields.map((f) => f.name),
        r.path,
      ).toEqual(expect.arrayContaining(wanted));
  });
});
