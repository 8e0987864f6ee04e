import { t, type UiKey } from '../../i18n/index.ts';
import { temoignageSchema } from '../../schemas/temoignage.ts';

/** How a field is filled in on paper: writing lines, a yes/no choice or a date. */
export type PaperKind = 'lines' | 'choice' | 'date';

export interface PaperField {
  /** The testimony schema's field (or « texte » for the quote, which is the file's body). */
  key: string;
  label: string;
  help: string;
  kind: PaperKind;
  /** Writing lines to leave blank. */
  lines: number;
}

interface Spec {
  key: keyof typeof temoignageSchema.shape;
  /** Our plain-words help for the person (the schema's description speaks to the editor). */
  help: UiKey;
  kind: PaperKind;
  lines: number;
}

/** The paper form's fields: the words (the body), then the schema fields a person answers, named by the schema's own `.meta()` titles. */
const SHEET1: readonly Spec[] = [
  { key: 'locuteur', help: 'temoigner.help.locuteur', kind: 'lines', lines: 1 },
  { key: 'role', help: 'temoigner.help.role', kind: 'lines', lines: 1 },
  { key: 'annee', help: 'temoigner.help.annee', kind: 'lines', lines: 1 },
  { key: 'anonymise', help: 'temoigner.help.anonymise', kind: 'choice', lines: 0 },
];
/** Consent sheet: the date of the consent is the schema's `consentementDate`. */
const SHEET2: readonly Spec[] = [{ key: 'consentementDate', help: 'temoigner.help.consentementDate', kind: 'date', lines: 0 }];

function fieldOf(f: Spec): PaperField {
  const meta = temoignageSchema.shape[f.key].meta();
  const title = typeof meta?.['title'] === 'string' ? meta['title'] : undefined;
  if (!title) throw new Error(`le champ ${f.key} du schéma des témoignages n'a pas de titre (.meta({ title }))`);
  return { key: f.key, label: title, help: t(f.help), kind: f.kind, lines: f.lines };
}

export interface PaperForm {
  words: PaperField;
  person: PaperField[];
  consent: PaperField[];
}

export function paperForm(): PaperForm {
  return {
    words: { key: 'texte', label: t('temoigner.field.texte'), help: t('temoigner.help.texte'), kind: 'lines', lines: 12 },
    person: SHEET1.map(fieldOf),
    // The signature and who collected it stay on paper, in the association: they are never published.
    consent: [
      ...SHEET2.map(fieldOf),
      { key: 'signature', label: t('temoigner.consent.signature'), help: '', kind: 'lines', lines: 2 },
      { key: 'association', label: t('temoigner.consent.association'), help: '', kind: 'lines', lines: 2 },
      { key: 'collector', label: t('temoigner.consent.collector'), help: '', kind: 'lines', lines: 1 },
    ],
  };
}
