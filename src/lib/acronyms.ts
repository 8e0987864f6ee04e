/**
 * Acronyms a reader meets in attributions, titles and our own labels, spelled out in words the first time they appear
 * in a text (issue 17: « MAG » means nothing to most readers). Full forms as the seeds write them: « Méthode d'Analyse
 * en Groupe » and « Centre Public d'Action Sociale » (research notebook, 001), « espace public numérique » (003, 004).
 */
export const ACRONYMS = {
  MAG: "méthode d'analyse en groupe",
  EPN: 'espace public numérique',
  CPAS: "centre public d'action sociale",
} as const satisfies Record<string, string>;

/**
 * The text with the first use of each known acronym followed by its full form in brackets: « participant·e à la MAG
 * (méthode d'analyse en groupe) ». Not for quotations: a quote stays word for word.
 */
export function spellOut(text: string): string {
  let out = text;
  for (const [acronym, words] of Object.entries(ACRONYMS)) {
    out = out.replace(new RegExp(`\\b${acronym}\\b(?! \\()`), `${acronym} (${words})`);
  }
  return out;
}
