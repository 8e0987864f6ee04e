// Builds the Pagefind index of dist/ through Pagefind's Node API. Always closes Pagefind, even on error.
import * as pagefind from 'pagefind';

const site = process.argv[2] ?? 'dist';
const started = performance.now();
let failed = false;
try {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind n'a pas démarré : ${errors.join(' ; ')}`);
  const added = await index.addDirectory({ path: site });
  if (added.errors.length > 0) throw new Error(added.errors.join(' ; '));
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length > 0) throw new Error(written.errors.join(' ; '));
  console.log(`Index de recherche : ${added.page_count} pages indexées en ${Math.round(performance.now() - started)} ms.`);
  if (added.page_count === 0) throw new Error('aucune page indexée : data-pagefind-body manque-t-il dans la mise en page ?');
} catch (error) {
  failed = true;
  console.error(`Échec de l'indexation : ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await pagefind.close();
}
process.exit(failed ? 1 : 0);
