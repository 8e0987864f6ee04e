/**
 * French typography of the generated pages: a non-breaking space inside « » and before : ; ? ! %, so that a
 * guillemet or a colon never ends up alone at the start or end of a line on a narrow screen. Applied once to each
 * built page (src/middleware.ts), on text only: tags and their attributes (URLs), <script>, <style>, <pre>,
 * <code> and <textarea> are left as they are. Pure: no Astro imports.
 */

const NBSP = '\u00a0';
/** Spaces a browser may break a line at, as they appear in the text of a page (space, tab, newline). */
const BREAKABLE = '[ \\t\\n\\r]+';
const AFTER_OPENING = new RegExp(`«${BREAKABLE}`, 'g');
const BEFORE_PUNCTUATION = new RegExp(`${BREAKABLE}([»:;?!%])`, 'g');

/** One text's spaces around guillemets and before high punctuation made non-breaking. */
export const frenchSpaces = (text: string): string => text.replace(AFTER_OPENING, `«${NBSP}`).replace(BEFORE_PUNCTUATION, `${NBSP}$1`);

/** Elements whose content is code or kept as typed. */
const RAW = /<(script|style|pre|code|textarea)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
/** A tag, a comment or a doctype: never touched. */
const TAG = /<!--[\s\S]*?-->|<[^>]*>/g;

/** `transform` applied to the parts of `text` between the matches of `pattern`; the matches are kept as they are. */
function between(text: string, pattern: RegExp, transform: (part: string) => string): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    out += transform(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + transform(text.slice(last));
}

/** `frenchSpaces` applied to every text node of an HTML page, outside raw elements. */
export const frenchSpacesInHtml = (html: string): string => between(html, RAW, (outside) => between(outside, TAG, frenchSpaces));
