import { describe, expect, it } from 'vitest';
import { htmlFiles } from './dist.ts';

/** The text a reader sees: outside tags, comments, <script>, <style>, <pre>, <code>, <textarea>; entities of spaces decoded. */
function visibleText(html: string): string[] {
  return html
    .replace(/<(script|style|pre|code|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '<>')
    .replace(/<!--[\s\S]*?-->/g, '<>')
    .split(/<[^>]*>/)
    .map((t) => t.replace(/&nbsp;|&#160;|&#xa0;/gi, '\u00a0').replace(/&#32;|&#x20;/gi, ' '));
}

/** A guillemet or a high punctuation mark that a line may break away from: a breakable space inside « » or before : ; ? ! %. */
const ORPHAN = /«[ \t\n\r]|[ \t\n\r][»:;?!%]/;

/**
 * The text of a block as a reader (and a screen reader, and a copy-paste) gets it: inline tags removed without a
 * space, block tags replaced by one. Astro's HTML compression drops the line break between two expressions or
 * between `</strong>` and `<a>`, which glues « chose ?Voici » or « disent.Consulté le ».
 */
function blockText(html: string): string {
  return (
    html
      .replace(/<(script|style|pre|code|textarea|svg)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      // Hidden search metadata (spans side by side that no one reads), and two links side by side (separate targets).
      .replace(/<div hidden[^>]*>[\s\S]*?<\/div>/g, ' ')
      .replace(/<\/a>\s*<a\b/g, '</a> <a')
      .replace(/<\/?(?:strong|a|em|span|abbr|b|i|small|mark|q|cite|time|sup|sub|bdi)\b[^>]*>/gi, '')
      .replace(/<[^>]*>/g, ' ')
      // An address printed as text (« https://bx1.be/?p=622810 ») is not a sentence.
      .replace(/https?:\/\/\S+/g, ' ')
  );
}

/** A sentence or label glued to the next word: « ?Voici », « !Les », « disent.Consulté », « :Votre ». */
const GLUED = /[?!][A-Za-zÀ-ÿ«]|[a-zà-ÿ»][.:][A-ZÀ-Ý][a-zà-ÿ]/;

describe('typographie française dans dist/ (espaces insécables, issue 16)', () => {
  const pages = htmlFiles();

  it('aucune espace sécable après « ni avant » : ; ? ! % dans le texte des pages', () => {
    expect(pages.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const p of pages) {
      for (const text of visibleText(p.html)) {
        const m = ORPHAN.exec(text);
        if (m) problems.push(`${p.path} : « ${text.slice(Math.max(0, m.index - 30), m.index + 10).trim()} »`);
      }
    }
    expect(problems.slice(0, 20), `${problems.length} textes`).toEqual([]);
  });

  it('aucun mot collé à la ponctuation qui le précède (« chose ?Voici », « disent.Consulté le »)', () => {
    const problems: string[] = [];
    for (const p of pages) {
      const m = GLUED.exec(blockText(p.html));
      if (m)
        problems.push(
          `${p.path} : « ${blockText(p.html)
            .slice(Math.max(0, m.index - 30), m.index + 12)
            .replace(/\s+/g, ' ')} »`,
        );
    }
    expect(problems.slice(0, 20), `${problems.length} pages`).toEqual([]);
  });
});
