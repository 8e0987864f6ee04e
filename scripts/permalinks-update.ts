// Adds the built site's published pages to tests/permalinks.txt. Never removes one: a published address must keep working.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isPublished } from '../src/integrations/sitemap.ts';
import { htmlFiles } from './lib/dist.ts';

const file = 'tests/permalinks.txt';
const header = '# Toutes les adresses publiques publiées. Une adresse ne disparaît jamais : un renommage laisse une redirection.\n';
const old = existsSync(file)
  ? readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('/'))
  : [];
const all = [
  ...new Set([
    ...old,
    ...htmlFiles()
      .map((p) => p.path)
      .filter(isPublished),
  ]),
].sort();
writeFileSync(file, header + all.join('\n') + '\n');
console.log(`${String(all.length)} adresses (${String(all.length - old.length)} nouvelles) dans ${file}`);
