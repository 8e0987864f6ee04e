// Readability report of the easy-to-read texts (content/facile/): one row per text, the measures the checker uses.
import { resolve } from 'node:path';
import { loadContent } from '../src/lib/integrity/load.ts';
import { bodySentences, EASY_READ_LIMITS, scores } from '../src/lib/readability.ts';

const { entries } = loadContent(resolve(process.argv.find((a) => a.startsWith('--dir='))?.slice(6) ?? 'content'));
const texts = entries.filter((e) => e.collection === 'facile').sort((a, b) => a.id.localeCompare(b.id));
const fmt = (n: number, digits = 1) => n.toLocaleString('fr-BE', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const rows = texts.map((e) => {
  const s = scores(bodySentences(e.body));
  return [
    e.path,
    String(s.sentences),
    fmt(s.meanWords),
    String(s.maxWords),
    fmt(s.syllablesPerWord, 2),
    fmt(s.score),
    s.score >= EASY_READ_LIMITS.minScore ? 'oui' : 'NON',
  ];
});
const header = ['texte', 'phrases', 'mots/phrase', 'max', 'syllabes/mot', 'score', `≥ ${EASY_READ_LIMITS.minScore}`];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
for (const r of rows) console.log(`| ${r.join(' | ')} |`);
console.log(
  `\n${texts.length} textes. Score de Kandel et Moles (1958) = 207 − 1,015 × mots/phrase − 73,6 × syllabes/mot ; seuil ${EASY_READ_LIMITS.minScore} (« assez facile » ou mieux). Phrases de ${EASY_READ_LIMITS.wordsPerSentence} mots au plus.`,
);
process.exitCode = rows.some((r) => r[6] === 'NON') ? 1 : 0;
