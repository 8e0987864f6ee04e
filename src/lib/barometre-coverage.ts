import type { RawEntry } from './integrity/load.ts';
import { NAMES_BAROMETER } from './integrity/rules.ts';

type Data = Record<string, unknown>;
/** A header value as text (numbers too); anything else as nothing. */
const str = (v: unknown): string => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
const dataOf = (e: RawEntry): Data => (e.data !== null && typeof e.data === 'object' ? (e.data as Data) : {});

const ORDINALS: Readonly<Record<number, RegExp>> = {
  2020: /premier\s+barom[eè]tre/i,
  2022: /deuxi[eè]me\s+barom[eè]tre/i,
  2024: /troisi[eè]me\s+barom[eè]tre/i,
};

/** Whether a text names an edition (its year, or « troisième baromètre »). */
export function namesEdition(text: string, edition: Data): boolean {
  const year = edition['anneePublication'];
  if (typeof year !== 'number') return false;
  return new RegExp(`\\b${year}\\b`).test(text) || (ORDINALS[year]?.test(text) ?? false);
}

/**
 * The three checks of the provenance report on figures, in French, one line per failure (`fichier champ: message`):
 * 1. every barometer figure's data year is its edition's (from content/editions/);
 * 2. every `estimation` is out of charts (`serie`) and key figures (`cle`);
 * 3. every barometer figure whose quoted sentence does not name the edition either quotes the passage of the same
 *    document that names it (`editionCitee`, found in the seed) or says the edition is deduced, and why (`editionDeduite`).
 */
export function figureCoverage(
  entries: readonly RawEntry[],
  /** Whether a passage is in the figure's source document; undefined when the source has no text to search (a web page). */
  inSource: (sourceId: string, passage: string) => boolean | undefined = () => undefined,
): { failures: string[]; barometre: number; estimations: number; deduites: number } {
  const failures: string[] = [];
  const editions = new Map(entries.filter((e) => e.collection === 'editions').map((e) => [e.id, dataOf(e)]));
  let barometre = 0;
  let estimations = 0;
  let deduites = 0;
  for (const e of entries) {
    if (e.collection !== 'chiffres') continue;
    const d = dataOf(e);
    const ref = d['barometre'];
    const named = typeof d['edition'] === 'string' && NAMES_BAROMETER.test(d['edition']);
    if (typeof ref === 'string' || named) {
      barometre += 1;
      const edition = typeof ref === 'string' ? editions.get(ref) : undefined;
      if (!edition) {
        failures.push(`${e.path} barometre: chiffre du baromètre sans édition connue dans content/editions/ (« ${str(ref ?? d['edition'])} »)`);
      } else {
        if (d['anneeDonnees'] !== edition['anneeDonnees'])
          failures.push(
            `${e.path} anneeDonnees: ${str(d['anneeDonnees'])}, mais l'édition « ${str(edition['titre'])} » publie les données de ${str(edition['anneeDonnees'])}`,
          );
        const deduite = d['editionDeduite'];
        if (deduite !== undefined) deduites += 1;
        if (deduite !== undefined && (typeof deduite !== 'string' || deduite.trim().length < 20))
          failures.push(`${e.path} editionDeduite: l'édition est déduite sans dire pourquoi`);
        const citee = d['editionCitee'];
        if (typeof citee === 'string') {
          if (!namesEdition(citee, edition)) failures.push(`${e.path} editionCitee: « ${citee} » ne nomme pas l'édition « ${str(edition['titre'])} »`);
          if (typeof d['source'] === 'string' && inSource(d['source'], citee) === false)
            failures.push(`${e.path} editionCitee: « ${citee} » introuvable dans le document source`);
        }
        if (deduite === undefined && typeof citee !== 'string' && !namesEdition(str(d['phrase']), edition))
          failures.push(
            `${e.path} editionDeduite: la phrase citée ne nomme pas l'édition « ${str(edition['titre'])} » : citez le passage de la source qui la nomme (\`editionCitee\`) ou dites qu'elle est déduite et pourquoi (\`editionDeduite\`)`,
          );
      }
    }
    if (d['nature'] === undefined) failures.push(`${e.path} nature: chiffre sans nature (statistique, estimation ou compte)`);
    if (d['nature'] === 'estimation') {
      estimations += 1;
      if (d['serie'] !== undefined) failures.push(`${e.path} serie: une estimation est dessinée dans le graphique « ${str(d['serie'])} »`);
      if (d['cle'] === true) failures.push(`${e.path} cle: une estimation est parmi les chiffres clés`);
    }
  }
  return { failures, barometre, estimations, deduites };
}
