/**
 * OCR damage in the seed texts, and its repair. Reviewed table: each line is a damage seen in a seed,
 * what the site prints instead, and where. Applied in order to the seed text before quotes are looked up in it.
 * Anything that is not in this table must appear in the seed as the site prints it.
 */
export interface OcrRepair {
  /** Seed file name prefix (e.g. "000"). */
  seed: string;
  damaged: string;
  repaired: string;
  where: string;
}

export const OCR_REPAIRS: readonly OcrRepair[] = [
  { seed: '000', damaged: 'autoritEs', repaired: 'autorités', where: 'encadré Art. 13 : accents lus comme capitales' },
  { seed: '000', damaged: 'líinclusivitE A tout', repaired: "l'inclusivité à tout", where: 'encadré Art. 13 : accents lus comme capitales' },
  { seed: '001', damaged: '\uFFFD', repaired: '', where: 'cahier FdSS : caractère de remplacement devant des titres numérotés' },
  { seed: '003', damaged: 'km<sup>2</sup>', repaired: 'km²', where: 'fiche CIEP, piste « maisons multiservices » : exposant de km² balisé en <sup>' },
  {
    seed: '003',
    damaged:
      "13. Plan d'appropriation du numérique 2022-2024, URL : <https://be.brussels/fr/propos-de-la-region/valeurs-budget-et-strategie/strategie-et-priorites-politiques/l'inclusion-numerique/le-plan-d'appropriation-numerique-2021-2024>. Consulté le 6 mai 2024.",
    repaired: '',
    where: 'fiche CIEP, piste « Maintenir des guichets physiques… » : la note 13 est imprimée au milieu de la phrase citée ; elle est retirée de là',
  },
  { seed: '000', damaged: 'procedure administrative', repaired: 'procédure administrative', where: 'encadré Art. 4 : accents perdus' },
  { seed: '000', damaged: 'integralement', repaired: 'intégralement', where: 'encadré Art. 4 : accents perdus' },
  {
    seed: '000',
    damaged: 'disproportionne et risque,',
    repaired: 'disproportionné et risqué,',
    where: 'encadré Art. 4 : accents perdus (risqué restitué comme les autres accents de l’encadré)',
  },
  { seed: '000', damaged: 'acces humain', repaired: 'accès humain', where: 'encadré Art. 4 : accents perdus' },
  { seed: '000', damaged: 'democratique, stable', repaired: 'démocratique, stable', where: 'encadré Art. 4 : accents perdus' },
  { seed: '000', damaged: 'competent et', repaired: 'compétent et', where: 'encadré Art. 13 : accents perdus' },
  { seed: '000', damaged: 'derogation possible', repaired: 'dérogation possible', where: 'encadré Art. 13 : accents perdus' },
  // Applied last: the rows above that contain « í » must see it first.
  { seed: '000', damaged: 'í', repaired: "'", where: 'encadrés Art. 4 et Art. 13 : l’apostrophe est lue « í » (Cíest, líacces, líordonnance)' },
];
