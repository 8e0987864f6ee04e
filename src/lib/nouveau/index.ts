/** Pure logic of `npm run nouveau` (scripts/nouveau.ts): fields to ask, option parsing, file names, order, file text. */
export { parseArgs, type ParsedArgs } from './args.ts';
export {
  buildEntry,
  defaultOf,
  setAnswer,
  draftFromFlags,
  draftProblems,
  escapeMdx,
  fieldError,
  readAnswer,
  suggest,
  withFlags,
  type DraftProblems,
  type Known,
} from './draft.ts';
export {
  BODY,
  BOOLEAN_FLAGS,
  GLOBAL_FLAGS,
  TYPE_NAMES,
  TYPES,
  typeFromText,
  type Draft,
  type FieldKind,
  type FieldSpec,
  type TypeName,
  type TypeSpec,
} from './fields.ts';
export { asciiWords, joinSlug, keywords, nextOrdre, slugify, sourcePrefix, uniqueSlug } from './slug.ts';
export { entrySlug } from './naming.ts';
