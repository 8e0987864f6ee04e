import { EASY_READ_ALLOWLIST, EASY_READ_LIMITS, easyReadBlocks, scores, sentences, words } from '../readability.ts';
import { isPictogram, PICTOGRAM_NAMES } from '../pictograms-facile.ts';
import type { CollectionName } from '../collections.ts';
import type { Problem } from './check.ts';
import type { RawEntry } from './load.ts';

const LONG_OK = new Set<string>(EASY_READ_ALLOWLIST.longWords.map((w) => w.toLowerCase()));
const ACRONYMS_OK = new Set<string>(EASY_READ_ALLOWLIST.acronyms);
/** Abbreviations a reader must decode: « Art. 13 », « etc. », « M. », « p. 12 », « n° » (a dot before a lowercase word or a digit). */
const DOTTED = [
  /(?:^|[\s'’])((?:art|etc|ex|cf|tél|av|bd|mme|env|réf|vol)\.)(?=\s|$)/giu,
  /(?:^|\s)(\p{Lu}\.)(?=\s|$)/gu,
  /(?:^|\s)(\p{L}{1,4}\.)(?=\s+[\p{Ll}\p{N}])/gu,
  /(n°)/giu,
];
/** The inclusive-writing dot (« qualifié·e·s », « qualifié.e.s »). */
const INCLUSIVE_DOT = /[·⋅]|\p{L}\.(?:e|es|s|ne|nes|le|les)\b/u;
const ACRONYM = /(?<![\p{L}-])\p{Lu}{2,}(?![\p{L}])/gu;
const PARENS = /[()[\]]/u;
const fmt = (n: number) => n.toLocaleString('fr-BE', { maximumFractionDigits: 1 });
const start = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * The easy-to-read rules (`content/facile/`), measured on each body: every paragraph opens with a known pictogram,
 * sentences of at most 15 words, words of at most 14 letters, no inclusive-writing dot, no parentheses, no
 * abbreviation, and a Kandel & Moles score of at least 70 for the whole text. Limits: src/lib/readability.ts.
 */
export function checkEasyRead(entry: RawEntry): Problem[] {
  if (entry.collection !== 'facile') return [];
  const problems: Problem[] = [];
  const at = (line: number, code: Problem['code'], message: string) =>
    problems.push({ path: entry.path, line: entry.bodyLine + line, field: '(texte)', code, message });

  for (const block of easyReadBlocks(entry.body)) {
    if (block.kind === 'idea' && !isPictogram(block.picto)) {
      at(
        block.line,
        'easy.picto',
        block.picto === undefined
          ? `paragraphe sans pictogramme : commencez-le par [nom], l'un de : ${PICTOGRAM_NAMES.join(', ')}`
          : `pictogramme inconnu « ${block.picto} » : choisissez l'un de : ${PICTOGRAM_NAMES.join(', ')}`,
      );
    }
    for (const sentence of sentences(block.text)) {
      const n = words(sentence).length;
      if (n > EASY_READ_LIMITS.wordsPerSentence)
        at(
          block.line,
          'easy.sentence',
          `phrase de ${n} mots (« ${start(sentence)} ») : coupez-la en phrases de ${EASY_READ_LIMITS.wordsPerSentence} mots au plus`,
        );
    }
    for (const word of words(block.text)) {
      const letters = word.replace(/[^\p{L}\p{N}'’-]/gu, '');
      const long = letters.split(/[-'’]/u).find((part) => part.length > EASY_READ_LIMITS.lettersPerWord && !LONG_OK.has(part.toLowerCase()));
      if (long)
        at(
          block.line,
          'easy.word',
          `mot de ${long.length} lettres « ${long} » : dites-le avec des mots plus courts (${EASY_READ_LIMITS.lettersPerWord} lettres au plus)`,
        );
    }
    if (INCLUSIVE_DOT.test(block.text))
      at(block.line, 'easy.dot', "point de l'écriture inclusive (« · ») : écrivez les deux mots en entier (« les habitantes et les habitants »)");
    if (PARENS.test(block.text)) at(block.line, 'easy.parens', 'parenthèses ou crochets : écrivez ce qu’ils contiennent dans une phrase à part');
    const dotted = new Set(DOTTED.flatMap((re) => [...block.text.matchAll(re)].map((m) => m[1]!)));
    for (const abbreviation of dotted) at(block.line, 'easy.abbreviation', `abréviation « ${abbreviation} » : écrivez le mot en entier`);
    for (const m of block.text.matchAll(ACRONYM)) {
      if (!ACRONYMS_OK.has(m[0])) at(block.line, 'easy.abbreviation', `sigle « ${m[0]} » : écrivez le nom en entier`);
    }
  }

  const s = scores(easyReadBlocks(entry.body).flatMap((b) => sentences(b.text)));
  if (s.sentences > 0 && s.score < EASY_READ_LIMITS.minScore) {
    at(
      0,
      'easy.score',
      `score de lisibilité ${fmt(s.score)} (Kandel et Moles) : il faut au moins ${EASY_READ_LIMITS.minScore} ; raccourcissez les phrases (${fmt(s.meanWords)} mots en moyenne) et préférez les mots courts (${fmt(s.syllablesPerWord)} syllabes par mot)`,
    );
  }
  return problems;
}

/** The page an easy-to-read text simplifies must exist (`themes/<id>`, `articles/<id>`; page keys are checked by the schema). */
export function checkEasyReadTarget(entry: RawEntry, data: Record<string, unknown>, exists: (c: CollectionName, id: string) => boolean): Problem[] {
  const target = data['simplifie'];
  if (typeof target !== 'string') return [];
  const [head, id] = target.split('/') as [string, string];
  if (head === 'page' || (head !== 'themes' && head !== 'articles') || exists(head, id)) return [];
  return [
    {
      path: entry.path,
      line: entry.lineOf(['simplifie']),
      field: 'simplifie',
      code: 'ref.missing',
      message: `« ${id} » n'existe pas dans content/${head}/ : la page simplifiée doit exister (corrigez l'identifiant)`,
    },
  ];
}
