// `npm run nouveau` : adds a testimony, figure, proposal or event to content/, then runs the content checker.
// Interactive by default (questions in French, every answer checked by the entry's schema); with --oui, or when the input
// is not a terminal, every field comes from options and nothing is asked. `npm run nouveau -- --aide` lists the options.
// Exit codes: 0 written and content valid; 1 written but the checker reports problems; 2 missing or refused option
// (nothing written); 130 abandoned (nothing written).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { COLLECTION_NAMES, extensionOf, type CollectionName } from '../src/lib/collections.ts';
import { checkContent } from '../src/lib/integrity/index.ts';
import { loadContent, type RawEntry } from '../src/lib/integrity/load.ts';
import { report } from '../src/lib/integrity/report.ts';
import { entryUrl } from '../src/lib/routes.ts';
import {
  BODY,
  TYPE_NAMES,
  TYPES,
  buildEntry,
  defaultOf,
  draftFromFlags,
  draftProblems,
  entrySlug,
  fieldError,
  nextOrdre,
  parseArgs,
  readAnswer,
  setAnswer,
  sourcePrefix,
  typeFromText,
  uniqueSlug,
  withFlags,
  type Draft,
  type FieldSpec,
  type Known,
  type TypeSpec,
} from '../src/lib/nouveau/index.ts';

const EXAMPLE =
  'npm run nouveau -- --type temoignage --titre "Bloquée devant la machine de la commune" --locuteur "Jamila" --profil citoyen ' +
  '--source lettre-parlementaires --emplacement "Encadré « Art. 4 »" --themes demarches-en-ligne,dependance-aux-proches --texte "J\'ai un problème…" --oui';

function usage(): string {
  const lines = [
    'Ajouter un témoignage, un chiffre, une proposition ou un événement dans content/.',
    '',
    '  npm run nouveau                 pose les questions une à une (listes numérotées des thèmes, sources, articles)',
    `  ${EXAMPLE}`,
    '',
    'Options communes :',
    '  --type <type>            temoignage, chiffre, proposition ou evenement',
    '  --dir <dossier>          dossier de contenu (par défaut : content)',
    '  --oui                    ne pose aucune question : tout vient des options (sinon : erreur, code 2)',
    '  --interactif             pose les questions même si l’entrée n’est pas un terminal',
    '  --texte-fichier <f>      lit le texte (citation, proposition) dans un fichier',
    '  --aide                   cette aide',
  ];
  for (const name of TYPE_NAMES) {
    const spec = TYPES[name];
    lines.push('', `Pour ${spec.label} (--type ${name}) :`);
    for (const f of spec.fields) {
      lines.push(`  --${f.flag.padEnd(22)} ${f.question}`);
      if (f.help) lines.push(`${' '.repeat(27)}${f.help}`);
    }
  }
  lines.push(
    '',
    'Le nom du fichier, son ordre et l’en-tête sont calculés ; le contrôle du contenu est lancé à la fin.',
    'Codes de sortie : 0 écrit et valide ; 1 écrit, mais le contrôle signale un problème ; 2 option manquante ou refusée (rien n’est écrit) ; 130 abandon.',
  );
  return lines.join('\n');
}

function fail(lines: string[], code = 2): never {
  for (const line of lines) console.error(line);
  process.exit(code);
}

const { flags, errors: argErrors } = parseArgs(process.argv.slice(2));
if (flags.has('aide') || flags.has('help')) {
  console.log(usage());
  process.exit(0);
}
if (argErrors.length > 0) fail([...argErrors, 'Aide : npm run nouveau -- --aide']);

const root = process.cwd();
const dirFlag = flags.get('dir');
if (dirFlag === true) fail(['--dir attend un dossier : --dir content']);
const dir = resolve(dirFlag ?? 'content');
if (!existsSync(join(dir, 'themes'))) fail([`Dossier de contenu introuvable : ${dir} (il doit contenir themes/, sources/…).`]);
const interactive = flags.has('interactif') || (process.stdin.isTTY && !flags.has('oui'));

// What exists already: ids (to refuse dangling references and pick unused file names) and titles (for the numbered lists).
const { entries } = loadContent(dir, root);
const dataOf = (e: RawEntry): Record<string, unknown> => (e.data !== null && typeof e.data === 'object' ? (e.data as Record<string, unknown>) : {});
const inCollection = (c: CollectionName) => entries.filter((e) => e.collection === c);
const known: Known = Object.fromEntries(COLLECTION_NAMES.map((c) => [c, inCollection(c).map((e) => e.id)]));

interface Choice {
  id: string;
  label: string;
}
const short = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const num = (v: unknown) => (typeof v === 'number' ? v : Number.MAX_SAFE_INTEGER);

/** The numbered list offered for a field (references: existing entries; choices: the schema's values). */
function choicesFor(field: FieldSpec, draft: Draft): Choice[] {
  if (field.choices) return field.choices.map(([id, label]) => ({ id, label }));
  if (!field.collection) return [];
  let list = inCollection(field.collection);
  if (field.collection === 'propositions' && typeof draft['source'] === 'string') {
    const same = list.filter((e) => dataOf(e)['source'] === draft['source']);
    if (same.length > 0) list = same;
  }
  const rank = (e: RawEntry) => num(dataOf(e)[field.collection === 'articles' ? 'numero' : 'ordre']);
  return [...list]
    .sort((a, b) => rank(a) - rank(b) || a.id.localeCompare(b.id))
    .map((e) => {
      const titre = dataOf(e)['titre'];
      return { id: e.id, label: short(typeof titre === 'string' ? titre : '') };
    });
}

const show = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : typeof value === 'boolean' ? (value ? 'oui' : 'non') : String(value));

// ---------------------------------------------------------------- questions

function prompter() {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY && process.stdout.isTTY });
  rl.on('SIGINT', () => {
    console.log("\nAbandon : rien n'a été écrit.");
    process.exit(130);
  });
  // The async iterator buffers lines: answers piped in all at once are not lost between two questions.
  const lines = rl[Symbol.asyncIterator]();
  return {
    async ask(question: string): Promise<string> {
      rl.setPrompt(question);
      rl.prompt();
      const next = await lines.next();
      if (next.done === true) fail(["\nPlus de réponse à lire : rien n'a été écrit."]);
      return next.value;
    },
    close: () => {
      rl.close();
    },
  };
}
type Prompter = ReturnType<typeof prompter>;

async function askField(p: Prompter, spec: TypeSpec, draft: Draft, field: FieldSpec): Promise<void> {
  const choices = choicesFor(field, draft);
  const optional = fieldError(spec, { ...draft, [field.key]: undefined }, field) === undefined;
  const fallback = defaultOf(spec, field.key);
  const defaultValue = fallback === undefined || field.kind === 'boolean' ? '' : ` (Entrée : ${show(fallback)})`;
  const hint = field.kind === 'boolean' ? ' (o/n)' : defaultValue !== '' ? defaultValue : optional ? ' (facultatif : Entrée pour passer)' : '';
  console.log(`\n${field.question}${hint}`);
  if (field.help) console.log(`  ${field.help}`);
  if (field.kind === 'refs') console.log('  Numéros ou identifiants, séparés par des virgules.');
  const printList = () => {
    choices.forEach((c, i) => {
      console.log(`  ${String(i + 1).padStart(2)}. ${c.id}${c.label === '' ? '' : ` — ${c.label}`}`);
    });
  };
  if (choices.length > 0 && (choices.length <= 60 || field.choices)) printList();
  else if (choices.length > 0) console.log(`  (${choices.length} choix : tapez ? pour la liste)`);
  if (field.kind === 'multiline') console.log('  Recopiez le texte (plusieurs lignes possibles) ; terminez par une ligne qui ne contient qu’un point « . »');

  for (;;) {
    let raw: string;
    if (field.kind === 'multiline') {
      const body: string[] = [];
      for (let line = await p.ask('| '); line.trim() !== '.'; line = await p.ask('| ')) body.push(line);
      raw = body.join('\n');
    } else {
      raw = await p.ask('> ');
    }
    if (raw.trim() === '?' && choices.length > 0) {
      printList();
      continue;
    }
    const value = readAnswer(
      field,
      raw,
      choices.map((c) => c.id),
    );
    setAnswer(draft, field.key, value);
    const error = fieldError(spec, draft, field, known);
    if (error === undefined) return;
    console.log(`  ✗ ${error}`);
  }
}

async function chooseType(p: Prompter): Promise<TypeSpec> {
  console.log('\nQue voulez-vous ajouter ?');
  TYPE_NAMES.forEach((t, i) => {
    console.log(`  ${i + 1}. ${TYPES[t].label}`);
  });
  for (;;) {
    const answer = (await p.ask('> ')).trim();
    const picked = TYPE_NAMES[Number(answer) - 1] ?? typeFromText(answer);
    if (picked) return TYPES[picked];
    console.log('  ✗ répondez 1, 2, 3 ou 4');
  }
}

// ---------------------------------------------------------------- main

const typeFlag = flags.get('type');
if (typeFlag === true) fail(['--type attend une valeur : temoignage, chiffre, proposition ou evenement']);
const typeName = typeFlag === undefined ? undefined : typeFromText(typeFlag);
if (typeFlag !== undefined && !typeName) fail([`--type « ${typeFlag} » inconnu : temoignage, chiffre, proposition ou evenement`]);
if (!typeName && !interactive) {
  fail([
    "Impossible de créer l'entrée : rien n'a été écrit.",
    'Il manque :',
    '  --type                   temoignage, chiffre, proposition ou evenement',
    `Exemple : ${EXAMPLE}`,
  ]);
}

const p = interactive ? prompter() : undefined;
const spec = typeName ? TYPES[typeName] : await chooseType(p!);
const { draft, errors: flagErrors } = draftFromFlags(spec, flags);
const textFile = flags.get('texte-fichier');
if (typeof textFile === 'string') {
  try {
    draft[BODY] = readFileSync(textFile, 'utf8');
  } catch {
    flagErrors.push(`--texte-fichier : impossible de lire « ${textFile} »`);
  }
}
if (flagErrors.length > 0) fail([`Impossible de créer ${spec.label} : rien n'a été écrit.`, ...flagErrors.map((e) => `  ${e}`)]);

const setOrdre = () => {
  if (spec.ordered && typeof draft['source'] === 'string') {
    draft['ordre'] = nextOrdre(
      draft['source'],
      inCollection(spec.collection).map((e) => dataOf(e)),
    );
  }
};

if (p) {
  console.log(`Nouvelle entrée : ${spec.label}, dans ${relative(root, dir) || '.'}/${spec.collection}/. Ctrl+C abandonne (rien n'est écrit avant la fin).`);
  for (const field of spec.fields) {
    if (field.advanced || (field.when && !field.when(draft))) continue;
    if (draft[field.key] !== undefined) {
      const error = fieldError(spec, draft, field, known);
      if (error === undefined) {
        console.log(`✓ ${field.question} : ${short(show(draft[field.key]), 60)}`);
        continue;
      }
      console.log(`✗ --${field.flag} « ${show(draft[field.key])} » : ${error}`);
    }
    await askField(p, spec, draft, field);
  }
  // Answers checked one by one can still clash (an answer changed after another one relied on it): ask again.
  for (let round = 0; round < 5; round++) {
    setOrdre();
    const { missing, invalid } = draftProblems(spec, draft, known);
    const again = [...missing, ...invalid.map((i) => i.field)];
    if (again.length === 0) break;
    for (const field of again) {
      if (field.advanced) fail([`--${field.flag} : ${fieldError(spec, draft, field, known) ?? 'valeur refusée'}`]);
      console.log(`\n✗ ${field.question} : ${fieldError(spec, draft, field, known) ?? ''}`);
      await askField(p, spec, draft, field);
    }
  }
}

setOrdre();
const problems = draftProblems(spec, draft, known);
if (problems.missing.length > 0 || problems.invalid.length > 0) {
  const lines = [`Impossible de créer ${spec.label} : rien n'a été écrit.`];
  if (problems.missing.length > 0) {
    lines.push('Il manque :', ...problems.missing.map((f) => `  --${f.flag.padEnd(22)} ${f.question}`));
  }
  if (problems.invalid.length > 0) {
    lines.push(
      'À corriger :',
      ...problems.invalid.map(({ field, message }) => `  --${field.flag} « ${show(draft[field.key])} » : ${withFlags(spec, message)}`),
    );
  }
  lines.push('Toutes les options : npm run nouveau -- --aide ; ou lancez « npm run nouveau » sans options pour répondre aux questions.');
  fail(lines);
}

// A testimony collected by the association does not come from one of the five seed documents: the provenance check
// (npm run report:coverage) would look for it there and fail.
const seed = inCollection('sources').find((e) => e.id === draft['source']);
if (draft['publication'] === 'consentement-recueilli' && seed && dataOf(seed)['fichier'] !== undefined) {
  console.warn(
    `⚠ « ${seed.id} » est un document publié : un témoignage que vous avez recueilli n'y figure pas, et « npm run report:coverage » le cherchera en vain. ` +
      'Créez plutôt une source pour votre recueil (voir CONTRIBUTING.md, « Une source pour votre recueil »).',
  );
}

// File name: source prefix (or date) + speaker / title, with -2, -3… when it is taken.
const ext = extensionOf(spec.collection);
const prefix =
  typeof draft['source'] === 'string'
    ? sourcePrefix(
        draft['source'],
        entries.map((e) => ({ id: e.id, source: dataOf(e)['source'] })),
      )
    : '';
const taken = new Set(inCollection(spec.collection).map((e) => e.id.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()));
const id = uniqueSlug(entrySlug(spec, draft, prefix), (candidate) => taken.has(candidate) || existsSync(join(dir, spec.collection, candidate + ext)));
const file = join(dir, spec.collection, id + ext);
const { text } = buildEntry(spec, draft);

if (p) {
  console.log(`\n${relative(root, file)} :\n${text}`);
  if (!flags.has('oui')) {
    const answer = (await p.ask('Écrire ce fichier ? (O/n) ')).trim().toLowerCase();
    if (answer === 'n' || answer === 'non') {
      console.log("Abandon : rien n'a été écrit.");
      process.exit(130);
    }
  }
  p.close();
}

mkdirSync(join(dir, spec.collection), { recursive: true });
writeFileSync(file, text, { flag: 'wx' });
console.log(`\nFichier créé : ${relative(root, file)}`);
console.log(`Adresse de la page : ${entryUrl(spec.collection, id)}`);

// The whole folder is checked, as `npm run check:content` would.
const started = performance.now();
const loaded = loadContent(dir, root);
const found = checkContent(loaded.entries, loaded.strays);
const out = report(found, loaded.entries.length, performance.now() - started);
console.log('\nContrôle du contenu :');
for (const line of out.problems) console.error(line);
for (const line of out.summary) console.log(line);
if (found.length > 0) {
  console.log('Le fichier est écrit, mais le contenu a des problèmes (ci-dessus) : corrigez-les avant de proposer la modification.');
  process.exit(1);
}
console.log(`Ensuite : npm run dev, puis ouvrez http://localhost:4321${entryUrl(spec.collection, id)} ; pour proposer l'ajout, voir CONTRIBUTING.md.`);
