import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@astrojs/compiler/sync';
import { is } from '@astrojs/compiler/utils';
import type { AttributeNode, Node } from '@astrojs/compiler/types';
import ts from 'typescript';

/** Attributes (of elements and components) whose value is read by people. */
const TEXT_ATTRIBUTES = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label', 'description', 'intro', 'heading']);
/** Attributes whose value is code or addresses, never read as text. */
const CODE_ATTRIBUTES = new Set(['class', 'class:list', 'jsonLd', 'set:html', 'href', 'src', 'style']);
/** Elements whose text is code, not interface. */
const CODE_ELEMENTS = new Set(['script', 'style']);
/** Files owned by other work (the search page and the editor). */
const NOT_CHECKED = ['src/pages/recherche/index.astro', 'src/pages/admin/'];
/** Literal text allowed in markup: none is needed today. */
const ALLOWED = new Set<string>([]);

const LETTER = /\p{L}/u;
/** One dotted token: an i18n key (`site.name`) or a file name (`chiffres.csv`, `.csv`), not words. */
const TOKEN = /^[\w-]*(\.[\w-]+)+$/;

/** Text that a reader would read: it has a letter once expressions are gone, and is not a key or a file name. */
const readable = (text: string): boolean => LETTER.test(text) && !TOKEN.test(text.trim()) && !ALLOWED.has(text.trim());

/**
 * A string literal in template code that looks like words for people: accented letters, two words, or a capitalised word.
 * Identifiers such as 'page', 'h2' or 'summary_large_image' are not.
 */
const wordy = (text: string): boolean => readable(text) && (/\P{ASCII}/u.test(text) || /\p{L}\s+\p{L}/u.test(text) || /^\s*\p{Lu}\p{Ll}/u.test(text));

/** String literals (and template-literal parts) of a piece of template code, read by TypeScript's scanner. */
function codeStrings(code: string): string[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.Standard, code);
  const found: string[] = [];
  // Open `${` of template literals: how many `{` are open inside each, to know which `}` resumes the template.
  const templates: number[] = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (token === ts.SyntaxKind.OpenBraceToken && templates.length > 0) templates[templates.length - 1]! += 1;
    if (token === ts.SyntaxKind.CloseBraceToken && templates.length > 0) {
      if (templates.at(-1) === 0) {
        token = scanner.reScanTemplateToken(false);
        if (token === ts.SyntaxKind.TemplateTail) templates.pop();
      } else templates[templates.length - 1]! -= 1;
    }
    if (token === ts.SyntaxKind.TemplateHead) templates.push(0);
    if (
      token === ts.SyntaxKind.StringLiteral ||
      token === ts.SyntaxKind.NoSubstitutionTemplateLiteral ||
      token === ts.SyntaxKind.TemplateHead ||
      token === ts.SyntaxKind.TemplateMiddle ||
      token === ts.SyntaxKind.TemplateTail
    ) {
      found.push(scanner.getTokenValue());
    }
  }
  return found;
}

/** Interface text in an attribute: the whole value of a text attribute; words in the code of any other (e.g. `items={[{ label: 'Thèmes' }]}`). */
function attributeText(a: AttributeNode): string[] {
  if (CODE_ATTRIBUTES.has(a.name) || a.name.startsWith('data-')) return [];
  const text = TEXT_ATTRIBUTES.has(a.name);
  if (a.kind === 'quoted') return text ? [a.value].filter(readable) : [];
  if (a.kind === 'template-literal') return codeStrings(`\`${a.value}\``).filter(text ? readable : wordy);
  if (a.kind === 'expression') return codeStrings(a.value).filter(text ? readable : wordy);
  return [];
}

export interface Literal {
  line: number;
  text: string;
}

/** Interface text written as a literal in an .astro file's template (frontmatter is code and not read here). */
export function interfaceLiterals(source: string): Literal[] {
  const { ast } = parse(source, { position: true });
  const found: Literal[] = [];
  const add = (node: Node, text: string) => found.push({ line: node.position?.start.line ?? 0, text: text.trim() });
  const visit = (node: Node, parent: Node | undefined): void => {
    if (is.tag(node)) {
      for (const a of node.attributes) for (const text of attributeText(a)) add(node, `${a.name}=${text}`);
      if (CODE_ELEMENTS.has(node.name)) return;
    } else if (is.text(node)) {
      // A text directly inside `{…}` is JavaScript: only its string literals can be interface text.
      if (parent && is.expression(parent)) {
        for (const text of codeStrings(node.value)) if (wordy(text)) add(node, text);
      } else if (readable(node.value)) add(node, node.value);
    }
    if (is.parent(node)) for (const child of node.children) visit(child, node);
  };
  visit(ast, undefined);
  return found;
}

const files = globSync(['src/components/**/*.astro', 'src/layouts/*.astro', 'src/pages/**/*.astro'])
  .filter((f) => !NOT_CHECKED.some((prefix) => f.startsWith(prefix)))
  .sort();

describe('interface text goes through src/i18n', () => {
  it('finds the .astro files', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files)('%s has no literal interface text', (file) => {
    expect(interfaceLiterals(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('flags literal text, text attributes and words in template code (fixture)', () => {
    const found = interfaceLiterals(readFileSync('tests/fixtures/i18n/literals.astro', 'utf8')).map((l) => l.text);
    expect(found).toEqual([
      'aria-label=Pages de la liste',
      '← Page précédente',
      'title=Fiche :',
      'entrées',
      'entrée',
      'Voir les',
      'témoignages',
      'Source :',
      'items=Accueil',
    ]);
  });
});
