/**
 * Security headers of the site, per path: the one source for the pages' meta policy and for every host recipe
 * (dist/_headers for Netlify and Cloudflare Pages, deploy/nginx.conf, deploy/Caddyfile: written by
 * scripts/deploy-config.ts, checked by tests/deploy/).
 * No third party anywhere; scripts only from our origin; WebAssembly allowed for Pagefind's search.
 */
export const CSP_DIRECTIVES: Record<string, string> = {
  'default-src': "'self'",
  'script-src': "'self' 'wasm-unsafe-eval'",
  'style-src': "'self'",
  'img-src': "'self' data:",
  'font-src': "'self'",
  'connect-src': "'self'",
  'object-src': "'none'",
  'base-uri': "'self'",
  'form-action': "'self'",
};

const policy = (directives: Record<string, string>): string =>
  Object.entries(directives)
    .map(([k, v]) => `${k} ${v}`)
    .join('; ');

/** The pages' policy, also written in each page's meta (for hosts that send no header, such as GitHub Pages). */
export const CSP = policy(CSP_DIRECTIVES);

/**
 * The editor page (/admin/, for contributors, not indexed) runs Sveltia CMS: still no inline script and no CDN,
 * but its component styles are injected at run time, and signing in to the hosted Git backend talks to GitHub.
 * The host sends this same policy for /admin/ (two different policies would both apply and block the editor).
 */
export const ADMIN_CSP = policy({
  ...CSP_DIRECTIVES,
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self' blob: data: https://api.github.com",
  'worker-src': "'self' blob:",
});

/** How long browsers keep a response. */
export const CACHE = {
  /** HTML and unhashed files: always asked again (a cheap 304), so a new version shows at once. */
  page: 'public, max-age=0, must-revalidate',
  /** Astro's hashed assets: a new version has a new name. */
  hashed: 'public, max-age=31536000, immutable',
  /** Pagefind's files: chunk names are hashes, pagefind.js and the entry file are not. */
  search: 'public, max-age=3600',
} as const;

/** Sent with every response. */
const COMMON: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

// frame-ancestors only works in a header (a meta policy ignores it), hence added here and not in CSP.
const notFramed = (csp: string): Record<string, string> => ({ 'Content-Security-Policy': `${csp}; frame-ancestors 'none'`, 'X-Frame-Options': 'DENY' });

export interface HeaderRule {
  /** Path prefix as written in the routes module (without the base path), ending with « / ». */
  prefix: string;
  /** Why this part of the site has its own headers. */
  why: string;
  headers: Record<string, string>;
}

/** From the most general to the most specific; a path takes the headers of the last (longest) prefix it starts with. */
export const HEADER_RULES: readonly HeaderRule[] = [
  { prefix: '/', why: 'tout le site : CSP stricte, jamais dans un cadre', headers: { ...notFramed(CSP), ...COMMON, 'Cache-Control': CACHE.page } },
  { prefix: '/_astro/', why: 'fichiers à empreinte (hash) : cache long', headers: { ...notFramed(CSP), ...COMMON, 'Cache-Control': CACHE.hashed } },
  { prefix: '/pagefind/', why: 'index de recherche : mêmes en-têtes de sécurité', headers: { ...notFramed(CSP), ...COMMON, 'Cache-Control': CACHE.search } },
  {
    prefix: '/embed/',
    why: 'graphiques à intégrer : tout site peut les mettre dans un cadre',
    headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors *`, ...COMMON, 'Cache-Control': CACHE.page },
  },
  {
    prefix: '/admin/',
    why: 'éditeur : seulement la politique dont il a besoin',
    headers: { ...notFramed(ADMIN_CSP), ...COMMON, 'Cache-Control': CACHE.page, 'X-Robots-Tag': 'noindex, nofollow' },
  },
];

/** The rule that applies to a path (without the base path). */
export function ruleFor(pathname: string): HeaderRule {
  const matching = HEADER_RULES.filter((r) => pathname.startsWith(r.prefix));
  const rule = matching.sort((a, b) => b.prefix.length - a.prefix.length)[0];
  if (!rule) throw new Error(`aucune règle d'en-têtes pour ${pathname}`);
  return rule;
}
