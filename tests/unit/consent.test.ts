// Respect of the people who testify: a collected testimony needs a dated consent, a private person keeps only a first name,
// and every quotation has a source. Each refusal must say, in French, how to fix it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/integrity/index.ts';
import { loadContent, rawEntry } from '../../src/lib/integrity/load.ts';
import { fixHints, kindOf } from '../../src/lib/integrity/report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GOOD = join(ROOT, 'tests/fixtures/good-content');
const FIXTURES = join(ROOT, 'tests/fixtures/nouveau');

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** good-content plus one testimony, checked in memory. */
function check(folder: 'refuses' | 'acceptes', file: string) {
  const { entries } = loadContent(GOOD, ROOT);
  const path = `content/temoignages/${file}`;
  const entry = rawEntry('temoignages', basename(file, '.mdx'), path, readFileSync(join(FIXTURES, folder, file), 'utf8'));
  return checkContent([...entries, entry]).filter((p) => p.path === path);
}

/** The real CLI on a temp copy of good-content plus one refused testimony. */
function cli(file: string) {
  const dir = mkdtempSync(join(tmpdir(), 'humain-dabord-consentement-'));
  temps.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  mkdirSync(join(dir, 'temoignages'), { recursive: true });
  cpSync(join(FIXTURES, 'refuses', file), join(dir, 'temoignages', file));
  const run = spawnSync(process.execPath, ['scripts/check-content.ts', `--dir=${dir}`], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr, path: relative(ROOT, join(dir, 'temoignages', file)) };
}

const CASES = [
  {
    file: 'consentement-sans-date.mdx',
    what: 'publication: consentement-recueilli sans consentementDate',
    field: 'consentementDate',
    message: ['consentementDate', 'AAAA-MM-JJ'],
    hint: ['consentementDate: "AAAA-MM-JJ"'],
  },
  {
    file: 'nom-complet-prive.mdx',
    what: 'le nom complet « Marie Dupont » d’une personne privée',
    field: 'locuteur',
    message: ['prénom', 'personnePublique'],
    hint: ['prénom seul', 'personnePublique: true'],
  },
  {
    file: 'sans-source.mdx',
    what: 'un témoignage sans source',
    field: 'source',
    message: ['champ obligatoire manquant', 'content/sources/'],
    hint: ['ajoutez le champ', 'source:'],
  },
] as const;

describe.each(CASES)('refusé : $what', (c) => {
  it(`le contrôle signale le champ « ${c.field} », avec un message qui dit quoi faire`, () => {
    const problems = check('refuses', c.file);
    expect(problems.map(formatProblem)).toHaveLength(1);
    const [problem] = problems;
    expect(problem?.field).toBe(c.field);
    for (const words of c.message) expect(problem?.message).toContain(words);
    const hints = fixHints(problems).join('\n');
    expect(hints).toContain('Comment corriger :');
    for (const words of c.hint) expect(hints).toContain(words);
  });

  it('la commande échoue (code 1), garde le format fichier:ligne champ: message et ajoute « Comment corriger »', () => {
    const run = cli(c.file);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^${run.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+ ${c.field}: `, 'm'));
    expect(run.stdout).toContain('1 problème à corriger');
    expect(run.stdout.match(/Comment corriger :/g)).toHaveLength(1);
    for (const words of c.hint) expect(run.stdout).toContain(words);
  }, 30_000);
});

describe('acceptés : les mêmes règles, respectées', () => {
  it('consentement recueilli et daté, prénom seul', () => {
    expect(check('acceptes', 'consentement-date.mdx').map(formatProblem)).toEqual([]);
  });

  it('nom complet d’une personne publique, avec personnePublique: true', () => {
    expect(check('acceptes', 'personne-publique.mdx').map(formatProblem)).toEqual([]);
  });

  it('le même nom complet sans personnePublique est refusé', () => {
    const { entries } = loadContent(GOOD, ROOT);
    const text = readFileSync(join(FIXTURES, 'acceptes', 'personne-publique.mdx'), 'utf8').replace('personnePublique: true\n', '');
    const problems = checkContent([...entries, rawEntry('temoignages', 'ministre', 'content/temoignages/ministre.mdx', text)]);
    expect(problems.map((p) => p.field)).toEqual(['locuteur']);
    expect(kindOf(problems[0]!).id).toBe('nom-complet');
  });
});
