import { formatProblem, summary, type Problem } from './index.ts';

/** A family of problems that share one way to fix them. */
export interface ProblemKind {
  id: string;
  /** Short French name, shown before the hint. */
  label: string;
  /** The fix, in plain French, for someone who has never edited a YAML header. */
  fix: string;
  matches: (p: Problem) => boolean;
}

/** Every kind the checker can report, most specific first; the last one catches everything else. */
export const PROBLEM_KINDS: readonly ProblemKind[] = [
  {
    id: 'en-tete',
    label: 'en-tête illisible',
    fix: "l'en-tête est entre deux lignes `---` ; chaque ligne s'écrit `champ: valeur` (deux-points puis une espace) ; mettez entre guillemets droits \"…\" tout texte qui contient deux-points, guillemets ou crochets, et n'indentez pas les champs.",
    matches: (p) => p.field === '(en-tête)',
  },
  {
    id: 'nom-complet',
    label: "nom complet d'une personne privée",
    fix: 'gardez le prénom seul (« Marie ») ou une description (« une mère de famille ») ; `personnePublique: true` est réservé à un élu ou un ministre qui parle en tant que tel.',
    matches: (p) => p.field === 'locuteur' && p.message.includes('nom complet'),
  },
  {
    id: 'consentement',
    label: 'consentement sans date',
    fix: 'ajoutez `consentementDate: "AAAA-MM-JJ"` (le jour où la personne a accepté la publication) ; sans consentement, ne publiez pas le témoignage.',
    matches: (p) => p.field === 'consentementDate',
  },
  {
    id: 'manquant',
    label: 'champ obligatoire manquant',
    fix: 'ajoutez le champ nommé dans l\'en-tête, entre les deux lignes `---`, par exemple `source: lettre-parlementaires` ou `emplacement: "p. 12"` ; CONTRIBUTING.md dit à quoi sert chaque champ.',
    matches: (p) => p.message.startsWith('champ obligatoire manquant'),
  },
  {
    id: 'inconnu',
    label: 'champ inconnu',
    fix: "vérifiez l'orthographe du champ, majuscules comprises (consentementDate, personnePublique…), ou supprimez la ligne ; les champs permis sont dans CONTRIBUTING.md.",
    matches: (p) => p.message.startsWith('champ inconnu'),
  },
  {
    id: 'reference',
    label: 'identifiant introuvable',
    fix: "recopiez l'identifiant exact : c'est le nom du fichier visé sans .mdx ni .yaml (ex. `acces-aux-droits` pour content/themes/acces-aux-droits.yaml) ; `npm run nouveau` affiche les listes.",
    matches: (p) => p.message.includes("n'existe pas dans content/"),
  },
  {
    id: 'themes',
    label: 'nombre de thèmes',
    fix: 'donnez de 1 à 3 thèmes différents, entre crochets : `themes: [acces-aux-droits, demarches-en-ligne]`.',
    matches: (p) => p.field === 'themes',
  },
  {
    id: 'texte-vide',
    label: 'texte vide',
    fix: 'écrivez le texte sous la seconde ligne `---`, mot pour mot, tel que la personne ou le document le dit.',
    matches: (p) => p.field === '(texte)' && p.message.includes('vide'),
  },
  {
    id: 'code',
    label: 'code dans le texte',
    fix: "retirez la balise ou l'instruction signalée : une entrée ne contient que du texte (un lien s'écrit [texte du lien](https://…)).",
    matches: (p) => p.field === '(texte)',
  },
  {
    id: 'nom-du-fichier',
    label: 'nom de fichier',
    fix: 'renommez le fichier : minuscules sans accents, chiffres et tirets (ex. lettre-jamila-commune.mdx) ; deux fichiers ne peuvent pas avoir le même nom.',
    matches: (p) => p.field === '(nom du fichier)',
  },
  {
    id: 'extension',
    label: 'fichier ignoré',
    fix: 'donnez au fichier la bonne extension (.mdx pour témoignages, chiffres, propositions et articles ; .yaml pour les autres dossiers) ou sortez-le de content/.',
    matches: (p) => p.field === '(fichier)',
  },
  {
    id: 'theme-inutilise',
    label: 'thème inutilisé',
    fix: 'rattachez au moins une entrée à ce thème (champ `themes`) ou supprimez le fichier du thème.',
    matches: (p) => p.field === '(thème)',
  },
  {
    id: 'serie',
    label: 'graphique incomplet',
    fix: 'une série doit être citée par au moins 2 chiffres de même unité (champ `serie` de chaque chiffre).',
    matches: (p) => p.field === '(série)',
  },
  {
    id: 'valeur',
    label: 'valeur refusée',
    fix: 'corrigez la valeur comme le message l\'indique : un nombre s\'écrit sans guillemets (46 ou 7.5), une date entre guillemets ("2026-11-20"), un choix parmi la liste donnée ; un fichier voisin du même dossier montre la forme attendue.',
    matches: () => true,
  },
];

/** The kind of one problem (never undefined: the last kind catches everything). */
export const kindOf = (p: Problem): ProblemKind => PROBLEM_KINDS.find((k) => k.matches(p)) ?? PROBLEM_KINDS[PROBLEM_KINDS.length - 1]!;

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
