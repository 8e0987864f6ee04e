// Provenance report: every testimony, figure phrase, proposal and article quotation must be found in its seed.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadContent, type RawEntry } from '../src/lib/integrity/load.ts';
import { figureCoverage } from '../src/lib/barometre-coverage.ts';
import { findQuote, normalizeForMatch, repairSeed } from '../src/lib/provenance.ts';

const seedsDir = resolve(process.env['SEEDS_DIR'] ?? '../shared/seeds');
const { entries } = loadContent(resolve(process.env['CONTENT_DIR'] ?? 'content'));
const data = (e: RawEntry) => (e.data ?? {}) as Record<string, unknown>;

const seedOf = new Map<string, string>();
for (const e of entries.filter((e) => e.collection === 'sources')) {
  const file = data(e)['fichier'];
  if (typeof file === 'string') seedOf.set(e.id, file);
}
const seedText = new Map<string, string>();
const normalizedSeed = (file: string): string => {
  let text = seedText.get(file);
  if (text === undefined) {
    text = normalizeForMatch(repairSeed(file, readFileSync(join(seedsDir, file), 'utf8')));
    seedText.set(file, text);
  }
  return text;
};

type Kind = 'témoignages' | 'chiffres' | 'propositions' | 'citations d’articles';
const counts = new Map<string, Record<Kind, number>>();
const failures: string[] = [];
const split: string[] = [];
const bump = (source: string, kind: Kind) => {
  const row = counts.get(source) ?? { témoignages: 0, chiffres: 0, propositions: 0, 'citations d’articles': 0 };
  row[kind] += 1;
  counts.set(source, row);
};

function check(entry: RawEntry, kind: Kind, source: unknown, quote: unknown, field: string) {
  if (typeof source !== 'string' || typeof quote !== 'string') {
    failures.push(`${entry.path} ${field}: source ou texte manquant`);
    return;
  }
  const file = seedOf.get(source);
  if (!file) {
    bump(source, kind); // external source: nothing to compare against
    return;
  }
  bump(source, kind);
  const result = findQuote(quote, normalizedSeed(file));
  if (!result.found) failures.push(`${entry.path} ${field}: introuvable dans ${file} à partir de « ${result.missing} »`);
  else if (result.fragments > 1) split.push(`${entry.path} (${result.fragments} fragments)`);
}

for (const e of entries) {
  const d = data(e);
  if (e.collection === 'temoignages') check(e, 'témoignages', d['source'], e.body, '(texte)');
  if (e.collection === 'propositions') check(e, 'propositions', d['source'], e.body, '(texte)');
  if (e.collection === 'chiffres') {
    check(e, 'chiffres', d['source'], d['phrase'], 'phrase');
    if (typeof d['anneeDonnees'] !== 'number') failures.push(`${e.path} anneeDonnees: un chiffre sans année des données ne peut pas être publié`);
    if (typeof d['source'] !== 'string' || typeof d['editeur'] !== 'string')
      failures.push(`${e.path} source: un chiffre sans source ni éditeur ne peut pas être publié`);
  }
  if (e.collection === 'articles' && Array.isArray(d['citations'])) {
    (d['citations'] as Record<string, unknown>[]).forEach((c, i) => {
      check(e, 'citations d’articles', c['source'], c['texte'], `citations.${i}.texte`);
    });
  }
}

// Barometer editions, kinds of number, deduced editions (src/lib/barometre-coverage.ts).
const figures = figureCoverage(entries, (source, passage) => {
  const file = seedOf.get(source);
  return file === undefined ? undefined : findQuote(passage, normalizedSeed(file)).found;
});
failures.push(...figures.failures);

const kinds: Kind[] = ['témoignages', 'chiffres', 'propositions', 'citations d’articles'];
const rows = [...counts.entries()].sort(([a], [b]) => (seedOf.get(a) ?? `~${a}`).localeCompare(seedOf.get(b) ?? `~${b}`));
const table = [
  `| source | fichier | ${kinds.join(' | ')} |`,
  `|---|---|${kinds.map(() => '---:').join('|')}|`,
  ...rows.map(([source, row]) => `| ${source} | ${seedOf.get(source) ?? '(externe)'} | ${kinds.map((k) => row[k]).join(' | ')} |`),
  `| **total** | | ${kinds.map((k) => rows.reduce((n, [, r]) => n + r[k], 0)).join(' | ')} |`,
];
console.log(table.join('\n'));
if (split.length > 0) console.log(`\n${split.length} citation(s) retrouvée(s) en plusieurs morceaux (mise en page en colonnes) :\n  ${split.join('\n  ')}`);
console.log(
  `\nChiffres : ${figures.barometre} du baromètre, chacun avec l'année des données de son édition (content/editions/) ; ${figures.deduites} à l'édition déduite, qui le disent ; ${figures.estimations} estimations, hors graphiques et chiffres clés.`,
);
if (failures.length > 0) {
  console.error(`\n${failures.length} problème(s) de provenance :\n${failures.join('\n')}`);
  process.exit(1);
}
console.log('\nProvenance : toutes les citations et phrases sont retrouvées dans leur source.');
