import { checkContent, formatProblem, type Problem } from './check.ts';
import { loadContent } from './load.ts';

export { checkContent, formatProblem, type Problem };
export { PROBLEM_CODES, type ProblemCode } from './codes.ts';
export { parseEntry, type ParsedEntry } from './parse.ts';

/** Loads content/ and checks it. */
export function checkContentDir(contentDir: string, root = process.cwd()): Problem[] {
  const { entries, strays } = loadContent(contentDir, root);
  return checkContent(entries, strays);
}

/** The summary line printed after the problems. */
export const summary = (problems: Problem[], files: number): string =>
  problems.length === 0
    ? `Contenu vérifié : ${files} fichiers, aucun problème.`
    : `${problems.length} problème${problems.length > 1 ? 's' : ''} à corriger (${new Set(problems.map((p) => p.path)).size} fichier${new Set(problems.map((p) => p.path)).size > 1 ? 's' : ''}) : rien n'est publié tant qu'il en reste.`;
