import { HtmlValidate } from 'html-validate';

/** The html-validate rules the site is held to (used on dist/ and on the broken fixture pages). */
export const siteValidator = () =>
  new HtmlValidate({
    extends: ['html-validate:recommended'],
    rules: {
      // Astro writes void elements as <meta /> and long inline SVG: style choices, not errors.
      'void-style': 'off',
      'no-trailing-whitespace': 'off',
      'attribute-boolean-style': 'off',
      'no-inline-style': 'error',
      // Typographic apostrophes and « » in French text are fine as literal characters.
      'no-raw-characters': ['error', { relaxed: true }],
      'long-title': 'off',
    },
  });
