/**
 * Pictograms: one per theme and per kind of entry, drawn from Lucide (npm `lucide-static`, ISC licence) and written
 * into the page as inline SVG at build time: no icon font, no request to another site. Always beside a text that
 * says the same thing, so the SVG is hidden from screen readers.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** Lucide's icons as element lists: `[['path', { d: '…' }], …]`, read once. */
type IconNode = readonly (readonly [string, Readonly<Record<string, string>>])[];

let icons: Readonly<Record<string, IconNode>> | undefined;
function iconSet(): Readonly<Record<string, IconNode>> {
  icons ??= JSON.parse(readFileSync(createRequire(import.meta.url).resolve('lucide-static/icon-nodes.json'), 'utf8')) as Record<string, IconNode>;
  return icons;
}

/** The one place where a theme gets its pictogram (theme id → Lucide icon name). */
export const THEME_PICTOGRAMS: Readonly<Record<string, string>> = {
  'acces-aux-droits': 'scale',
  'accompagnement-et-epn': 'hand-helping',
  'ages-et-generations': 'users',
  'banques-et-argent': 'banknote',
  'cadre-legal': 'gavel',
  'demarches-en-ligne': 'laptop',
  'dependance-aux-proches': 'handshake',
  'donnees-et-vie-privee': 'lock',
  'guichets-et-contact-humain': 'messages-square',
  'lire-ecrire-et-competences': 'book-open',
  'participation-et-evaluation': 'vote',
  'sante-et-soins': 'stethoscope',
  'stress-et-sante-mentale': 'brain',
  'travail-et-emploi': 'briefcase',
  'travail-social': 'heart-handshake',
  'vulnerabilite-numerique': 'wifi-off',
};

/** Kinds of entry and of page, and the few interface pictograms (menu, search, help). */
export const KIND_PICTOGRAMS = {
  temoignages: 'message-square-quote',
  chiffres: 'chart-column',
  propositions: 'lightbulb',
  articles: 'scroll-text',
  evenements: 'calendar',
  sources: 'library',
  themes: 'tag',
  menu: 'menu',
  search: 'search',
  help: 'life-buoy',
} as const;
export type PictogramName = keyof typeof KIND_PICTOGRAMS;

/** Icon names that Lucide does not have (a test keeps this empty). */
export const unknownIcons = (names: readonly string[]): string[] => names.filter((n) => !Object.hasOwn(iconSet(), n));

/** Fallback for a theme added without a pictogram: the theme's generic tag, never a broken page. */
export const themePictogram = (themeId: string): string => THEME_PICTOGRAMS[themeId] ?? KIND_PICTOGRAMS.themes;

const escapeAttr = (v: string) => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** The SVG markup of a Lucide icon, hidden from assistive technology (its meaning is in the text beside it). */
export function pictogramSvg(icon: string): string {
  const node = iconSet()[icon];
  if (!node) throw new Error(`pictogramme inconnu dans lucide-static : « ${icon} »`);
  const children = node
    .map(
      ([tag, attrs]) =>
        `<${tag} ${Object.entries(attrs)
          .map(([k, v]) => `${k}="${escapeAttr(v)}"`)
          .join(' ')}></${tag}>`,
    )
    .join('');
  return `<svg class="picto" viewBox="0 0 24 24" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${children}</svg>`;
}
