import type { CollectionName } from '../collections.ts';
import { extensionOf } from '../collections.ts';
import type { Problem } from './check.ts';
import type { RawEntry } from './load.ts';
import { checkMdxDossierBody, type MdxNode } from './mdx-safety.ts';

/**
 * The only components a dossier may use, the one attribute each takes and the collection its value names. The page
 * (src/pages/dossiers/[id].astro) passes exactly these to `<Content components={…}/>`.
 */
export const DOSSIER_COMPONENTS = {
  Temoignage: { attribute: 'id', collection: 'temoignages' },
  Chiffre: { attribute: 'id', collection: 'chiffres' },
  Graphique: { attribute: 'serie', collection: 'series' },
  Proposition: { attribute: 'id', collection: 'propositions' },
  Article: { attribute: 'id', collection: 'articles' },
} as const satisfies Record<string, { attribute: string; collection: CollectionName }>;

export type DossierComponent = keyof typeof DOSSIER_COMPONENTS;

const isAllowed = (name: string): name is DossierComponent => Object.hasOwn(DOSSIER_COMPONENTS, name);
const usage = (name: DossierComponent) => `<${name} ${DOSSIER_COMPONENTS[name].attribute}="…"/>`;
const ALLOWED = (Object.keys(DOSSIER_COMPONENTS) as DossierComponent[]).map(usage).join(', ');

/** One evidence entry a dossier shows, where it is written. */
export interface DossierRef {
  component: DossierComponent;
  collection: CollectionName;
  id: string;
  /** 1-based line within the body. */
  line: number;
}

/** What is wrong with one MDX node of a dossier (undefined: an allowed component written as it should be). */
function judge(node: MdxNode, refs: DossierRef[]): string | undefined {
  if (node.kind === 'esm') return `instruction import/export interdite dans un dossier : il ne peut rien charger d'autre que ses composants (${ALLOWED})`;
  if (node.kind === 'expression') return 'expression {…} interdite dans un dossier : elle exécuterait du code ; écrivez du texte simple';
  if (!isAllowed(node.name)) {
    const what = /^[a-z]/.test(node.name) ? `balise HTML <${node.name}>` : `composant <${node.name}/>`;
    return `${what} non permis dans un dossier : seuls ${ALLOWED} et le Markdown simple sont acceptés`;
  }
  const { attribute, collection } = DOSSIER_COMPONENTS[node.name];
  const [first, ...rest] = node.attributes;
  if (!first || rest.length > 0 || first.name !== attribute || first.value === undefined || node.hasChildren) {
    return `<${node.name}> s'écrit ${usage(node.name)} : un seul attribut « ${attribute} », une valeur entre guillemets droits, rien entre les balises`;
  }
  refs.push({ component: node.name, collection, id: first.value, line: 0 });
  return undefined;
}

/** Reads a dossier's body: the evidence it shows and what has no place in it (lines within the body). */
export function readDossierBody(body: string): { refs: DossierRef[]; problems: { line: number; message: string }[] } {
  const refs: DossierRef[] = [];
  const problems = checkMdxDossierBody(body, (node) => {
    const before = refs.length;
    const message = judge(node, refs);
    if (refs.length > before) refs[before]!.line = node.line;
    return message;
  });
  return { refs, problems };
}

/**
 * Every problem of a dossier's body, at its line in the file: MDX beyond the five components, unsafe Markdown, and
 * every id that names no entry of its collection (checked like any reference, the build fails on it).
 */
export function checkDossier(entry: RawEntry, exists: (collection: CollectionName, id: string) => boolean): Problem[] {
  const { refs, problems } = readDossierBody(entry.body);
  const at = (line: number) => entry.bodyLine + line - 1;
  const out: Problem[] = problems.map((p) => ({ path: entry.path, line: at(p.line), field: '(texte)', code: 'dossier.component', message: p.message }));
  for (const r of refs) {
    if (exists(r.collection, r.id)) continue;
    out.push({
      path: entry.path,
      line: at(r.line),
      field: `<${r.component}>`,
      code: 'dossier.ref',
      message: `« ${r.id} » n'existe pas dans content/${r.collection}/ : recopiez l'identifiant exact (le nom du fichier content/${r.collection}/${r.id}${extensionOf(r.collection)} sans extension)`,
    });
  }
  return out.sort((a, b) => a.line - b.line);
}
