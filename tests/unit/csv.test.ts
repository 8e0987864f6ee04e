import { describe, expect, it } from 'vitest';
import { toCsv, type Column } from '../../src/lib/csv.ts';

interface Row {
  id: string;
  texte: string;
  valeur: number;
  publie: boolean;
  themes: string[];
  note?: string;
}

const COLUMNS: Column<Row>[] = [
  { name: 'id', doc: 'identifiant', value: (r) => r.id },
  { name: 'texte', doc: 'texte libre', value: (r) => r.texte },
  { name: 'valeur', doc: 'nombre', value: (r) => r.valeur },
  { name: 'publie', doc: 'booléen', value: (r) => r.publie },
  { name: 'themes', doc: 'liste', value: (r) => r.themes },
  { name: 'note', doc: 'facultatif', value: (r) => r.note },
];

const ROWS: Row[] = [
  { id: 'simple', texte: 'Sans rien de spécial', valeur: 46, publie: true, themes: ['emploi'] },
  { id: 'virgule', texte: 'Un, deux; trois', valeur: 7.5, publie: false, themes: ['a', 'b'], note: 'ok' },
  { id: 'guillemets', texte: 'Il a dit "non" au guichet', valeur: -3.25, publie: true, themes: [] },
  { id: 'lignes', texte: 'Première ligne\nseconde ligne\r\ntroisième', valeur: 1234567, publie: true, themes: ['x'] },
];

/** Minimal RFC 4180 reader (for the round trip): quoted fields, doubled quotes, separators and newlines inside quotes. */
function parseCsv(text: string, sep: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === sep) {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describe('toCsv, variante standard (RFC 4180)', () => {
  const csv = toCsv(ROWS, COLUMNS);
  const lines = csv.split('\r\n');

  it('en-tête, séparateur virgule, fin de ligne CRLF, pas de BOM', () => {
    expect(csv.startsWith('id,texte,valeur,publie,themes,note\r\n')).toBe(true);
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines[1]).toBe('simple,Sans rien de spécial,46,oui,emploi,');
  });

  it('met entre guillemets les champs avec virgule, guillemet ou saut de ligne, et double les guillemets', () => {
    expect(csv).toContain('virgule,"Un, deux; trois",7.5,non,a | b,ok\r\n');
    expect(csv).toContain('guillemets,"Il a dit ""non"" au guichet",-3.25,oui,,\r\n');
    expect(csv).toContain('lignes,"Première ligne\nseconde ligne\r\ntroisième",1234567,oui,x,\r\n');
  });

  it('relu par un lecteur CSV, redonne les mêmes valeurs', () => {
    const parsed = parseCsv(csv, ',');
    expect(parsed).toHaveLength(ROWS.length + 1);
    expect(parsed[0]).toEqual(COLUMNS.map((c) => c.name));
    expect(parsed.slice(1)).toEqual([
      ['simple', 'Sans rien de spécial', '46', 'oui', 'emploi', ''],
      ['virgule', 'Un, deux; trois', '7.5', 'non', 'a | b', 'ok'],
      ['guillemets', 'Il a dit "non" au guichet', '-3.25', 'oui', '', ''],
      ['lignes', 'Première ligne\nseconde ligne\r\ntroisième', '1234567', 'oui', 'x', ''],
    ]);
  });

  it('un nom de colonne avec virgule est lui aussi protégé', () => {
    expect(toCsv([], [{ name: 'a,b', doc: '', value: () => '' }])).toBe('"a,b"\r\n');
  });
});

describe('toCsv, variante excel-be', () => {
  const csv = toCsv(ROWS, COLUMNS, 'excel-be');

  it('commence par un BOM et sépare par des points-virgules', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).startsWith('id;texte;valeur;publie;themes;note\r\n')).toBe(true);
  });

  it('écrit les nombres avec une virgule décimale, sans guillemets', () => {
    expect(csv).toContain('virgule;"Un, deux; trois";7,5;non;a | b;ok\r\n');
    expect(csv).toContain(';-3,25;');
    expect(csv).toContain(';1234567;');
  });

  it('ne protège que ce qui contient le point-virgule, un guillemet ou un saut de ligne', () => {
    const only = toCsv(
      [{ a: 'x, y', b: 'x; y' }],
      [
        { name: 'a', doc: '', value: (r: { a: string; b: string }) => r.a },
        { name: 'b', doc: '', value: (r: { a: string; b: string }) => r.b },
      ],
      'excel-be',
    );
    expect(only).toBe('\uFEFFa;b\r\nx, y;"x; y"\r\n');
  });

  it('relu avec « ; », redonne les mêmes valeurs (décimales à la belge)', () => {
    const parsed = parseCsv(csv.slice(1), ';');
    expect(parsed.map((r) => r.length)).toEqual([6, 6, 6, 6, 6]);
    expect(parsed[2]).toEqual(['virgule', 'Un, deux; trois', '7,5', 'non', 'a | b', 'ok']);
    expect(parsed[4]?.[1]).toBe('Première ligne\nseconde ligne\r\ntroisième');
    expect(Number(parsed[3]?.[2]?.replace(',', '.'))).toBe(-3.25);
  });
});

describe('toCsv, formules neutralisées (OWASP « CSV Injection »)', () => {
  const ATTACKS = ['=HYPERLINK("https://evil.example","clic")', '+33 1', '-2+3', '@SUM(A1)', '\t=1+1', '\r=1+1'];
  const rows = ATTACKS.map((texte, i) => ({ id: `a${i}`, texte, valeur: -12.5, publie: true, themes: [texte], note: texte }));

  it.each(['standard', 'excel-be'] as const)('%s : chaque cellule de texte qui commence par = + - @, tabulation ou CR reçoit une apostrophe', (variant) => {
    const csv = toCsv(rows, COLUMNS, variant);
    const parsed = parseCsv(csv.replace(/^\uFEFF/, ''), variant === 'standard' ? ',' : ';').slice(1);
    expect(parsed.map((r) => r[1])).toEqual(ATTACKS.map((a) => `'${a}`));
    expect(parsed.map((r) => r[4])).toEqual(ATTACKS.map((a) => `'${a}`));
    expect(parsed.map((r) => r[5])).toEqual(ATTACKS.map((a) => `'${a}`));
    // No parsed cell starts with a formula character any more.
    for (const row of parsed) for (const cell of row.filter((_, i) => i !== 2)) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('une valeur numérique négative reste un nombre (colonne nombre, pas de texte)', () => {
    expect(toCsv(rows.slice(0, 1), COLUMNS)).toContain(',-12.5,');
    expect(toCsv(rows.slice(0, 1), COLUMNS, 'excel-be')).toContain(';-12,5;');
  });

  it('un texte ordinaire, même avec = ou - au milieu, ne change pas', () => {
    expect(toCsv([{ t: 'a = b - c' }], [{ name: 't', doc: '', value: (r: { t: string }) => r.t }])).toBe('t\r\na = b - c\r\n');
  });

  it('un nom de colonne est protégé lui aussi', () => {
    expect(toCsv([], [{ name: '=x', doc: '', value: () => '' }])).toBe("'=x\r\n");
  });
});
