import { z } from 'astro/zod';

const fallback = z.locales.fr().localeError;

const plural = (n: number | bigint, word: string) => `${n} ${word}${Number(n) > 1 ? 's' : ''}`;

/**
 * Plain French for the zod messages a schema does not word itself (e.g. `page: 0` or `anonymise: "oui"`).
 * Passed per parse (`safeParse(data, { error: frenchErrors })`): the global zod configuration, shared with Astro, is left alone.
 */
export const frenchErrors: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      switch (issue.expected) {
        case 'number':
          return 'doit être un nombre écrit en chiffres, sans guillemets (ex. 12)';
        case 'int':
          return 'doit être un nombre entier, sans guillemets (ex. 12)';
        case 'boolean':
          return 'doit être true (oui) ou false (non), sans guillemets';
        case 'string':
          return 'doit être un texte, de préférence entre guillemets "…"';
        case 'array':
          return 'doit être une liste entre crochets, ex. [premier, second]';
        default:
          return fallback(issue);
      }
    case 'too_small':
      if (issue.origin === 'number' || issue.origin === 'int') return `doit être au moins ${issue.minimum}`;
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'ne peut pas être vide' : `doit avoir au moins ${plural(issue.minimum, 'caractère')}`;
      if (issue.origin === 'array') return `doit contenir au moins ${plural(issue.minimum, 'élément')}`;
      return fallback(issue);
    case 'too_big':
      if (issue.origin === 'number' || issue.origin === 'int') return `doit être au plus ${issue.maximum}`;
      if (issue.origin === 'string') return `doit avoir au plus ${plural(issue.maximum, 'caractère')}`;
      if (issue.origin === 'array') return `doit contenir au plus ${plural(issue.maximum, 'élément')}`;
      return fallback(issue);
    default:
      return fallback(issue);
  }
};
