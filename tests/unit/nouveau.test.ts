// `npm run nouveau` (scripts/nouveau.ts) and its pure logic (src/lib/nouveau/), plus the readable checker output.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bodyRequired, COLLECTIONS } from '../../src/lib/collections.ts';
import { buildGraph, type Kind, type Node } from '../../src/lib/graph.ts';
import { checkContent, checkContentDir, formatProblem } from '../../src/lib/integrity/index.ts';
import { loadContent, rawEntry, type RawEntry } from '../../src/lib/integrity/load.ts';
import { frenchErrors } from '../../src/lib/integrity/messages.ts';
import type { ProblemCode } from '../../src/lib/integrity/codes.ts';
import { PROBLEM_KINDS, kindOf, report } from '../../src/lib/integrity/report.ts';
import {
  BODY,
  TYPE_NAMES,
  TYPES,
  buildEntry,
  draftFromFlags,
  draftProblems,
  entrySlug,
  escapeMdx,
  fieldError,
  joinSlug,
  keywords,
  nextOrdre,
  parseArgs,
  readAnswer,
  slugify,
  sourcePrefix,
  suggest,
  typeFromText,
  uniqueSlug,
  withFlags,
} from '../../src/lib/nouveau/index.ts';
import { articleSchema } from '../../src/schemas/article.ts';
import { chiffreSchema } from '../../src/schemas/chiffre.ts';
import { MAX_YEAR, MIN_YEAR, todayInBrussels } from '../../src/schemas/common.ts';
import { evenementSchema } from '../../src/schemas/evenement.ts';
import { sourceSchema } from '../../src/schemas/source.ts';
import { temoignageSchema } from '../../src/schemas/temoignage.ts';
import { CASES } from './nouveau-cases.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const CONTENT = join(ROOT, 'content');
const GOOD = join(ROOT, 'tests/fixtures/good-content');
const BAD = join(ROOT, 'tests/fixtures/bad-content');

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});
function copy(from: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'humain-dabord-nouveau-'));
  temps.push(dir);
  cpSync(from, dir, { recursive: true });
  return dir;
}

/** Runs `npm run nouveau` the way a script would: no terminal, so nothing is asked unless --interactif. */
function nouveau(dir: string, args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['scripts/nouveau.ts', ...args, '--dir', dir], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    ...(input === undefined ? {} : { input }),
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, output: `${run.stdout}${run.stderr}` };
}

const created = (output: string): string => {
  const match = /Fichier créé : (\S+)/.exec(output);
  if (!match?.[1]) throw new Error(`aucun fichier créé :\n${output}`);
  return resolve(ROOT, match[1]);
};

/** The site's cross-link graph, built from the parsed entries as the pages build it. */
function graphOf(dir: string) {
  const kinds: Kind[] = ['temoignages', 'chiffres', 'propositions', 'articles', 'evenements'];
  const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const nodes: Node[] = loadContent(dir, ROOT)
    .entries.filter((e: RawEntry) => (kinds as string[]).includes(e.collection))
    .map((e) => {
      const d = e.data as Record<string, unknown>;
      return {
        kind: e.collection as Kind,
        id: e.id,
        title: String(d['titre']),
        themes: list(d['themes']),
        sources: typeof d['source'] === 'string' ? [d['source']] : list(d['sources']),
        articles: list(d['articles']),
        ordre: typeof d['ordre'] === 'number' ? d['ordre'] : 0,
        links: [],
      };
    });
  return buildGraph(nodes);
}

// ---------------------------------------------------------------- pure logic

describe('noms de fichiers', () => {
  it('minuscules ASCII sans accents, écriture inclusive et ligatures comprises', () => {
    expect(slugify('Bloquée devant la machine : « Composition de ménage » !')).toBe('bloquee-devant-la-machine-composition-de-menage');
    expect(slugify('Un·e professionnel·le')).toBe('une-professionnelle');
    expect(slugify('Œuvre d’Éléonore, cœur')).toBe('oeuvre-d-eleonore-coeur');
    expect(slugify('   ')).toBe('');
  });

  it('garde les mots qui comptent', () => {
    expect(keywords("Bloquée au guichet : on m'a dit « allez sur internet »", 4)).toEqual(['bloquee', 'guichet', 'dit', 'allez']);
    expect(keywords('Une passante', 3)).toEqual(['passante']);
    expect(keywords('De la', 3)).toEqual(['de', 'la']);
  });

  it('coupe à un tiret, jamais au milieu d’un mot, et ne rend jamais un nom vide', () => {
    const slug = joinSlug(['lettre', 'a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)], 70);
    expect(slug).toBe(`lettre-${'a'.repeat(30)}-${'b'.repeat(30)}`);
    expect(joinSlug(['', ''])).toBe('entree');
  });

  it('ajoute -2, -3… quand le nom est pris', () => {
    const taken = new Set(['lettre-marie', 'lettre-marie-2']);
    expect(uniqueSlug('lettre-jamila', (id) => taken.has(id))).toBe('lettre-jamila');
    expect(uniqueSlug('lettre-marie', (id) => taken.has(id))).toBe('lettre-marie-3');
  });

  it('préfixe de la source : celui des entrées existantes, sinon le premier mot de son identifiant', () => {
    const { entries } = loadContent(CONTENT, ROOT);
    const rows = entries.map((e) => ({ id: e.id, source: (e.data as Record<string, unknown>)['source'] }));
    expect(sourcePrefix('lettre-parlementaires', rows)).toBe('lettre');
    expect(sourcePrefix('bxl-sante-numerique', rows)).toBe('bxlsante');
    expect(sourcePrefix('cahier-recherchaction-16', rows)).toBe('fdss');
    expect(sourcePrefix('recueil-permanence-2026', rows)).toBe('recueil');
  });

  it('nom proposé selon le type', () => {
    const draft = { titre: 'Payer le parking avec une application', locuteur: 'Une travailleuse sociale', date: '2026-03-01' };
    expect(entrySlug(TYPES.temoignage, draft, 'lettre')).toBe('lettre-travailleuse-sociale-payer-parking-application');
    expect(entrySlug(TYPES.proposition, draft, 'bw')).toBe('bw-payer-parking-application');
    expect(entrySlug(TYPES.evenement, draft, '')).toBe('2026-03-01-payer-parking-application');
  });
});

describe('ordre', () => {
  it('(plus grand ordre de la même source) + 10, ou 10 pour la première entrée', () => {
    const rows = [
      { source: 'a', ordre: 30 },
      { source: 'a', ordre: 120 },
      { source: 'b', ordre: 500 },
      { source: 'a', ordre: 'x' },
    ];
    expect(nextOrdre('a', rows)).toBe(130);
    expect(nextOrdre('c', rows)).toBe(10);
  });
});

describe('options de la ligne de commande', () => {
  it('lit --nom valeur, --nom=valeur et les options sans valeur', () => {
    const { flags, errors } = parseArgs(['--type', 'temoignage', '--titre=Un titre', '--oui', '--anonymise', '--themes', 'a,b', '-h']);
    expect(errors).toEqual([]);
    expect(Object.fromEntries(flags)).toEqual({ type: 'temoignage', titre: 'Un titre', oui: true, anonymise: true, themes: 'a,b', aide: true });
  });

  it('refuse un mot isolé', () => {
    expect(parseArgs(['temoignage']).errors[0]).toContain('« temoignage »');
  });

  it('comprend le type écrit avec accents, majuscules ou au pluriel', () => {
    expect(typeFromText('Témoignages')).toBe('temoignage');
    expect(typeFromText('événement')).toBe('evenement');
    expect(typeFromText('article')).toBeUndefined();
  });

  it('une option inconnue pour ce type est signalée avec la liste des options', () => {
    const { errors } = draftFromFlags(TYPES.chiffre, new Map([['locuteur', 'Jamila']]));
    expect(errors[0]).toContain('--locuteur');
    expect(errors[0]).toContain('--valeur');
  });
});

describe('réponses', () => {
  const field = (type: keyof typeof TYPES, key: string) => TYPES[type].fields.find((f) => f.key === key)!;

  it('nombres (virgule décimale), oui/non, listes, choix par numéro', () => {
    expect(readAnswer(field('chiffre', 'valeur'), '7,5')).toBe(7.5);
    expect(readAnswer(field('chiffre', 'valeur'), 'quarante')).toBe('quarante');
    expect(readAnswer(field('temoignage', 'anonymise'), 'Oui')).toBe(true);
    expect(readAnswer(field('temoignage', 'anonymise'), 'non')).toBe(false);
    expect(readAnswer(field('temoignage', 'themes'), '2, acces-aux-droits,', ['x', 'demarches-en-ligne'])).toEqual(['demarches-en-ligne', 'acces-aux-droits']);
    expect(readAnswer(field('temoignage', 'profil'), '1', ['citoyen', 'expert'])).toBe('citoyen');
    expect(readAnswer(field('temoignage', 'role'), '   ')).toBeUndefined();
    expect(readAnswer(field('temoignage', BODY), 'ligne 1\r\n\r\nligne 2\n')).toBe('ligne 1\n\nligne 2');
  });

  it('chaque réponse est vérifiée par le schéma, règles croisées comprises', () => {
    const spec = TYPES.temoignage;
    expect(fieldError(spec, { locuteur: 'Marie Dupont' }, field('temoignage', 'locuteur'))).toContain('prénom');
    expect(fieldError(spec, { locuteur: 'Marie Dupont', personnePublique: true }, field('temoignage', 'locuteur'))).toBeUndefined();
    expect(fieldError(spec, { publication: 'consentement-recueilli' }, field('temoignage', 'consentementDate'))).toContain('consentementDate');
    expect(fieldError(spec, {}, field('temoignage', 'consentementDate'))).toBeUndefined();
    expect(fieldError(spec, { page: 0 }, field('temoignage', 'page'))).toBe('doit être au moins 1');
    expect(fieldError(spec, { anonymise: 'peut-être' }, field('temoignage', 'anonymise'))).toBe('répondez oui ou non');
    expect(fieldError(spec, { [BODY]: 'Voir <script>alert(1)</script>' }, field('temoignage', BODY))).toContain('<script>');
    expect(fieldError(spec, {}, field('temoignage', BODY))).toContain('vide');
    expect(fieldError(TYPES.chiffre, {}, field('chiffre', BODY))).toBeUndefined();
  });

  it('une référence doit exister ; une faute de frappe proche est suggérée', () => {
    const known = { themes: ['acces-aux-droits', 'demarches-en-ligne'] };
    expect(fieldError(TYPES.temoignage, { themes: ['demarches'] }, field('temoignage', 'themes'), known)).toBe(
      "« demarches » n'existe pas dans content/themes/ — vouliez-vous dire « demarches-en-ligne » ?",
    );
    expect(suggest('acces-au-droits', known.themes)).toBe('acces-aux-droits');
    expect(suggest('sante', known.themes)).toBeUndefined();
  });

  it('liste tout ce qui manque d’un coup, y compris ce qu’exige une autre réponse', () => {
    const { missing, invalid } = draftProblems(TYPES.temoignage, { titre: 'T', profil: 'citoyenne', publication: 'consentement-recueilli' });
    expect(missing.map((f) => f.flag)).toEqual(['source', 'emplacement', 'locuteur', 'texte', 'themes', 'consentement-date']);
    expect(invalid.map((i) => i.field.flag)).toEqual(['profil']);
  });

  it('les noms de champs cités par les messages deviennent des options', () => {
    expect(withFlags(TYPES.temoignage, 'mettez `personnePublique: true` ou `consentementDate`')).toBe('mettez --personne-publique ou --consentement-date');
  });
});

describe('cohérence avec les schémas', () => {
  it.each(TYPE_NAMES)('%s : chaque question vise un champ du schéma, chaque champ a sa question, le modèle est valide', (name) => {
    const spec = TYPES[name];
    const keys = Object.keys(spec.schema.shape);
    for (const f of spec.fields) if (f.key !== BODY) expect(keys, f.key).toContain(f.key);
    const asked = new Set(spec.fields.map((f) => f.key));
    expect(keys.filter((k) => !asked.has(k) && k !== 'ordre')).toEqual([]);
    expect(new Set(spec.fields.map((f) => f.flag)).size).toBe(spec.fields.length);
    const data = Object.fromEntries(Object.entries(spec.template).filter(([key]) => key !== BODY));
    expect(spec.schema.safeParse(data).success).toBe(true);
  });
});

describe('questions tirées des schémas', () => {
  /** « consentementDate » → « consentement date » : a question that only respells the key is still a raw name. */
  const plain = (s: string) =>
    s
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();

  it.each(TYPE_NAMES)('%s : chaque question est le titre du champ dans le schéma, son aide la description ; le corps vient du registre', (name) => {
    const spec = TYPES[name];
    const json = z.toJSONSchema(spec.schema, { io: 'input', unrepresentable: 'any' }) as {
      properties: Record<string, { title?: string; description?: string; enum?: string[] }>;
    };
    for (const f of spec.fields) {
      if (f.key === BODY) continue;
      const p = json.properties[f.key];
      expect(f.question, f.key).toBe(p?.title);
      expect(f.help, f.key).toBe(p?.description);
      expect(plain(f.question), f.key).not.toBe(plain(f.key));
      if (p?.enum) expect(f.choices?.map(([v]) => v)).toEqual(p.enum);
    }
    expect(spec.bodyRequired).toBe(bodyRequired(spec.collection));
    expect(spec.fields.some((f) => f.key === BODY)).toBe(COLLECTIONS[spec.collection].body !== 'none');
  });

  it('les exemples du ticket : « Qui parle ? », « Date du consentement », options en kebab-case', () => {
    const byKey = new Map(TYPES.temoignage.fields.map((f) => [f.key, f]));
    expect(byKey.get('locuteur')?.question).toBe('Qui parle ?');
    expect(byKey.get('consentementDate')).toMatchObject({ question: 'Date du consentement', flag: 'consentement-date', kind: 'date' });
    expect(byKey.get('autresEmplacements')).toMatchObject({ question: 'Autres passages du même texte', flag: 'autres-emplacements', advanced: true });
    expect(byKey.get(BODY)?.question).toBe('Citation, mot pour mot');
  });
});

// ---------------------------------------------------------------- dates, years and addresses (src/schemas/common.ts)

describe('dates, années et adresses', () => {
  const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  const consent = (date: string) =>
    fieldError(
      TYPES.temoignage,
      { publication: 'consentement-recueilli', consentementDate: date },
      TYPES.temoignage.fields.find((f) => f.key === 'consentementDate')!,
    );

  it('date du consentement : un jour qui existe, pas après aujourd’hui', () => {
    expect(consent('2024-02-31')).toContain('qui existe au calendrier');
    expect(consent('2023-02-29')).toContain('qui existe au calendrier');
    expect(consent('2024-02-29')).toBeUndefined();
    expect(consent(todayInBrussels())).toBeUndefined();
    expect(consent(dayAfter(todayInBrussels()))).toContain('futur');
    expect(consent('1969-12-31')).toContain(`entre ${MIN_YEAR} et ${MAX_YEAR}`);
  });

  it('date d’un événement : AAAA, AAAA-MM ou AAAA-MM-JJ, toujours un mois et un jour qui existent', () => {
    const message = (date: unknown) => evenementSchema.shape.date.safeParse(date).error?.issues[0]?.message;
    for (const ok of ['2024', '2024-02', '2024-02-29', `${MIN_YEAR}`, `${MAX_YEAR}-12-31`]) expect(message(ok), ok).toBeUndefined();
    expect(message('2024-02-31')).toContain("ce jour n'existe pas");
    expect(message('2023-02-29')).toContain("ce jour n'existe pas");
    expect(message('2024-13')).toContain("ce mois n'existe pas");
    expect(message('2024-00-10')).toContain("ce mois n'existe pas");
    expect(message('31/12/2024')).toContain('AAAA-MM-JJ, AAAA-MM ou AAAA');
    expect(message(2024)).toContain('entre guillemets');
  });

  it(`une seule plage d’années (${MIN_YEAR}–${MAX_YEAR}) pour tous les schémas`, () => {
    const years: [string, z.ZodType, (y: number) => unknown][] = [
      ['chiffres.anneeDonnees', chiffreSchema.shape.anneeDonnees, (y) => y],
      ['chiffres.anneePublication', chiffreSchema.shape.anneePublication, (y) => y],
      ['temoignages.annee', temoignageSchema.shape.annee, (y) => y],
      ['sources.annee', sourceSchema.shape.annee, (y) => y],
      ['evenements.date', evenementSchema.shape.date, (y) => `${y}-06`],
      ['temoignages.consentementDate (année)', temoignageSchema.shape.consentementDate, (y) => `${y}-01-01`],
    ];
    for (const [name, schema, value] of years) {
      expect(schema.safeParse(value(MIN_YEAR)).success, `${name} ${MIN_YEAR}`).toBe(true);
      expect(schema.safeParse(value(MIN_YEAR - 1)).success, `${name} ${MIN_YEAR - 1}`).toBe(false);
      if (!name.startsWith('temoignages.consentementDate')) expect(schema.safeParse(value(MAX_YEAR)).success, `${name} ${MAX_YEAR}`).toBe(true);
      expect(schema.safeParse(value(MAX_YEAR + 1)).success, `${name} ${MAX_YEAR + 1}`).toBe(false);
    }
  });

  it('adresses web : http(s) seulement, javascript: et data: refusés en français', () => {
    for (const url of [sourceSchema.shape.url, articleSchema.shape.urlOfficielle]) {
      expect(url.safeParse('https://www.ejustice.just.fgov.be/eli/ordonnance/2025/01/01').success).toBe(true);
      expect(url.safeParse('http://example.org/page').success).toBe(true);
      for (const bad of [
        'javascript:alert(1)',
        'JavaScript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'file:///etc/passwd',
        'ftp://example.org/x',
        'example.org',
      ]) {
        const issue = url.safeParse(bad).error?.issues[0];
        expect(issue?.message, bad).toContain('https://');
        expect(issue?.message, bad).toContain('javascript:');
      }
    }
  });

  const FIXTURES = join(ROOT, 'tests/fixtures/nouveau/dates-et-adresses');
  it.each([
    { file: 'sources/url-javascript.yaml', line: 5, field: 'url', says: 'https://' },
    { file: 'sources/url-data.yaml', line: 5, field: 'url', says: 'data:' },
    { file: 'temoignages/consentement-31-fevrier.mdx', line: 10, field: 'consentementDate', says: "n'est pas un jour du calendrier" },
    { file: 'temoignages/consentement-futur.mdx', line: 10, field: 'consentementDate', says: 'futur' },
    { file: 'evenements/2023-02-29-jour-impossible.yaml', line: 1, field: 'date', says: "n'est pas un jour du calendrier" },
    { file: 'chiffres/annee-2040.mdx', line: 7, field: 'anneeDonnees', says: `entre ${MIN_YEAR} et ${MAX_YEAR}` },
  ])('le contrôle du contenu refuse $file (ligne $line, $field)', ({ file, line, field, says }) => {
    const dir = copy(GOOD);
    cpSync(join(FIXTURES, file), join(dir, file));
    const problems = checkContentDir(dir, ROOT)
      .map(formatProblem)
      .filter((p) => p.includes(file.split('/')[1]!));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(`${file.split('/')[1]}:${line} ${field}:`);
    expect(problems[0]).toContain(says);
  });
});

describe('fichier écrit', () => {
  const draft = {
    titre: 'Bloquée : « allez sur internet »',
    locuteur: 'Jamila',
    profil: 'citoyen',
    source: 'cahier-exemple',
    emplacement: 'Question 2',
    ordre: 20,
    themes: ['guichets-et-contact-humain', 'acces-aux-droits'],
    annee: 2023,
    publication: 'publie-par-la-source',
    anonymise: false,
    consentementDate: '2026-11-20',
    [BODY]: 'Au guichet {toujours} fermé, <rien>.\r\n\r\nDeuxième paragraphe.',
  };

  it('en-tête YAML dans l’ordre du schéma, textes et dates entre guillemets, listes sur une ligne, valeurs par défaut omises', () => {
    const { text } = buildEntry(TYPES.temoignage, draft);
    expect(text).toBe(
      [
        '---',
        'titre: "Bloquée : « allez sur internet »"',
        'locuteur: "Jamila"',
        'profil: citoyen',
        'source: cahier-exemple',
        'emplacement: "Question 2"',
        'ordre: 20',
        'themes: [guichets-et-contact-humain, acces-aux-droits]',
        'annee: 2023',
        'consentementDate: "2026-11-20"',
        '---',
        'Au guichet \\{toujours\\} fermé, \\<rien>.',
        '',
        'Deuxième paragraphe.',
        '',
      ].join('\n'),
    );
  });

  it('relu par le contrôle, il redonne les mêmes valeurs et passe', () => {
    const { text, data } = buildEntry(TYPES.temoignage, draft);
    const entry = rawEntry('temoignages', 'jamila-2', 'content/temoignages/jamila-2.mdx', text);
    expect(entry.data).toEqual(data);
    expect(temoignageSchema.safeParse(entry.data).success).toBe(true);
    const { entries } = loadContent(GOOD, ROOT);
    expect(checkContent([...entries, entry]).map(formatProblem)).toEqual([]);
  });

  it('un événement est un fichier YAML sans corps', () => {
    const { text } = buildEntry(TYPES.evenement, { date: '2026-03-01', titre: 'Action', description: 'Détail', sources: ['s'], themes: ['t'] });
    expect(text).toBe('date: "2026-03-01"\ntitre: "Action"\ndescription: "Détail"\nsources: [s]\nthemes: [t]\n');
  });

  it('échappe ce que MDX lirait comme du code', () => {
    expect(escapeMdx('a {b} <c> d')).toBe('a \\{b\\} \\<c> d');
  });
});

// ---------------------------------------------------------------- the command, on a copy of content/

// Each test starts Node once or twice: allow for a machine busy with a build.
describe('npm run nouveau, sans questions, sur une copie de content/', { timeout: 60_000 }, () => {
  let dir = '';
  beforeAll(() => {
    dir = copy(CONTENT);
  });

  it.each(CASES)('$type : le fichier est écrit, le contrôle passe, l’entrée est listée sous son thème', (c) => {
    const run = nouveau(dir, ['--type', c.type, ...c.args.flat(), '--oui']);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('aucun problème');
    const file = created(run.stdout);
    expect(existsSync(file)).toBe(true);
    expect(file.startsWith(join(dir, c.collection))).toBe(true);
    const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.(mdx|yaml)$/, '');
    expect(id.startsWith(c.prefix), id).toBe(true);
    const text = readFileSync(file, 'utf8');
    for (const line of c.expect) expect(text).toContain(line);
    // A collected testimony filed under a published seed document gets a warning (provenance would fail).
    expect(run.stderr.includes('report:coverage')).toBe(c.type === 'temoignage');
    expect(text).toContain(c.theme);

    expect(checkContentDir(dir, ROOT).map(formatProblem)).toEqual([]);
    const listed = graphOf(dir).byTheme.get(c.theme) ?? [];
    expect(listed.map((n) => `${n.kind}/${n.id}`)).toContain(`${c.collection}/${id}`);
  });

  it('ordre = plus grand ordre de la même source + 10', () => {
    const ordres = loadContent(dir, ROOT)
      .entries.filter((e) => e.collection === 'propositions')
      .map((e) => e.data as Record<string, unknown>)
      .filter((d) => d['source'] === 'cahier-recommandations-bw')
      .map((d) => d['ordre'] as number)
      .sort((a, b) => b - a);
    expect(ordres[0]).toBe(ordres[1]! + 10);
  });

  it('même locuteur et même titre deux fois : le second fichier prend le suffixe -2', () => {
    const args = [
      '--type',
      'temoignage',
      '--titre',
      'Le code arrive trop tard',
      '--locuteur',
      'Karim',
      '--profil',
      'citoyen',
      '--source',
      'lettre-parlementaires',
      '--emplacement',
      'Permanence',
      '--themes',
      'demarches-en-ligne',
      '--texte',
      'Le code arrive quand la page est déjà fermée.',
      '--oui',
    ];
    const first = created(nouveau(dir, args).stdout);
    const second = created(nouveau(dir, args).stdout);
    expect(first.endsWith('/lettre-karim-code-arrive-trop-tard.mdx')).toBe(true);
    expect(second.endsWith('/lettre-karim-code-arrive-trop-tard-2.mdx')).toBe(true);
    expect(checkContentDir(dir, ROOT).map(formatProblem)).toEqual([]);
  });

  it('sans --source : code 2, message en français qui nomme --source, rien n’est écrit', () => {
    const before = readdirSync(join(dir, 'temoignages')).length;
    const run = nouveau(dir, [
      '--type',
      'temoignage',
      '--titre',
      'T',
      '--locuteur',
      'Karim',
      '--profil',
      'citoyen',
      '--emplacement',
      'p. 1',
      '--themes',
      'demarches-en-ligne',
      '--texte',
      'Texte.',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("Impossible de créer un témoignage : rien n'a été écrit.");
    expect(run.stderr).toMatch(/Il manque :\n\s+--source\s+Document d'où vient la citation/);
    expect(run.stderr).not.toContain('--titre ');
    expect(readdirSync(join(dir, 'temoignages'))).toHaveLength(before);
  });

  it('valeurs refusées : code 2, chaque option fautive nommée avec la correction', () => {
    const run = nouveau(dir, [
      '--type',
      'temoignage',
      '--titre',
      'T',
      '--locuteur',
      'Marie Dupont',
      '--profil',
      'citoyenne',
      '--source',
      'lettre-parlementaire',
      '--emplacement',
      'p. 1',
      '--themes',
      'demarches-en-ligne',
      '--texte',
      'Texte.',
      '--publication',
      'consentement-recueilli',
    ]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--consentement-date');
    expect(run.stderr).toContain("--profil « citoyenne » : doit être l'un de : citoyen");
    expect(run.stderr).toContain('--locuteur « Marie Dupont »');
    expect(run.stderr).toContain('--personne-publique');
    expect(run.stderr).toContain('vouliez-vous dire « lettre-parlementaires »');
  });

  it('sans --type ni terminal : code 2 ; option inconnue : code 2 ; --aide : code 0', () => {
    expect(nouveau(dir, ['--titre', 'T']).stderr).toMatch(/Il manque :\n\s+--type/);
    const unknown = nouveau(dir, ['--type', 'chiffre', '--locuteur', 'Jamila']);
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('option inconnue --locuteur');
    const help = nouveau(dir, ['--aide']);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--consentement-date');
  });

  it('en questions (--interactif) : réponses par numéro, nom complet refusé puis corrigé, consentement daté', () => {
    const answers = [
      '1', // un témoignage
      'lettre-parlementaires',
      'Permanence du jeudi',
      '', // page
      '1', // citoyen
      'Aïcha Benali', // refusé : nom complet
      'Aïcha',
      '', // rôle
      'Le formulaire refuse mon adresse',
      'Le formulaire dit que mon adresse n’existe pas.',
      '',
      'Pourtant j’y habite depuis dix ans.',
      '.',
      '2,1', // thèmes par numéro
      '', // articles
      '', // propositions
      '2025', // année
      '2', // consentement-recueilli
      '20-11-2026', // refusé : format
      '2026-11-20',
      'o', // anonymisé
      'o', // écrire
    ];
    const run = nouveau(dir, ['--interactif'], `${answers.join('\n')}\n`);
    expect(run.status, run.output).toBe(0);
    expect(run.stdout).toContain('✗ un nom complet de personne privée');
    expect(run.stdout).toContain('✗ doit être une date AAAA-MM-JJ');
    const file = created(run.stdout);
    expect(file.endsWith('/lettre-aicha-formulaire-refuse-adresse.mdx')).toBe(true);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('locuteur: "Aïcha"');
    expect(text).toContain('themes: [demarches-en-ligne, guichets-et-contact-humain]');
    expect(text).toContain('consentementDate: "2026-11-20"');
    expect(text).toContain('anonymise: true');
    expect(text).toContain('n’existe pas.\n\nPourtant');
  });

  it('en questions, répondre « n » à la fin n’écrit rien (code 130)', () => {
    const before = readdirSync(join(dir, 'evenements')).length;
    const run = nouveau(
      dir,
      ['--interactif', '--type', 'evenement', '--date', '2026-12-01', '--titre', 'Action', '--description', 'Détail', '--sources', 'lettre-parlementaires'],
      ['', '', '', '15', 'n'].join('\n') + '\n',
    );
    expect(run.status, run.output).toBe(130);
    expect(run.stdout).toContain("rien n'a été écrit");
    expect(readdirSync(join(dir, 'evenements'))).toHaveLength(before);
  });

  it('si le contrôle échoue après l’écriture, le code de sortie est 1', () => {
    const broken = copy(GOOD);
    writeFileSync(join(broken, 'themes', 'orphelin.yaml'), 'titre: "Orphelin"\ndescription: "Aucun usage."\nordre: 3\n');
    const run = nouveau(broken, [
      '--type',
      'evenement',
      '--date',
      '2026',
      '--titre',
      'Action',
      '--description',
      'Détail',
      '--sources',
      'cahier-exemple',
      '--themes',
      'acces-aux-droits',
    ]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('orphelin.yaml:1 (thème):');
    expect(run.stdout).toContain('Comment corriger :');
  });
});

// ---------------------------------------------------------------- readable checker output

// Each test starts Node once or twice: allow for a machine busy with a build.
describe('npm run check:content lisible', { timeout: 60_000 }, () => {
  const CASES = JSON.parse(readFileSync(join(BAD, 'cases.json'), 'utf8')) as { folder: string; file: string; field: string; codes: ProblemCode[] }[];

  it('chaque cas de bad-content a sa famille de problème et sa ligne « Comment corriger »', () => {
    const generic = new Set(['type-invalide', 'pourcentage-trop-grand', 'annee-hors-limites']);
    for (const c of CASES) {
      const dir = copy(GOOD);
      cpSync(join(BAD, c.folder, c.file), join(dir, c.file));
      const problems = checkContentDir(dir, ROOT);
      const kinds = new Set(problems.map((p) => kindOf(p).id));
      // One kind per case, except a case that cases.json says breaks two rules at once.
      expect(kinds, c.folder).toEqual(new Set(c.codes.map((code) => kindOf({ code }).id)));
      expect(kinds.has('valeur'), c.folder).toBe(generic.has(c.folder));
      const out = report(problems, 1);
      expect(out.problems).toEqual(problems.map(formatProblem));
      expect(
        out.summary.filter((l) => l.includes('Comment corriger :')),
        c.folder,
      ).toHaveLength(kinds.size);
    }
  });

  it('chaque famille a un nom et une correction', () => {
    for (const kind of PROBLEM_KINDS) {
      expect(kind.label.length).toBeGreaterThan(3);
      expect(kind.fix.length).toBeGreaterThan(30);
    }
  });

  it('sans problème, une seule ligne et aucune correction', () => {
    expect(report([], 12, 3.4)).toEqual({ problems: [], summary: ['Contenu vérifié : 12 fichiers, aucun problème. (3 ms)'] });
  });

  it('les messages de zod sans texte du schéma sont en français', () => {
    const messages = (data: Record<string, unknown>) => {
      const parsed = temoignageSchema.safeParse(data, { error: frenchErrors });
      return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    };
    expect(messages({ page: 'deux' })).toContain('page: doit être un nombre écrit en chiffres, sans guillemets (ex. 12)');
    expect(messages({ page: 1.5 })).toContain('page: doit être un nombre entier, sans guillemets (ex. 12)');
    expect(messages({ page: 0 })).toContain('page: doit être au moins 1');
    expect(messages({ autresEmplacements: [''] })).toContain('autresEmplacements.0: ne peut pas être vide');
    expect(messages({ anonymise: 'oui' })).toContain('anonymise: doit être true (oui) ou false (non), sans guillemets');
  });

  it('--watch revérifie à chaque enregistrement et s’arrête avec Ctrl+C', async () => {
    const dir = copy(GOOD);
    const child = spawn(process.execPath, ['scripts/check-content.ts', `--dir=${dir}`, '--watch'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const until = async (test: () => boolean) => {
      for (let i = 0; i < 400 && !test(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(test(), `${stdout}\n${stderr}`).toBe(true);
    };
    try {
      await until(() => stdout.includes('aucun problème') && stdout.includes('Ctrl+C'));
      const file = join(dir, 'temoignages', 'jamila-guichet.mdx');
      const broken = readFileSync(file, 'utf8').replace('locuteur: "Jamila"', 'locuteur: "Jamila Benali"');
      writeFileSync(file, broken);
      // Saved again every second until the check reruns, as a person would: on a busy machine, the first save can
      // come before the recursive watch has reached the subfolder.
      let saves = 0;
      await until(() => {
        if (stderr.includes('jamila-guichet.mdx:3 locuteur:')) return true;
        if (++saves % 20 === 0) writeFileSync(file, broken);
        return false;
      });
      await until(() => stdout.includes('Comment corriger :'));
      expect(stdout.match(/— Vérification à/g)?.length).toBeGreaterThanOrEqual(2);
      const exited = new Promise<number | null>((r) => child.on('exit', r));
      child.kill('SIGINT');
      expect(await exited).toBe(0);
      expect(stdout).toContain('Surveillance arrêtée.');
    } finally {
      child.kill();
    }
  }, 45_000);
});
