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

/**
 * One pass over a page: what must be kept as it is (an element whose content is code or kept as typed, a comment, a
 * doctype, a tag with its attributes) is matched first and given back unchanged; elsewhere, the spaces after « and
 * before » : ; ? ! % become non-breaking. Same result as cutting the page into text nodes and applying frenchSpaces
 * to each (compared on every built page), in one regular expression instead of thousands of slices.
 */
const PAGE = /(<(script|style|pre|code|textarea)\b[^>]*>[\s\S]*?<\/\2\s*>|<!--[\s\S]*?-->|<[^>]*>)|«[ \t\n\r]+|[ \t\n\r]+([»:;?!%])/gi;

/** `frenchSpaces` applied to every text node of an HTML page, outside raw elements. */
export const frenchSpacesInHtml = (html: string): string =>
  html.replace(
    PAGE,
    (_match, kept: string | undefined, _raw: string | undefined, punctuation: string | undefined) =>
      kept ?? (punctuation ? `${NBSP}${punctuation}` : `«${NBSP}`),
  );
