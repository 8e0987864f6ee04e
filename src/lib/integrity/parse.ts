import { load, YAMLException } from 'js-yaml';
import { isNode, LineCounter, parseDocument, visit, type Document } from 'yaml';
import type { ProblemCode } from './codes.ts';

/** A problem met while reading one file, before any schema. */
export interface ParseProblem {
  code: ProblemCode;
  line: number;
  field: string;
  message: string;
}

/** One entry file split and parsed: values exactly as the build reads them, plus where each field sits. */
export interface ParsedEntry {
  /** The header's values as js-yaml reads them — the library Astro uses for `.yaml` data files and frontmatter. */
  data: Record<string, unknown>;
  /** Markdown body (empty for a `.yaml` file). */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of a header field (path of keys and indexes), or of the header's start when the field is absent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  problems: ParseProblem[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;
const BOM = '\uFEFF';
/** A `*` or `&` where YAML could read an alias or an anchor (a cheap test before building the `yaml` tree). */
const MAY_HAVE_ALIAS = /(?:^|[\s,[{:?-])[*&][^\s,[\]{}]/mu;

function lineLocator(doc: Document, counter: LineCounter, offsetLines: number) {
  return (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offsetLines;
    }
    return Math.max(1, offsetLines);
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** Paths of the values js-yaml turned into something the schemas never accept from a text file (an unquoted date). */
function datesIn(value: unknown, path: PropertyKey[] = []): PropertyKey[][] {
  if (value instanceof Date) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => datesIn(v, [...path, i]));
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => datesIn(v, [...path, k]));
  return [];
}

/**
 * Splits an entry file (`.mdx`: `---` header then Markdown; `.yaml`: header only) and parses its header. The one
 * parser of entries: the prose loader (src/lib/prose-loader.ts), the checker and `npm run nouveau` all call it, so
 * what the checker validates is what the build loads.
 *
 * Values come from js-yaml, as in Astro's glob loader (which also refuses duplicate keys); the `yaml` library only
 * locates fields and finds aliases (refused: a few lines of aliases can expand into millions of values). Never throws.
 */
export function parseEntry(path: string, text: string): ParsedEntry {
  const problems: ParseProblem[] = [];
  const problem = (code: ProblemCode, line: number, message: string) => problems.push({ code, line, field: '(en-tête)', message });
  if (text.startsWith(BOM)) {
    problems.push({
      code: 'file.bom',
      line: 1,
      field: '(fichier)',
      message: 'le fichier commence par une marque d’ordre des octets (BOM, U+FEFF) invisible : enregistrez-le en « UTF-8 » sans BOM',
    });
    text = text.slice(BOM.length);
  }
  let yamlText = text;
  let body = '';
  let offset = 0;
  let bodyLine = 1;
  if (path.endsWith('.mdx')) {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      problem('yaml.frontmatter', 1, "l'en-tête manque : le fichier doit commencer par une ligne `---`, les champs, puis une autre ligne `---`");
      yamlText = '';
      body = text;
    } else {
      yamlText = match[1] ?? '';
      body = text.slice(match[0].length);
      offset = 1;
      bodyLine = match[0].split('\n').length;
    }
  }

  // The `yaml` library's tree is built only when a line is asked for or an alias may be there: most files need neither.
  let tree: { doc: Document; counter: LineCounter } | undefined;
  const parsedTree = () => {
    if (!tree) {
      const counter = new LineCounter();
      tree = { doc: parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true }), counter };
    }
    return tree;
  };
  const lineOf = (at: readonly PropertyKey[]): number => {
    const { doc, counter } = parsedTree();
    return lineLocator(doc, counter, offset)(at);
  };
  const none = { data: {}, body, bodyLine, lineOf, problems };

  let data: unknown;
  try {
    data = load(yamlText, { filename: path });
  } catch (error) {
    const line = error instanceof YAMLException ? error.mark.line + 1 + offset : 1 + offset;
    const reason = error instanceof YAMLException ? error.reason : String(error);
    problem('yaml.syntax', line, `en-tête YAML illisible (${reason}) : vérifiez les deux-points, les guillemets et l'indentation`);
    return none;
  }
  if (MAY_HAVE_ALIAS.test(yamlText)) {
    const { doc, counter } = parsedTree();
    visit(doc, {
      Alias: (_key, node) => {
        const line = node.range ? counter.linePos(node.range[0]).line + offset : 1 + offset;
        problem('yaml.alias', line, `alias YAML « *${node.source} » refusé : recopiez la valeur au lieu de la désigner par une ancre (&…, *…)`);
        return visit.BREAK;
      },
    });
  }
  if (problems.some((p) => p.code.startsWith('yaml.'))) return none;

  if (data === undefined || data === null) data = {};
  if (!isRecord(data)) {
    problem('yaml.not-object', 1 + offset, 'l’en-tête doit être une liste de champs `champ: valeur`, un par ligne');
    return none;
  }
  for (const at of datesIn(data)) {
    problems.push({
      code: 'yaml.date',
      line: lineOf(at),
      field: at.map(String).join('.'),
      message: 'date sans guillemets : la compilation la lirait comme un instant et non comme un texte ; écrivez-la entre guillemets droits, ex. "2024-03-09"',
    });
  }
  return { data, body, bodyLine, lineOf, problems };
}
