// Builds the Pagefind index of dist/ through Pagefind's Node API. Always closes Pagefind, even on error.
import * as pagefind from 'pagefind';
import { readFileSync } from 'node:fs';
import { htmlFileNames, isRedirectPage } from './lib/dist.ts';

const site = process.argv[2] ?? 'dist';

/**
 * Page chrome that is not the entry's content, left out of the words' index (each printed address was a dozen
 * words of every page: « exemple », « org », the page's own slug…). Layouts and components mark most chrome with
 * `data-pagefind-ignore` (header, footer, filter boxes, « À lire aussi ») and Pagefind drops <nav> (breadcrumbs,
 * previous/next) by itself; these are the parts still unmarked.
 */
const CHROME = [
  // Defence in depth: the elements below are also marked data-pagefind-ignore where they are written
  // (CiteBox.astro, graphiques/[id].astro, themes/[id]/index.astro); a new download link or embed box stays out too.
  'a[download]',
  'pre.embed',
];

/**
 * Pagefind runs the text of adjacent elements together unless they are headings, paragraphs, list items, table
 * cells, div, ul, article or section: `<dt>Population</dt><dd>personnes…</dd>` became « Populationpersonnes » in
 * result excerpts. A space after the closing tag of the other block elements our pages use keeps words apart.
 */
const UNSEPARATED = /<\/(?:dt|dd|dl|th|tr|caption|figcaption|blockquote|summary|legend|ol)>/g;
const separateBlocks = (html: string): string => html.replace(UNSEPARATED, '$& ');

/** Pages sent to Pagefind at once. */
const BATCH = 64;

const started = performance.now();
let failed = false;
try {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: CHROME });
  if (!index) throw new Error(`Pagefind n'a pas démarré : ${errors.join(' ; ')}`);
  // The HTML goes through separateBlocks() first, so Pagefind reads it from here rather than from the folder. A batch
  // at a time, read when sent: all pages at once held every page's text twice in memory (at 10 000 testimonies,
  // 25 000 pages, the heap filled up and the garbage collector took minutes).
  // Only pages that mark their content with data-pagefind-body are sent: once one page of a site is marked, Pagefind
  // leaves every unmarked page out of the index, after parsing it (lists, filtered lists, redirects: a quarter of the
  // pages at 10 000 testimonies). The layouts mark every page meant to be found.
  const files = htmlFileNames(site);
  let count = 0;
  for (let i = 0; i < files.length; i += BATCH) {
    const pages = files
      .slice(i, i + BATCH)
      .map((f) => ({ ...f, html: readFileSync(f.file, 'utf8') }))
      .filter((p) => !isRedirectPage(p.html) && p.html.includes('data-pagefind-body'));
    const added = await Promise.all(pages.map((page) => index.addHTMLFile({ url: page.path, content: separateBlocks(page.html) })));
    const problems = added.flatMap((a, j) => a.errors.map((e) => `${pages[j]?.path ?? ''} : ${e}`));
    if (problems.length > 0) throw new Error(problems.join(' ; '));
    count += pages.length;
  }
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length > 0) throw new Error(written.errors.join(' ; '));
  console.log(
    `Index de recherche : ${String(count)} pages indexées sur ${String(files.length)} pages lues, en ${String(Math.round(performance.now() - started))} ms.`,
  );
  if (count === 0) throw new Error('aucune page à indexer (aucune ne porte data-pagefind-body) : le dossier du site est-il vide ?');
} catch (error) {
  failed = true;
  console.error(`Échec de l'indexation : ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await pagefind.close();
}
process.exit(failed ? 1 : 0);
