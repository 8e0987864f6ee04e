/**
 * Pictograms of the easy-to-read texts: one per idea (`[guichet] Vous pouvez aller au guichet.`). Simple line
 * drawings on a 24 × 24 grid, drawn for this site (no icon font, no request elsewhere), with the label a screen
 * reader does not need: each pictogram is decorative, the sentence next to it says everything.
 */
export const PICTOGRAMS = {
  guichet: 'M3 21h18M5 21V10h14v11M3 10l9-6 9 6M9 21v-5h6v5',
  telephone: 'M5 3h4l2 5-3 2a11 11 0 0 0 6 6l2-3 5 2v4a2 2 0 0 1-2 2A18 18 0 0 1 3 5a2 2 0 0 1 2-2z',
  courrier: 'M3 6h18v12H3zM3 6l9 7 9-7',
  ordinateur: 'M4 4h16v11H4zM2 19h20M9 15v4M15 15v4',
  personne: 'M12 11a4 4 0 1 0 0-8 4 4 0 0 0 0 8zM4 21a8 8 0 0 1 16 0',
  groupe: 'M8 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM16 10a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM2 20a6 6 0 0 1 12 0M10 20a6 6 0 0 1 12 0',
  aide: 'M12 21s-8-5-8-11a4 4 0 0 1 8-2 4 4 0 0 1 8 2c0 6-8 11-8 11z',
  loi: 'M12 3v18M5 21h14M4 7h16M7 7l-3 7a3 3 0 0 0 6 0zM17 7l-3 7a3 3 0 0 0 6 0z',
  document: 'M6 2h9l5 5v15H6zM14 2v6h6M9 13h8M9 17h8',
  plainte: 'M4 4h16v12H9l-5 4zM12 7v4M12 13v.5',
  attention: 'M12 3l10 18H2zM12 10v5M12 17.5v.5',
  oui: 'M4 12l5 5L20 6',
  non: 'M6 6l12 12M18 6L6 18',
  question: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM9 9a3 3 0 1 1 4 3c-1 .5-1 1-1 2M12 17v.5',
  argent: 'M3 7h18v10H3zM12 15a3 3 0 1 0 0-6 3 3 0 0 0 0 6zM6 10v4M18 10v4',
  sante: 'M9 3h6v6h6v6h-6v6H9v-6H3V9h6z',
  lire: 'M2 5c4-1 7 0 10 2 3-2 6-3 10-2v14c-4-1-7 0-10 2-3-2-6-3-10-2zM12 7v14',
  temps: 'M12 22a10 10 0 1 0 0-20 10 10 0 0 0 0 20zM12 6v6l4 2',
  cadenas: 'M5 11h14v10H5zM8 11V7a4 4 0 0 1 8 0v4M12 15v2',
  travail: 'M3 8h18v12H3zM8 8V5h8v3M3 13h18',
  nuage: 'M7 18a5 5 0 0 1-1-9.9A6 6 0 0 1 17.7 7 4.5 4.5 0 0 1 18 18z',
  chiffre: 'M4 20V10M10 20V4M16 20v-7M2 20h20',
  parole: 'M4 4h16v12H8l-4 4zM8 9h8M8 12h5',
  maison: 'M3 11l9-8 9 8M5 10v11h14V10M10 21v-6h4v6',
} as const satisfies Record<string, string>;

export type PictogramName = keyof typeof PICTOGRAMS;

export const PICTOGRAM_NAMES = Object.keys(PICTOGRAMS) as PictogramName[];

export const isPictogram = (name: string | undefined): name is PictogramName => name !== undefined && Object.hasOwn(PICTOGRAMS, name);
