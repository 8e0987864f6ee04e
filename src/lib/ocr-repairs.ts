/**
 * OCR damage in the seed texts, and its repair. Reviewed table: each line is a damage seen in a seed,
 * what the site prints instead, and where. Applied to the seed text before quotes are looked up in it.
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
  { seed: '000', damaged: 'í', repaired: "'", where: 'encadrés Art. 4 et Art. 13 : l’apostrophe est lue « í » (Cíest, líacces, líordonnance)' },
  { seed: '000', damaged: 'autoritEs', repaired: 'autorités', where: 'encadré Art. 13 : accents lus comme capitales' },
  { seed: '000', damaged: 'líinclusivitE A tout', repaired: "l'inclusivité à tout", where: 'encadré Art. 13 : accents lus comme capitales' },
  { seed: '001', damaged: '\uFFFD', repaired: '', where: 'cahier FdSS : caractère de remplacement devant des titres numérotés' },
];
