import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { COLLECTIONS, COLLECTION_NAMES, type CollectionName } from '../collections.ts';

/** One file of content/, parsed but not yet validated. */
export interface RawEntry {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as printed in problems. */
  path: string;
  data: unknown;
  /** MDX body (empty for YAML). */
  body: string;
  /** 1-based line of the body's first line in the file. */
  bodyLine: number;
  /** 1-based line of a frontmatter field (dotted path), or of the frontmatter start when the field is absent. */
  lineOf: (path: readonly PropertyKey[]) => number;
  /** Problems met while reading (YAML syntax, missing frontmatter). */
  parseErrors: { line: number; message: string }[];
}

/** A file that sits in a collection folder but would never be loaded (wrong extension). */
export interface StrayFile {
  collection: CollectionName;
  path: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

function lineLocator(doc: Document, counter: LineCounter, offsetLines: number) {
  return (path: readonly PropertyKey[]): number => {
    for (let n = path.length; n > 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return counter.linePos(node.range[0]).line + offsetLines;
    }
    return 1 + offsetLines - (offsetLines > 0 ? 1 : 0);
  };
}

/** Parses one file's text into a raw entry. Exposed for tests that feed the checker single files. */
export function parseEntry(collection: CollectionName, id: string, path: string, text: string): RawEntry {
  const parseErrors: RawEntry['parseErrors'] = [];
  let yamlText = text;
  let body = '';
  let offset = 0;
  let bodyLine = 1;
  if (COLLECTIONS[collection].format === 'mdx') {
    const match = FRONTMATTER.exec(text);
    if (!match) {
      parseErrors.push({ line: 1, message: "l'en-tête manque : le fichier doit commencer par une ligne `---`, les champs, puis une autre ligne `---`" });
      yamlText = '';
      body = text;
    } else {
      yamlText = match[1] ?? '';
      body = text.slice(match[0].length);
      offset = 1;
      bodyLine = match[0].split('\n').length;
    }
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  for (const error of doc.errors) {
    const line = counter.linePos(error.pos[0]).line + offset;
    parseErrors.push({ line, message: `en-tête YAML illisible (${error.code}) : vérifiez les deux-points, les guillemets et l'indentation` });
  }
  const data: unknown = doc.errors.length > 0 ? {} : (doc.toJS() ?? {});
  return { collection, id, path, data, body, bodyLine, lineOf: lineLocator(doc, counter, offset), parseErrors };
}

/** Reads every collection folder under `contentDir`. */
export function loadContent(contentDir: string, root = process.cwd()): { entries: RawEntry[]; strays: StrayFile[] } {
  const entries: RawEntry[] = [];
  const strays: StrayFile[] = [];
  for (const collection of COLLECTION_NAMES) {
    const dir = join(contentDir, collection);
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue; // a collection with no folder has no entries
    }
    const ext = COLLECTIONS[collection].format === 'mdx' ? '.mdx' : '.yaml';
    for (const name of names) {
      const full = join(dir, name);
      if (name.startsWith('.') || statSync(full).isDirectory()) continue;
      const path = relative(root, full);
      if (!name.endsWith(ext)) {
        strays.push({ collection, path });
        continue;
      }
      entries.push(parseEntry(collection, name.slice(0, -ext.length), path, readFileSync(full, 'utf8')));
    }
  }
  return { entries, strays };
}
