/**
 * Where the site is published: its origin (SITE_URL) and base path (BASE_PATH), read once from the environment.
 * astro.config.ts and src/lib/routes.ts read them from here; nothing else reads SITE_URL or BASE_PATH.
 *
 * - `SITE_URL=https://exemple.org` (and optionally `BASE_PATH=/humain-dabord/`, or a SITE_URL that ends with it);
 * - without SITE_URL the address is the local preview's (http://localhost:4321), and `local` is true: pages that
 *   print or share an address (fiches, embed snippets) say so, and a build for publishing refuses it (astro.config.ts).
 */
export interface SiteAddress {
  /** Origin with the base path, ending with « / », e.g. https://exemple.org/humain-dabord/ */
  site: string;
  /** Base path, starting and ending with « / », e.g. /humain-dabord/ (or /) */
  base: string;
  /** True when no SITE_URL was given: every address is the local preview's. */
  local: boolean;
}

export const LOCAL_ORIGIN = 'http://localhost:4321';

/** Normalises « humain-dabord », « /humain-dabord » or « /humain-dabord/ » to « /humain-dabord/ ». */
export function normaliseBase(raw: string | undefined): string {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  if (trimmed === '') return '/';
  if (!/^[A-Za-z0-9._~-]+(\/[A-Za-z0-9._~-]+)*$/.test(trimmed))
    throw new Error(`BASE_PATH « ${raw ?? ''} » n'est pas un chemin d'adresse valable (lettres, chiffres, - _ . ~ et /), par exemple /humain-dabord/`);
  return `/${trimmed}/`;
}

export function siteAddress(env: Readonly<Record<string, string | undefined>> = process.env): SiteAddress {
  const rawUrl = env['SITE_URL']?.trim();
  if (!rawUrl) {
    const base = normaliseBase(env['BASE_PATH']);
    return { site: `${LOCAL_ORIGIN}${base}`, base, local: true };
  }
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new Error(`SITE_URL « ${rawUrl} » n'est pas une adresse : écrivez-la en entier, par exemple https://exemple.org`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL « ${rawUrl} » doit commencer par https:// (ou http://)`);
  const base = normaliseBase(env['BASE_PATH'] ?? url.pathname);
  return { site: `${url.origin}${base}`, base, local: false };
}

/** The address of this build. */
export const ADDRESS: SiteAddress = siteAddress();
