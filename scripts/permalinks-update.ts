// Adds the built site's page URLs to tests/permalinks.txt. Never removes one: a published address must keep working.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { htmlPages } from './lib/dist.ts';

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
    ...htmlPages()
      .map((p) => p.path)
      .filter((p) => p.endsWith('/') && !p.startsWith('/admin/')),
  ]),
].sort();
writeFileSync(file, header + all.join('\n') + '\n');
console.log(`${all.length} adresses (${all.length - old.length} nouvelles) dans ${file}`);
