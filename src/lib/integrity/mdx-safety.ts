/** Imports that MDX entries may use (none yet: entries are text, pages do the layout). */
export const ALLOWED_IMPORTS: readonly string[] = [];

const RULES: { pattern: RegExp; message: string }[] = [
  { pattern: /<script\b/i, message: "balise <script> interdite dans le contenu : le texte d'une entrée ne peut pas exécuter de code" },
  { pattern: /<iframe\b/i, message: 'balise <iframe> interdite dans le contenu : elle chargerait une page d’un autre site' },
  { pattern: /<[a-z][^>]*\son[a-z]+\s*=/i, message: 'attribut on…= interdit dans le contenu (code exécuté au clic ou au chargement)' },
  { pattern: /javascript:/i, message: 'adresse javascript: interdite dans le contenu' },
];

/**
 * Bodies are rendered as Markdown (src/lib/prose-loader.ts), which lets raw HTML through: no tag, component or
 * comment is accepted, so what an editor writes is exactly what readers see.
 */
const HTML_TAG = /(?<!\\)<\/?[a-z!][^>]*>/i;
const HTML_MESSAGE = 'balise HTML ou composant dans le texte : écrivez du texte simple (Markdown : *italique*, **gras**, [lien](https://…)), sans < >';

/** Finds code that has no place in an evidence entry; returns 1-based lines within the body. */
export function checkMdxBody(body: string): { line: number; message: string }[] {
  const problems: { line: number; message: string }[] = [];
  body.split('\n').forEach((text, index) => {
    const line = index + 1;
    const before = problems.length;
    for (const rule of RULES) if (rule.pattern.test(text)) problems.push({ line, message: rule.message });
    if (problems.length === before && HTML_TAG.test(text)) problems.push({ line, message: HTML_MESSAGE });
    const imported = /^\s*(?:import|export)\b.*?(?:from\s+)?['"]([^'"]+)['"]/.exec(text);
    if (imported && !ALLOWED_IMPORTS.includes(imported[1] ?? '')) {
      problems.push({
        line,
        message: `import « ${imported[1]} » interdit : une entrée ne charge pas de code (autorisés : ${ALLOWED_IMPORTS.join(', ') || 'aucun'})`,
      });
    } else if (/^\s*(?:import|export)\s/.test(text) && !imported) {
      problems.push({ line, message: 'instruction import/export interdite dans le contenu' });
    }
  });
  return problems;
}
