/**
 * Measures of an easy-to-read French text (European easy-to-read rules, « Facile à lire »): sentences, words,
 * syllables and Kandel & Moles' French adaptation of Flesch's reading ease. Pure functions: the checker
 * (src/lib/integrity/readability.ts) and `npm run report:lisibilite` share them.
 */

/** The one place for exceptions: words and letters our easy-to-read texts may use although the rules refuse them. */
export const EASY_READ_ALLOWLIST = {
  /** Long words allowed because they are part of a proper name a reader meets as such (« la Cour constitutionnelle »). */
  longWords: ['constitutionnelle'],
  /** All-caps acronyms allowed: « CPAS » is the word written on the building, and each text explains it. */
  acronyms: ['CPAS'],
} as const;

/** Limits, justified in the README (« Facile à lire ») and in the report command. */
export const EASY_READ_LIMITS = {
  /** Words in one sentence (European easy-to-read guidelines: short sentences; 15 is Inclusion Europe's usual bound). */
  wordsPerSentence: 15,
  /** Letters in one word (each part of a hyphenated word): « administration » (14) passes, « dématérialisation » (17) does not. */
  lettersPerWord: 14,
  /** Kandel & Moles score: 70 and more is « assez facile » to « très facile » on their scale. */
  minScore: 70,
} as const;

const VOWELS = 'aeiouyàâäéèêëîïôöùûüœæ';
const VOWEL_GROUP = new RegExp(`[${VOWELS}]+`, 'gu');

/** Spoken syllables of one French word, estimated from its spelling (vowel groups, silent final e, « qu »/« gu »). */
export function syllables(word: string): number {
  const w = word.toLowerCase().normalize('NFC');
  if (/^\p{N}+$/u.test(w)) return Math.max(1, w.length); // a number is read aloud: about one syllable per digit
  if (/^\p{Lu}{2,}$/u.test(word)) return word.length; // an acronym is spelled out, letter by letter
  let total = 0;
  for (const part of w.split(/[-'’]/u)) {
    let s = part.replace(/[^\p{L}]/gu, '');
    if (s === '') continue;
    s = s.replace(/qu/gu, 'q').replace(/gu(?=[eéèêi])/gu, 'g'); // the u of « que », « guichet » is not heard
    // « é » next to another vowel starts a new syllable (ré-el, cré-é), except before a final « e » (jour-née).
    const groups = (
      s
        .replace(/é(?=[aiouyàâéèêîôû]|e(?!s?$))/gu, 'é ')
        .replace(/([aiouy])(?=é)/gu, '$1 ')
        .match(VOWEL_GROUP) ?? []
    ).length;
    // A final « e » or « es » after a consonant is not heard (« aide », « guichets » but « journée »).
    const silentEnd = groups > 1 && new RegExp(`[^${VOWELS}]es?$`, 'u').test(s) ? 1 : 0;
    total += Math.max(1, groups - silentEnd);
  }
  return Math.max(1, total);
}

/** Words of a sentence: whitespace-separated tokens with a letter or a digit (« l'aide » is one word). */
export const words = (sentence: string): string[] => sentence.split(/\s+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));

/** Sentences of one paragraph: cut after . ! ? … followed by a space; the paragraph's end closes the last one. */
export const sentences = (paragraph: string): string[] =>
  paragraph
    .replace(/\s+/gu, ' ')
    .trim()
    .split(/(?<=[.!?…])\s+/u)
    .filter((s) => words(s).length > 0);

/** Kandel & Moles (1958), Flesch adapted to French: 207 − 1,015 × mots/phrase − 73,6 × syllabes/mot. */
export const kandelMoles = (wordsPerSentence: number, syllablesPerWord: number): number => 207 - 1.015 * wordsPerSentence - 73.6 * syllablesPerWord;

export interface ReadabilityScores {
  sentences: number;
  words: number;
  meanWords: number;
  maxWords: number;
  syllablesPerWord: number;
  score: number;
}

/** Scores of a list of sentences. */
export function scores(list: readonly string[]): ReadabilityScores {
  const counts = list.map((s) => words(s));
  const allWords = counts.flat();
  const n = Math.max(1, list.length);
  const w = Math.max(1, allWords.length);
  const syl = allWords.reduce((sum, word) => sum + syllables(word), 0);
  return {
    sentences: list.length,
    words: allWords.length,
    meanWords: allWords.length / n,
    maxWords: Math.max(0, ...counts.map((c) => c.length)),
    syllablesPerWord: syl / w,
    score: kandelMoles(allWords.length / n, syl / w),
  };
}

/** One idea of an easy-to-read body: a paragraph with its pictogram, or a heading. */
export interface EasyReadBlock {
  kind: 'idea' | 'heading';
  /** Pictogram name written between brackets at the paragraph's start (`[guichet] …`); absent for a heading or when missing. */
  picto?: string;
  text: string;
  /** 0-based line of the block's first line in the body. */
  line: number;
}

const PICTO = /^\[([a-z-]+)\]\s*/u;

/** Splits an easy-to-read body into blocks: paragraphs are separated by a blank line, `## ` starts a heading. */
export function easyReadBlocks(body: string): EasyReadBlock[] {
  const blocks: EasyReadBlock[] = [];
  let current: { lines: string[]; line: number } | undefined;
  const flush = () => {
    if (!current) return;
    const raw = current.lines.join(' ').trim();
    if (raw.startsWith('#')) blocks.push({ kind: 'heading', text: raw.replace(/^#+\s*/u, ''), line: current.line });
    else {
      const m = PICTO.exec(raw);
      blocks.push(m ? { kind: 'idea', picto: m[1]!, text: raw.slice(m[0].length), line: current.line } : { kind: 'idea', text: raw, line: current.line });
    }
    current = undefined;
  };
  body.split('\n').forEach((line, i) => {
    if (line.trim() === '') flush();
    else if (line.trim().startsWith('#')) {
      flush();
      current = { lines: [line], line: i };
      flush();
    } else if (current) current.lines.push(line);
    else current = { lines: [line], line: i };
  });
  flush();
  return blocks;
}

/** All sentences of an easy-to-read body, headings included (each heading is read as one sentence). */
export const bodySentences = (body: string): string[] => easyReadBlocks(body).flatMap((b) => sentences(b.text));
