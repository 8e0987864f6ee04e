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

/** `frenchSpaces` applied to every text node of an HTML page, outside raw elements. */
export function frenchSpacesInHtml(html: string): string {
  let out = '';
  let last = 0;
  for (const raw of html.matchAll(RAW)) {
    out += textOnly(html.slice(last, raw.index)) + raw[0];
    last = raw.index + raw[0].length;
  }
  return out + textOnly(html.slice(last));
}

function textOnly(html: string): string {
  let out = '';
  let last = 0;
  for (const tag of html.matchAll(TAG)) {
    out += frenchSpaces(html.slice(last, tag.index)) + tag[0];
    last = tag.index + tag[0].length;
  }
  return out + frenchSpaces(html.slice(last));
}
