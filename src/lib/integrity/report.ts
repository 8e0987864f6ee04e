import type { ProblemCode } from './codes.ts';
import { checkContent, formatProblem, summary, type Problem } from './index.ts';
import { loadContent } from './load.ts';

/** How to fix one kind of problem. */
export interface ProblemKind {
  id: string;
  /** Short French name, shown before the hint. */
  label: string;
  /** The fix, in plain French, for someone who has never edited a YAML header. */
  fix: string;
}

const HEADER: ProblemKind = {
  id: 'en-tete',
  label: 'en-tête illisible',
  fix: "l'en-tête est entre deux lignes `---` ; chaque ligne s'écrit `champ: valeur` (deux-points puis une espace) ; mettez entre guillemets droits \"…\" tout texte qui contient deux-points, guillemets ou crochets, et n'indentez pas les champs.",
};
const VALUE: ProblemKind = {
  id: 'valeur',
  label: 'valeur refusée',
  fix: 'corrigez la valeur comme le message l\'indique : un nombre s\'écrit sans guillemets (46 ou 7.5), une date entre guillemets ("2026-11-20"), un choix parmi la liste donnée ; un fichier voisin du même dossier montre la forme attendue.',
};
const UNPUBLISHED: ProblemKind = {
  id: 'extension',
  label: 'fichier ignoré',
  fix: 'posez le fichier directement dans le dossier de sa collection (content/temoignages/…), avec la bonne extension (.mdx pour témoignages, chiffres, propositions, articles et dossiers ; .yaml pour les autres dossiers), ou sortez-le de content/.',
};
const FILE_NAME: ProblemKind = {
  id: 'nom-du-fichier',
  label: 'nom de fichier',
  fix: 'renommez le fichier : minuscules sans accents, chiffres et tirets (ex. lettre-jamila-commune.mdx) ; deux fichiers ne peuvent pas avoir le même nom.',
};
const CODE_IN_TEXT: ProblemKind = {
  id: 'code',
  label: 'code dans le texte',
  fix: "retirez la balise ou l'instruction signalée : une entrée ne contient que du texte (un lien s'écrit [texte du lien](https://…)).",
};
const ENCODING: ProblemKind = {
  id: 'encodage',
  label: 'encodage du fichier',
  fix: 'ouvrez le fichier dans votre éditeur et enregistrez-le en « UTF-8 » (sans BOM), puis relisez les accents.',
};
const TOO_LONG: ProblemKind = {
  id: 'trop-long',
  label: 'texte trop long',
  fix: 'un champ de l’en-tête tient en quelques phrases ; un long texte va sous la seconde ligne `---`, et un texte plus long encore se découpe en plusieurs entrées.',
};

/** The hint of every code: the type makes a new code without its hint a compile error, so nothing falls to a catch-all. */
export const KIND_BY_CODE: Readonly<Record<ProblemCode, ProblemKind>> = {
  'file.stray': UNPUBLISHED,
  'file.subfolder': UNPUBLISHED,
  'file.dotfile': UNPUBLISHED,
  'file.symlink': {
    id: 'lien',
    label: 'lien symbolique',
    fix: 'remplacez le lien par une copie du fichier, relue : content/ ne publie que des fichiers qui sont dans le dépôt.',
  },
  'file.encoding': ENCODING,
  'file.bom': ENCODING,
  'file.unreadable': {
    id: 'illisible',
    label: 'fichier illisible',
    fix: 'vérifiez que le fichier existe et que vous avez le droit de le lire, puis relancez.',
  },
  'file.name': FILE_NAME,
  'file.duplicate': FILE_NAME,
  'yaml.frontmatter': HEADER,
  'yaml.syntax': HEADER,
  'yaml.not-object': HEADER,
  'yaml.alias': {
    id: 'alias',
    label: 'alias YAML',
    fix: 'écrivez chaque valeur en toutes lettres : les ancres `&nom` et les alias `*nom` ne sont pas acceptés dans content/.',
  },
  'yaml.date': {
    id: 'date-sans-guillemets',
    label: 'date sans guillemets',
    fix: 'mettez la date entre guillemets droits : `date: "2024-03-09"` (sans guillemets, la compilation ne lit pas un texte mais un instant).',
  },
  'schema.missing': {
    id: 'manquant',
    label: 'champ obligatoire manquant',
    fix: 'ajoutez le champ nommé dans l\'en-tête, entre les deux lignes `---`, par exemple `source: lettre-parlementaires` ou `emplacement: "p. 12"` ; CONTRIBUTING.md dit à quoi sert chaque champ.',
  },
  'schema.unknown': {
    id: 'inconnu',
    label: 'champ inconnu',
    fix: "vérifiez l'orthographe du champ, majuscules comprises (consentementDate, personnePublique…), ou supprimez la ligne ; les champs permis sont dans CONTRIBUTING.md.",
  },
  'schema.type': VALUE,
  'schema.value': VALUE,
  'schema.rule': VALUE,
  'schema.themes': {
    id: 'themes',
    label: 'nombre de thèmes',
    fix: 'donnez de 1 à 3 thèmes différents, entre crochets : `themes: [acces-aux-droits, demarches-en-ligne]`.',
  },
  'text.too-long': TOO_LONG,
  'body.too-long': TOO_LONG,
  'text.invisible': {
    id: 'invisible',
    label: 'caractère invisible',
    fix: 'supprimez le caractère à la position donnée (souvent collé depuis une page web ou un PDF) : retapez le mot à la main si besoin.',
  },
  'date.invalid': {
    id: 'date-impossible',
    label: 'date impossible',
    fix: 'écrivez un jour qui existe, au format "AAAA-MM-JJ" (pas de 31 en avril, de 30 février…), entre guillemets.',
  },
  'consent.missing': {
    id: 'consentement',
    label: 'consentement sans date',
    fix: 'ajoutez `consentementDate: "AAAA-MM-JJ"` (le jour où la personne a accepté la publication) ; sans consentement, ne publiez pas le témoignage.',
  },
  'consent.future': {
    id: 'consentement-futur',
    label: 'consentement daté dans le futur',
    fix: 'la date du consentement est le jour où la personne a accepté : elle ne peut pas être après aujourd’hui.',
  },
  'name.private': {
    id: 'nom-complet',
    label: "nom complet d'une personne privée",
    fix: 'gardez le prénom seul (« Marie ») ou une description (« une mère de famille ») ; `personnePublique: true` est réservé à un élu ou un ministre qui parle en tant que tel.',
  },
  'body.empty': {
    id: 'texte-vide',
    label: 'texte vide',
    fix: 'écrivez le texte sous la seconde ligne `---`, mot pour mot, tel que la personne ou le document le dit.',
  },
  'body.code': CODE_IN_TEXT,
  'dossier.component': {
    id: 'composant',
    label: 'composant ou code dans un dossier',
    fix: 'un dossier contient du texte en Markdown simple et seulement les composants <Temoignage id="…"/>, <Chiffre id="…"/>, <Graphique serie="…"/>, <Proposition id="…"/> et <Article id="…"/>, chacun seul sur sa ligne ; retirez toute autre balise, tout import/export et toute accolade {…}.',
  },
  'dossier.ref': {
    id: 'preuve-introuvable',
    label: 'preuve introuvable dans un dossier',
    fix: 'recopiez l\'identifiant exact de l\'entrée montrée : le nom de son fichier sans .mdx ni .yaml (ex. <Temoignage id="lettre-naima-tout-faire-sur-place"/> pour content/temoignages/lettre-naima-tout-faire-sur-place.mdx ; <Graphique serie="…"/> prend un fichier de content/series/).',
  },
  'ref.missing': {
    id: 'reference',
    label: 'identifiant introuvable',
    fix: "recopiez l'identifiant exact : c'est le nom du fichier visé sans .mdx ni .yaml (ex. `acces-aux-droits` pour content/themes/acces-aux-droits.yaml) ; `npm run nouveau` affiche les listes.",
  },
  'theme.unused': {
    id: 'theme-inutilise',
    label: 'thème inutilisé',
    fix: 'rattachez au moins une entrée à ce thème (champ `themes`) ou supprimez le fichier du thème.',
  },
  'easy.picto': {
    id: 'facile-pictogramme',
    label: 'pictogramme manquant',
    fix: 'commencez chaque paragraphe par son pictogramme entre crochets, par exemple `[guichet] Vous pouvez aller au guichet.` ; les noms permis sont dans src/lib/pictograms-facile.ts.',
  },
  'easy.sentence': {
    id: 'facile-phrase',
    label: 'phrase trop longue',
    fix: 'une phrase dit une seule idée, en 15 mots au plus : coupez-la en deux phrases, ou retirez ce qui n’est pas utile.',
  },
  'easy.word': {
    id: 'facile-mot',
    label: 'mot trop long',
    fix: 'remplacez le mot long par un mot courant ou par deux mots simples (« dématérialisation » : « passer sur internet »).',
  },
  'easy.dot': {
    id: 'facile-point-median',
    label: "point de l'écriture inclusive",
    fix: 'écrivez les deux formes en entier (« les travailleuses et les travailleurs ») ou un mot qui les contient (« les personnes »).',
  },
  'easy.parens': {
    id: 'facile-parentheses',
    label: 'parenthèses',
    fix: 'ce qui est entre parenthèses devient une phrase à part, juste après.',
  },
  'easy.abbreviation': {
    id: 'facile-abreviation',
    label: 'abréviation ou sigle',
    fix: 'écrivez le mot ou le nom en entier (« article 13 », « la Commission communautaire commune ») ; les seuls sigles permis sont dans src/lib/readability.ts.',
  },
  'easy.score': {
    id: 'facile-score',
    label: 'texte difficile à lire',
    fix: 'le score de Kandel et Moles baisse avec les phrases longues et les mots longs : faites des phrases plus courtes et choisissez des mots de une ou deux syllabes ; `npm run report:lisibilite` montre les mesures.',
  },
  'serie.incomplete': {
    id: 'serie',
    label: 'graphique incomplet',
    fix: 'une série doit être citée par au moins 2 chiffres de même unité (champ `serie` de chaque chiffre).',
  },
  'barometre.annee': {
    id: 'barometre-annee',
    label: "année d'une édition du baromètre",
    fix: "chaque édition publie l'enquête de Statbel de l'année précédente (édition 2020 → données 2019, 2022 → 2021, 2024 → 2023) : recopiez `anneeDonnees` et `anneePublication` de content/editions/<édition>.yaml.",
  },
  'barometre.edition': {
    id: 'barometre-edition',
    label: 'édition du baromètre',
    fix: 'nommez l\'édition dans `barometre` (ex. `barometre: barometre-2024`, un fichier de content/editions/) et écrivez dans `edition` son nom exact ; si la source ne nomme pas l\'édition, ajoutez `editionDeduite: "…"` (pourquoi nous la déduisons).',
  },
  'nature.estimation': {
    id: 'estimation',
    label: 'estimation mêlée aux statistiques',
    fix: "une estimation (`nature: estimation`) se montre seule, avec sa nature en mots : jamais en chiffre clé (`cle`), jamais dans un graphique à côté de statistiques d'enquête (`serie`).",
  },
};

/** Every kind, once (several codes can share one way to fix them). */
export const PROBLEM_KINDS: readonly ProblemKind[] = [...new Set(Object.values(KIND_BY_CODE))];

/** The kind of one problem, read from its code. */
export const kindOf = (p: Pick<Problem, 'code'>): ProblemKind => KIND_BY_CODE[p.code];

/** One « Comment corriger » line per distinct kind, in the order kinds are first met. */
export function fixHints(problems: readonly Problem[]): string[] {
  const counts = new Map<ProblemKind, number>();
  for (const p of problems) {
    const kind = kindOf(p);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].map(([kind, n]) => `  • ${kind.label} (${n}) — Comment corriger : ${kind.fix}`);
}

/**
 * What `npm run check:content` prints: the problem lines (`path:line champ: message`, for stderr), then a French
 * summary and the hints (for stdout).
 */
export function report(problems: readonly Problem[], files: number, elapsedMs?: number): { problems: string[]; summary: string[] } {
  const time = elapsedMs === undefined ? '' : ` (${Math.round(elapsedMs)} ms)`;
  const lines = [`${summary([...problems], files)}${time}`];
  if (problems.length > 0) lines.push(...fixHints(problems));
  return { problems: problems.map(formatProblem), summary: lines };
}

/**
 * Loads, checks and prints the way `npm run check:content` does — problems on stderr, summary and hints on stdout —
 * and returns the number of problems. The build calls it too, so both print the same list.
 */
export function checkAndPrint(contentDir: string, root = process.cwd()): number {
  const started = performance.now();
  const { entries, strays } = loadContent(contentDir, root);
  const problems = checkContent(entries, strays);
  const out = report(problems, entries.length + strays.length, performance.now() - started);
  for (const line of out.problems) console.error(line);
  if (problems.length > 0) console.log('');
  for (const line of out.summary) console.log(line);
  return problems.length;
}
