import type { Chiffre, Source, Temoignage } from '../site.ts';
import { byline } from './text.ts';

/**
 * schema.org descriptions of entries (JSON-LD). A private person quoted on the site is credited in words only
 * (`creditText`): marking them up as a `Person` would invite search engines to build a profile of someone who
 * agreed to be quoted by first name, not to become an entity. Public persons (ministers, researchers) are `Person`s.
 */
export function quotationLd(entry: Pick<Temoignage, 'body' | 'data'>, source: Source['data']): Record<string, unknown> {
  const d = entry.data;
  return {
    '@context': 'https://schema.org',
    '@type': 'Quotation',
    // The quote as written (only white space collapsed): a « > » or « * » in someone's words is kept.
    text: (entry.body ?? '').replace(/\s+/g, ' ').trim(),
    inLanguage: 'fr',
    ...(d.personnePublique ? { creator: { '@type': 'Person', name: d.locuteur } } : { creditText: byline(d) }),
    isPartOf: {
      '@type': 'CreativeWork',
      name: source.titre,
      publisher: { '@type': 'Organization', name: source.organisation },
      ...(source.url ? { url: source.url } : {}),
    },
  };
}

export function datasetLd(d: Chiffre['data'], source: Source['data'], value: string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: d.titre,
    description: `${d.mesure} — ${d.population} : ${value}`,
    temporalCoverage: String(d.anneeDonnees),
    creator: { '@type': 'Organization', name: d.editeur },
    isBasedOn: { '@type': 'CreativeWork', name: source.titre, publisher: { '@type': 'Organization', name: source.organisation } },
    variableMeasured: { '@type': 'PropertyValue', name: d.mesure, value: d.valeur, unitText: d.unite === '%' ? 'pourcent' : (d.uniteLibelle ?? d.unite) },
    license: 'https://creativecommons.org/licenses/by/4.0/',
    inLanguage: 'fr',
  };
}
