import type { Element, ElementContent, Nodes, Properties, RootContent } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { htmlToHast, markdownToHast, mdxToHast } from 'satteri';

/**
 * The body check runs on what readers get, not on the source text: the body is turned into HTML by Sätteri, the
 * parser behind Astro's Markdown pipeline (`context.renderMarkdown` in src/lib/prose-loader.ts, Astro's defaults:
 * GFM and smart punctuation), then every node is compared with what an allowlist sanitizer keeps. Anything the
 * sanitizer would drop or change is a problem. So `[x](java&#115;cript:…)` is caught (the entity is decoded before
 * the check), a tag split over two lines is caught (it is raw HTML however it is written), and prose that merely
 * starts with « import » stays prose: these `.mdx` files are never compiled by MDX, only rendered as Markdown.
 *
 * The pipeline's own plugins (heading ids, code highlighting, image markers) run after this point and only add
 * attributes to elements that Markdown can make, so the tree checked here is the one the author controls.
 */
const FEATURES = { gfm: true, smartPunctuation: true } as const;

/** The site's own origin, for « images only from the site »: any relative address resolves to it. */
const SITE = 'https://site.invalid/';
const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Exactly what Markdown (GFM) renders, nothing more: no raw HTML, no comments, no author-set style or class. */
const SCHEMA: Schema = {
  tagNames: [
    ...['p', 'br', 'hr', 'em', 'strong', 'del', 'code', 'pre', 'blockquote', 'a', 'img', 'sup'],
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'input'],
    ...['table', 'thead', 'tbody', 'tr', 'th', 'td', 'section'],
  ],
  attributes: {
    // Footnotes: generated ids and ARIA links between a call and its note.
    a: ['href', 'title', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', 'ariaDescribedBy', 'ariaLabel', ['className', 'data-footnote-backref']],
    img: ['src', 'alt', 'title'],
    code: [['className', /^language-[\w+-]+$/]],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: ['id', ['className', 'task-list-item']],
    input: [['type', 'checkbox'], 'checked', 'disabled'],
    th: [['style', /^text-align: (?:left|center|right)$/]],
    td: [['style', /^text-align: (?:left|center|right)$/]],
    section: ['dataFootnotes', ['className', 'footnotes']],
    h2: ['id', ['className', 'sr-only']],
  },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
  ancestors: { thead: ['table'], tbody: ['table'], tr: ['table'], th: ['table'], td: ['table'], li: ['ol', 'ul'], input: ['li'] },
  required: {},
  // Ids come from the pipeline (footnotes), not from the author: no prefix, so a kept node compares equal.
  clobber: [],
  clobberPrefix: '',
  // A refused element disappears with its content (no hoisting), so both trees keep the same order.
  strip: null,
  allowComments: false,
  allowDoctypes: false,
};

const SCRIPT = "balise <script> interdite dans le contenu : le texte d'une entrée ne peut pas exécuter de code";
const IFRAME = 'balise <iframe> interdite dans le contenu : elle chargerait une page d’un autre site';
const HANDLER = 'attribut on…= interdit dans le contenu (code exécuté au clic ou au chargement)';
const HTML = 'balise HTML ou composant dans le texte : écrivez du texte simple (Markdown : *italique*, **gras**, [lien](https://…)), sans < >';

export interface BodyProblem {
  line: number;
  message: string;
}

/** Finds what has no place in an evidence entry; returns 1-based lines within the body. */
export function checkMdxBody(body: string): BodyProblem[] {
  return checkTree(markdownToHast(body, { features: FEATURES }));
}

/** An MDX node of a dossier's body: a component (`<Temoignage id="…"/>`), an expression `{…}` or an import/export. */
export interface MdxNode {
  kind: 'component' | 'expression' | 'esm';
  /** The component's name (empty for an expression or an import/export). */
  name: string;
  attributes: readonly MdxAttribute[];
  hasChildren: boolean;
  line: number;
}

/** One attribute as written: a plain string value, or something else (an expression, a spread, no value). */
export interface MdxAttribute {
  name: string;
  value: string | undefined;
}

/**
 * The same check for a dossier, which is compiled by MDX (the way @astrojs/mdx parses it, through Sätteri): every MDX
 * node is taken out of the tree and handed to `judge`, which says what is wrong with it (the allowlist of components
 * lives in dossier-refs.ts); what remains must be plain Markdown, checked as above. A body MDX cannot parse (`<!--`,
 * a lone `<`) is one problem at the line the parser names.
 */
export function checkMdxDossierBody(body: string, judge: (node: MdxNode) => string | undefined): BodyProblem[] {
  let tree: Nodes;
  try {
    tree = mdxToHast(body, { features: FEATURES });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const line = Number(/^(\d+):\d+/.exec(text)?.[1] ?? 1);
    return [{ line, message: `MDX illisible (${text.replace(/^\d+:\d+(?:-\d+:\d+)?:\s*/, '')}) : ${HTML}` }];
  }
  const problems: BodyProblem[] = [];
  takeMdxNodes(tree, 1, (node) => {
    const message = judge(node);
    if (message) problems.push({ line: node.line, message });
  });
  return [...problems, ...checkTree(tree)].sort((a, b) => a.line - b.line);
}

interface RawMdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: unknown[];
  position?: { start: { line: number } };
}

const MDX_TYPES = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/** Removes every MDX node from the tree (so the sanitizer compares Markdown only) and reports each to `found`. */
function takeMdxNodes(node: Nodes, parentLine: number, found: (n: MdxNode) => void): void {
  if (!('children' in node)) return;
  const kept: Child[] = [];
  for (const child of node.children as Child[]) {
    const raw = child as unknown as RawMdxNode;
    const line = raw.position?.start.line ?? parentLine;
    if (!MDX_TYPES.has(raw.type)) {
      takeMdxNodes(child, line, found);
      kept.push(child);
    } else if (raw.type === 'mdxjsEsm') found({ kind: 'esm', name: '', attributes: [], hasChildren: false, line });
    else if (raw.type === 'mdxFlowExpression' || raw.type === 'mdxTextExpression')
      found({ kind: 'expression', name: '', attributes: [], hasChildren: false, line });
    else {
      const attributes = (raw.attributes ?? []).map((a) => ({
        name: a.type === 'mdxJsxAttribute' ? (a.name ?? '') : '{…}',
        value: typeof a.value === 'string' ? a.value : undefined,
      }));
      found({ kind: 'component', name: raw.name ?? '', attributes, hasChildren: (raw.children ?? []).length > 0, line });
    }
  }
  (node as { children: Child[] }).children = kept;
}

/**
 * A URL scheme is case-insensitive (RFC 3986, 3.1) and browsers read « Https:// » as « https:// »; a phone's keyboard
 * capitalises it at the start of a sentence. The allowlist compares schemes as written: they are lower-cased first.
 */
function lowerCaseSchemes(node: Nodes): void {
  if (node.type === 'element')
    for (const key of ['href', 'src']) {
      const value = node.properties[key];
      if (typeof value === 'string') node.properties[key] = value.replace(/^\s*[a-z][a-z\d+.-]*:/i, (scheme) => scheme.toLowerCase());
    }
  for (const c of childrenOf(node)) lowerCaseSchemes(c);
}

function checkTree(tree: Nodes): BodyProblem[] {
  lowerCaseSchemes(tree);
  const clean = sanitize(tree, SCHEMA);
  const problems: BodyProblem[] = [];
  const raw = new Map<number, string>();
  compareChildren(childrenOf(tree), childrenOf(clean), 1, { problems, raw });
  // Raw HTML is read line by line as a whole: `<a …>` and `</a>` are two raw nodes but one mistake.
  for (const [line, html] of raw) problems.push({ line, message: rawMessage(html) });
  return problems.sort((a, b) => a.line - b.line);
}

type Child = RootContent | ElementContent;

const childrenOf = (node: Nodes): Child[] => ('children' in node ? node.children : []);
const lineOf = (node: Child, fallback: number): number => node.position?.start.line ?? fallback;

interface Found {
  problems: BodyProblem[];
  /** Raw HTML found on each line (a raw node counts on its first line). */
  raw: Map<number, string>;
}

/**
 * The sanitizer keeps the order of what it keeps and drops refused nodes whole, and it refuses by tag name: two
 * siblings with the same type and tag are both kept or both dropped. So walking both lists side by side, a
 * sanitized node matches the next original node of the same type and tag; an original node with no match was dropped.
 */
function compareChildren(original: Child[], clean: Child[], parentLine: number, found: Found): void {
  let j = 0;
  for (const node of original) {
    const line = lineOf(node, parentLine);
    const kept = clean[j];
    if (kept && kept.type === node.type && (node.type !== 'element' || (kept.type === 'element' && kept.tagName === node.tagName))) {
      j++;
      if (node.type === 'element' && kept.type === 'element') {
        found.problems.push(...propertyProblems(node, kept.properties, line));
        compareChildren(node.children, kept.children, line, found);
      }
    } else if (node.type === 'raw') {
      found.raw.set(line, (found.raw.get(line) ?? '') + node.value);
    } else {
      const what = node.type === 'element' ? `élément <${node.tagName}> non prévu dans le texte : ` : '';
      found.problems.push({ line, message: `${what}${HTML}` });
    }
  }
}

/** Raw HTML is always refused; the message names the worst thing in it, read with an HTML parser. */
function rawMessage(html: string): string {
  if (/^<!--/.test(html.trim())) return `commentaire HTML <!-- … --> : ${HTML}`;
  const tags: Element[] = [];
  const collect = (n: Nodes) => {
    if (n.type === 'element') tags.push(n);
    for (const c of childrenOf(n)) collect(c);
  };
  try {
    collect(htmlToHast(html, { fragment: true }));
  } catch {
    return HTML;
  }
  if (tags.some((t) => t.tagName === 'script')) return SCRIPT;
  if (tags.some((t) => t.tagName === 'iframe')) return IFRAME;
  if (tags.some((t) => Object.keys(t.properties).some((k) => /^on/i.test(k)))) return HANDLER;
  return HTML;
}

function propertyProblems(node: Element, kept: Properties, line: number): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const [key, value] of Object.entries(node.properties)) {
    const safe = kept[key];
    const href = key === 'href' && typeof value === 'string';
    if (href && (safe === undefined || !isLink(value))) {
      problems.push({ line, message: `lien refusé vers « ${value} » : seuls les liens http(s)://, mailto:, tel: et les pages du site sont acceptés` });
    } else if (key === 'src' && typeof value === 'string' && (safe === undefined || !isFromSite(value))) {
      problems.push({
        line,
        message: `image d'un autre site refusée (« ${value} ») : le lecteur la chargerait depuis ce site. Déposez l'image dans public/ et écrivez ![description](/images/…)`,
      });
    } else if (!href && JSON.stringify(safe) !== JSON.stringify(value)) {
      problems.push({ line, message: `attribut « ${key} » non prévu sur <${node.tagName}> : ${HTML}` });
    }
  }
  return problems;
}

/** The platform's URL parser, as the browser will read the address (tabs, backslashes, case…). */
const parse = (url: string): URL | undefined => (URL.canParse(url, SITE) ? new URL(url, SITE) : undefined);
const isLink = (url: string): boolean => LINK_PROTOCOLS.has(parse(url)?.protocol ?? '');
const isFromSite = (url: string): boolean => parse(url)?.origin === new URL(SITE).origin;
