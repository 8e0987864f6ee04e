import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { COLLECTIONS, COLLECTION_NAMES, extensionOf, type CollectionName } from '../collections.ts';
import type { Problem } from './check.ts';
import type { ProblemCode } from './codes.ts';
import { parseEntry, type ParsedEntry } from './parse.ts';

/** One file of content/, parsed but not yet validated. */
export interface RawEntry extends Omit<ParsedEntry, 'data'> {
  collection: CollectionName;
  id: string;
  /** Path relative to the project root, as printed in problems. */
  path: string;
  /** The header's values (see ParsedEntry), not yet validated: tools check their shape before use. */
  data: unknown;
}

/** Parses one entry's text (see parseEntry). Exposed for tests and tools that feed the checker single files. */
export function rawEntry(collection: CollectionName, id: string, path: string, text: string): RawEntry {
  return { collection, id, path, ...parseEntry(path, text) };
}

// ignoreBOM keeps a BOM in the text, where parseEntry reports it (by default the decoder drops it in silence).
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Decodes a file as UTF-8, or says on which line the first byte that is not UTF-8 sits. */
function decode(bytes: Uint8Array): { text: string } | { badLine: number } {
  try {
    return { text: UTF8.decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    return { badLine: lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length };
  }
}

const COLLECTION_FOLDERS = new Map<string, CollectionName>(COLLECTION_NAMES.map((c) => [COLLECTIONS[c].folder, c]));

/**
 * Reads every collection folder under `contentDir`. Nothing is skipped in silence: every file under content/ that
 * the build would not load exactly as written (wrong place or extension, hidden, link, not UTF-8) is a problem.
 */
export function loadContent(contentDir: string, root = process.cwd()): { entries: RawEntry[]; strays: Problem[] } {
  const entries: RawEntry[] = [];
  const strays: Problem[] = [];
  const refuse = (full: string, code: ProblemCode, message: string, line = 1) =>
    strays.push({ path: relative(root, full), line, field: '(fichier)', code, message });

  const list = (dir: string): Dirent[] => {
    try {
      return readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return []; // a collection with no folder has no entries
    }
  };

  /** Every file below `dir` (links and hidden files included, never followed), each refused with `why`. */
  const refuseAll = (dir: string, code: ProblemCode, message: string) => {
    for (const item of list(dir)) {
      const full = join(dir, item.name);
      if (item.isSymbolicLink()) refuseLink(full);
      else if (item.isDirectory()) refuseAll(full, code, message);
      else refuse(full, code, message);
    }
  };
  const refuseLink = (full: string) =>
    refuse(
      full,
      'file.symlink',
      'lien symbolique refusé : il peut désigner un fichier hors du dépôt, qui serait publié sans relecture ; copiez le fichier lui-même ici',
    );

  for (const top of list(contentDir)) {
    const full = join(contentDir, top.name);
    const collection = COLLECTION_FOLDERS.get(top.name);
    if (top.isSymbolicLink()) refuseLink(full);
    else if (top.name.startsWith('.')) refuseHidden(full, top.isDirectory());
    else if (collection && top.isDirectory()) readCollection(collection, full);
    else if (top.isDirectory())
      refuseAll(full, 'file.stray', `ce fichier ne serait pas publié : content/${top.name}/ n'est pas une collection (voir src/lib/collections.ts)`);
    else refuse(full, 'file.stray', 'ce fichier ne serait pas publié : content/ ne contient que les dossiers des collections');
  }
  return { entries, strays };

  function refuseHidden(full: string, isDirectory: boolean) {
    const message = 'fichier caché (son nom commence par un point) : il ne serait pas publié ; renommez-le ou supprimez-le';
    if (isDirectory) refuseAll(full, 'file.dotfile', message);
    else refuse(full, 'file.dotfile', message);
  }

  function readCollection(collection: CollectionName, dir: string) {
    const ext = extensionOf(collection);
    for (const item of list(dir)) {
      const full = join(dir, item.name);
      if (item.isSymbolicLink()) refuseLink(full);
      else if (item.name.startsWith('.')) refuseHidden(full, item.isDirectory());
      else if (item.isDirectory())
        refuseAll(
          full,
          'file.subfolder',
          `ce fichier ne serait pas publié : seuls les fichiers posés directement dans content/${collection}/ sont lus ; sortez-le du sous-dossier`,
        );
      else if (!item.name.endsWith(ext))
        refuse(full, 'file.stray', `ce fichier ne serait pas publié : dans content/${collection}/ seuls les fichiers ${ext} sont lus`);
      else readEntry(collection, item.name.slice(0, -ext.length), full);
    }
  }

  function readEntry(collection: CollectionName, id: string, full: string) {
    let bytes: Uint8Array;
    try {
      bytes = readFileSync(full);
    } catch (error) {
      refuse(full, 'file.unreadable', `fichier illisible (${error instanceof Error ? error.message : String(error)})`);
      return;
    }
    const decoded = decode(bytes);
    if ('badLine' in decoded) {
      refuse(
        full,
        'file.encoding',
        'le fichier n’est pas en UTF-8 (un autre encodage, Latin-1 ou Windows-1252, changerait les accents en « � ») : enregistrez-le en « UTF-8 »',
        decoded.badLine,
      );
      return;
    }
    entries.push(rawEntry(collection, id, relative(root, full), decoded.text));
  }
}
