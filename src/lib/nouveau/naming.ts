import type { Draft, TypeSpec } from './fields.ts';
import { joinSlug, keywords } from './slug.ts';

/**
 * The file name (without extension) proposed for a new entry, before clash handling:
 * testimony → <source prefix>-<speaker>-<subject>, figure and proposal → <source prefix>-<subject>, event → <date>-<subject>.
 */
export function entrySlug(spec: TypeSpec, draft: Draft, prefix: string): string {
  const text = (key: string) => (typeof draft[key] === 'string' ? draft[key] : '');
  const subject = keywords(text('titre'), 5).join('-');
  switch (spec.name) {
    case 'temoignage':
      return joinSlug([prefix, keywords(text('locuteur'), 3).join('-'), keywords(text('titre'), 4).join('-')]);
    case 'evenement':
      return joinSlug([text('date'), subject]);
    default:
      return joinSlug([prefix, subject]);
  }
}
