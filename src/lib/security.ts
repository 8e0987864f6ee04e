/**
 * Content-Security-Policy shipped in every page (meta) and in the host configs (public/_headers, nginx.conf.example).
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

export const CSP = Object.entries(CSP_DIRECTIVES)
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');

/**
 * The editor page (/admin/, for contributors, not indexed) runs Sveltia CMS: still no inline script and no CDN,
 * but its component styles are injected at run time, and signing in to the hosted Git backend talks to GitHub.
 */
export const ADMIN_CSP = Object.entries({
  ...CSP_DIRECTIVES,
  'style-src': "'self' 'unsafe-inline'",
  'img-src': "'self' data: blob:",
  'connect-src': "'self' blob: data: https://api.github.com",
  'worker-src': "'self' blob:",
})
  .map(([k, v]) => `${k} ${v}`)
  .join('; ');
