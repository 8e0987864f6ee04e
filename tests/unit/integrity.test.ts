import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { issueCode } from '../../src/lib/integrity/check.ts';
import { checkContent, checkContentDir, formatProblem, type Problem } from '../../src/lib/integrity/index.ts';
import { loadContent, rawEntry } from '../../src/lib/integrity/load.ts';
import { checkMdxBody } from '../../src/lib/integrity/mdx-safety.ts';
import { PROBLEM_CODES, type ProblemCode } from '../../src/lib/integrity/codes.ts';
import { fixHints, kindOf, KIND_BY_CODE } from '../../src/lib/integrity/report.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const GOOD = join(ROOT, 'tests/fixtures/good-content');
const BAD = join(ROOT, 'tests/fixtures/bad-content');

interface BadCase {
  folder: string;
  file: string;
  field: string;
  line: number;
  /** Expected number of problems (1 unless said otherwise). */
  problems?: number;
  description: string;
  /** Codes of the problems it gives, in order. */
  codes: ProblemCode[];
}

const CASES = JSON.parse(readFileSync(join(BAD, 'cases.json'), 'utf8')) as BadCase[];

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A fresh copy of good-content in the system temp folder, plus the files of the given bad cases. */
function tree(...cases: BadCase[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'humain-dabord-contenu-'));
  temps.push(dir);
  cpSync(GOOD, dir, { recursive: true });
  for (const c of cases) {
    mkdirSync(dirname(join(dir, c.file)), { recursive: true });
    // verbatimSymlinks: the symlink case must stay a link, not become a copy of its target.
    cpSync(join(BAD, c.folder, c.file), join(dir, c.file), { verbatimSymlinks: true });
  }
  return dir;
}

/** Runs the real CLI with the Node that runs vitest (Node 24: type stripping). */
function cli(dir: string) {
  const run = spawnSync(process.execPath, ['scripts/check-content.ts', `--dir=${dir}`], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });
  return { status: run.status, output: `${run.stdout}${run.stderr}`, stderr: run.stderr };
}

/**
 * The cases grouped so that no two in a group write the same file: the real CLI runs once per group (a process start
 * costs about a second; the checker reports every problem of a tree at once, which the case below asserts too).
 */
const CLI_BATCHES: BadCase[][] = [];
for (const c of CASES) {
  const free = CLI_BATCHES.find((b) => b.every((other) => other.file !== c.file));
  if (free) free.push(c);
  else CLI_BATCHES.push([c]);
}
const cliRuns = new Map<BadCase[], { dir: string; run: ReturnType<typeof cli> }>();
/** The CLI's run over the tree holding `c` and the other cases of its group (run on first use). */
function cliBatchOf(c: BadCase): { dir: string; run: ReturnType<typeof cli> } {
  const batch = CLI_BATCHES.find((b) => b.includes(c))!;
  let done = cliRuns.get(batch);
  if (!done) {
    const dir = tree(...batch);
    done = { dir, run: cli(dir) };
    cliRuns.set(batch, done);
  }
  return done;
}

describe('fixtures du contrôle de contenu', () => {
  it('cases.json couvre au moins 40 cas, chacun avec un fichier dans son dossier', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CASES.map((c) => c.folder)).size).toBe(CASES.length);
    for (const c of CASES) {
      const { entries, strays } = loadContent(join(BAD, c.folder), ROOT);
      expect([...entries.map((e) => e.path), ...strays.map((p) => p.path)], c.folder).toEqual([relative(ROOT, join(BAD, c.folder, c.file))]);
    }
  });

  it('good-content contient une entrée par collection (2 chiffres pour sa série), 2 thèmes et 1 source', () => {
    const { entries } = loadContent(GOOD, ROOT);
    const count = (collection: string) => entries.filter((e) => e.collection === collection).length;
    expect(count('themes')).toBe(2);
    expect(count('sources')).toBe(1);
    expect(count('chiffres')).toBe(2);
    for (const collection of ['series', 'temoignages', 'articles', 'propositions', 'evenements']) expect(count(collection), collection).toBe(1);
  });
});

describe('good-content passe le contrôle', () => {
  it('checkContentDir ne trouve aucun problème', () => {
    const problems = checkContentDir(tree(), ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('la commande sort avec le code 0', { timeout: 30_000 }, () => {
    const run = cli(tree());
    expect(run.stderr).toBe('');
    expect(run.output).toContain('aucun problème');
    expect(run.status).toBe(0);
  });
});

describe.each(CASES)('cas $folder — $description', (c) => {
  const dir = tree(c);
  const path = relative(ROOT, join(dir, c.file));
  const prefix = `${path}:${c.line} ${c.field}:`;
  // Checked once for the two tests that read the problems.
  let checked: Problem[] | undefined;
  const problemsOf = () => (checked ??= checkContentDir(dir, ROOT));

  it(`checkContentDir signale ${c.file}, champ « ${c.field} »`, () => {
    const problems = problemsOf();
    const lines = problems.map(formatProblem);
    expect(problems.length, lines.join('\n')).toBeGreaterThan(0);
    // The bad file is broken in exactly one way, and nothing else in the tree is touched.
    expect(problems, lines.join('\n')).toHaveLength(c.problems ?? 1);
    expect(
      problems.every((p: Problem) => p.path === path),
      lines.join('\n'),
    ).toBe(true);
    expect(problems.some((p) => p.field === c.field && p.line === c.line && p.message.length > 10)).toBe(true);
    expect(
      lines.some((l) => l.startsWith(prefix)),
      lines.join('\n'),
    ).toBe(true);
  });

  it(`chaque problème porte le code attendu (${c.codes.join(', ')}), connu et expliqué`, () => {
    const problems = problemsOf();
    expect(problems.map((p) => p.code)).toEqual(c.codes);
    for (const p of problems) {
      expect(PROBLEM_CODES).toContain(p.code);
      expect(kindOf(p).fix.length).toBeGreaterThan(30);
    }
  });

  it('la commande échoue et nomme le fichier et le champ', { timeout: 30_000 }, () => {
    const { run, dir: batchDir } = cliBatchOf(c);
    const batchPrefix = `${relative(ROOT, join(batchDir, c.file))}:${c.line} ${c.field}:`;
    expect(run.status).not.toBe(0);
    expect(run.status).toBe(1);
    expect(run.output).toContain(relative(ROOT, join(batchDir, c.file)));
    expect(run.output).toContain(c.field);
    expect(run.stderr).toContain(batchPrefix);
  });
});

describe('le contrôle signale tout à la fois', () => {
  it('trois fichiers fautifs donnent au moins trois problèmes, un par fichier', { timeout: 30_000 }, () => {
    const picked = ['type-invalide', 'theme-inutilise', 'balise-script'].map((folder) => {
      const c = CASES.find((x) => x.folder === folder);
      if (!c) throw new Error(`cas ${folder} absent de cases.json`);
      return c;
    });
    const dir = tree(...picked);
    const problems = checkContentDir(dir, ROOT);
    expect(problems.length).toBeGreaterThanOrEqual(3);
    for (const c of picked) expect(problems.some((p) => p.path === relative(ROOT, join(dir, c.file)) && p.field === c.field)).toBe(true);

    const run = cli(dir);
    expect(run.status).toBe(1);
    for (const c of picked) expect(run.stderr).toContain(`${relative(ROOT, join(dir, c.file))}:${c.line} ${c.field}:`);
    expect(run.output).toContain('3 problèmes');
  });

  it('tous les cas ensemble : chaque fichier fautif est signalé', () => {
    const dir = tree(...CASES);
    const problems = checkContentDir(dir, ROOT);
    for (const c of CASES) {
      const path = relative(ROOT, join(dir, c.file));
      expect(
        problems.some((p) => p.path === path && p.field === c.field),
        c.folder,
      ).toBe(true);
    }
  });
});

describe('codes des problèmes', () => {
  it('reformuler un message ne change pas son groupe ni sa correction', () => {
    const problems = checkContentDir(tree(...CASES), ROOT);
    expect(new Set(problems.map((p) => p.code)).size).toBeGreaterThanOrEqual(25);
    const reworded = problems.map((p) => ({ ...p, message: 'message reformulé', field: 'ailleurs' }));
    expect(fixHints(reworded)).toEqual(fixHints(problems));
  });

  it('une règle de schéma donne son code par `params: { code }` ; sans code, elle reste « schema.rule »', () => {
    const issue = (params?: Record<string, unknown>) =>
      z
        .object({ a: z.string() })
        .refine(() => false, { error: 'x', params })
        .safeParse({ a: 'b' }).error!.issues[0]!;
    expect(issueCode({ a: 'b' }, issue({ code: 'consent.future' }))).toBe('consent.future');
    expect(issueCode({ a: 'b' }, issue({ code: 'pas-un-code' }))).toBe('schema.rule');
    expect(issueCode({ a: 'b' }, issue())).toBe('schema.rule');
  });

  it('aucun code ne tombe dans une famille fourre-tout : seuls les codes du schéma partagent « valeur refusée »', () => {
    const generic = PROBLEM_CODES.filter((code) => KIND_BY_CODE[code].id === 'valeur');
    expect(generic).toEqual(['schema.type', 'schema.value', 'schema.rule']);
  });
});

describe('doublons', () => {
  const entry = (name: string) =>
    rawEntry('propositions', name, `content/propositions/${name}.mdx`, readFileSync(join(GOOD, 'propositions/guichet-physique.mdx'), 'utf8'));

  it('doublon.mdx et Doublon.mdx donnent la même adresse : signalé', () => {
    const problems = checkContent([entry('doublon'), entry('Doublon')]);
    const dup = problems.filter((p) => p.message.includes('en double'));
    expect(dup).toHaveLength(1);
    expect(dup[0]?.path).toBe('content/propositions/Doublon.mdx');
    expect(dup[0]?.message).toContain('content/propositions/doublon.mdx');
  });

  it('deux identifiants distincts ne sont pas des doublons', () => {
    const problems = checkContent([entry('doublon'), entry('doublon-2')]);
    expect(problems.filter((p) => p.message.includes('en double'))).toEqual([]);
  });
});

describe('sécurité MDX', () => {
  it('un texte ordinaire, même avec un lien https et le mot « import », passe', () => {
    expect(checkMdxBody('Un texte [avec un lien](https://example.org/).\nIl parle des importations et des exports.\n')).toEqual([]);
  });

  it('donne la ligne de chaque problème dans le corps ; une ligne « export » est du texte (rendu Markdown, pas MDX)', () => {
    const found = checkMdxBody('ligne 1\n<script>x</script>\nligne 3\n<IFRAME src="x">\nexport const a = 1;');
    expect(found.map((p) => p.line)).toEqual([2, 4]);
  });

  it('refuse toute balise HTML ou composant (le texte est rendu en Markdown), pas les signes < du texte', () => {
    const found = checkMdxBody('<b>gras</b>\n<!-- note -->\n<Encadre titre="x" />\nmoins de 5 % (< 5) <3 \\<rien> (échappé)\n<script>x</script>');
    // Lines 3 to 5 are one HTML block for Markdown (it runs to the next blank line): one problem, the worst tag named.
    expect(found.map((p) => p.line)).toEqual([1, 2, 3]);
    expect(found[2]?.message).toContain('<script>');
  });
});

describe('le vrai dossier content/', () => {
  it('ne contient aucun problème et se vérifie en moins de 5 s', () => {
    const started = performance.now();
    const problems = checkContentDir(join(ROOT, 'content'), ROOT);
    const elapsed = performance.now() - started;
    expect(problems.map(formatProblem)).toEqual([]);
    expect(elapsed).toBeLessThan(5000);
  });

  it('chaque thème réunit des entrées d’au moins deux collections, et chaque entrée de preuve a sa source et son emplacement', () => {
    const { entries } = loadContent(join(ROOT, 'content'), ROOT);
    const collectionsOf = new Map<string, Set<string>>();
    for (const e of entries) {
      const data = e.data as { themes?: unknown; source?: unknown; emplacement?: unknown };
      if (Array.isArray(data.themes)) for (const t of data.themes as string[]) collectionsOf.set(t, (collectionsOf.get(t) ?? new Set()).add(e.collection));
      if (['temoignages', 'chiffres', 'propositions'].includes(e.collection)) {
        expect(typeof data.source === 'string' && data.source.length > 0, `${e.path} : source`).toBe(true);
        expect(typeof data.emplacement === 'string' && data.emplacement.length > 0, `${e.path} : emplacement`).toBe(true);
      }
    }
    const themes = entries.filter((e) => e.collection === 'themes').map((e) => e.id);
    expect(themes.length).toBeGreaterThan(0);
    const thin = themes.filter((t) => (collectionsOf.get(t)?.size ?? 0) < 2).map((t) => `${t} : ${[...(collectionsOf.get(t) ?? [])].join(', ') || 'aucune'}`);
    expect(thin).toEqual([]);
  });
});
