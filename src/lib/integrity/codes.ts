/**
 * Every kind of problem the checker reports. A problem gets its code where it is created; the report groups and
 * explains problems by code (src/lib/integrity/report.ts), never by their wording.
 */
export const PROBLEM_CODES = [
  // The file itself: never loaded, or not readable as the build would read it.
  'file.stray',
  'file.subfolder',
  'file.symlink',
  'file.dotfile',
  'file.encoding',
  'file.bom',
  'file.unreadable',
  'file.name',
  'file.duplicate',
  // The YAML header.
  'yaml.frontmatter',
  'yaml.syntax',
  'yaml.alias',
  'yaml.date',
  'yaml.not-object',
  // What the schema says (src/schemas/).
  'schema.missing',
  'schema.unknown',
  'schema.type',
  'schema.value',
  'schema.themes',
  'schema.rule',
  // Rules of the checker on values and text.
  'text.too-long',
  'text.invisible',
  'date.invalid',
  'consent.missing',
  'consent.future',
  'name.private',
  'body.empty',
  'body.too-long',
  'body.code',
  // Easy-to-read texts (content/facile/, src/lib/integrity/readability.ts).
  'easy.picto',
  'easy.sentence',
  'easy.word',
  'easy.dot',
  'easy.parens',
  'easy.abbreviation',
  'easy.score',
  // Dossiers (content/dossiers/): MDX beyond the five evidence components, an id that names nothing.
  'dossier.component',
  'dossier.ref',
  // Between entries.
  'ref.missing',
  'theme.unused',
  'serie.incomplete',
  // Barometer editions and kinds of number.
  'barometre.annee',
  'barometre.edition',
  'nature.estimation',
] as const;

export type ProblemCode = (typeof PROBLEM_CODES)[number];

export const isProblemCode = (value: unknown): value is ProblemCode => typeof value === 'string' && (PROBLEM_CODES as readonly string[]).includes(value);

/** Limits on what one entry may hold: beyond them a field or body is a paste gone wrong, not evidence. */
export const LIMITS = {
  /** Characters in one frontmatter text field (the longest real one, an article's quotation, is under 1,000). */
  field: 2_000,
  /** Characters in one Markdown body (the longest real one, an ordinance article, is about 10,000). */
  body: 20_000,
} as const;
