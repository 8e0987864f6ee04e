import type { APIRoute } from 'astro';

// Sveltia CMS has no language setting in its configuration: it takes the browser's languages, unless the person chose
// one in the editor's own settings (saved in localStorage « sveltia-cms.prefs »). This site is written in French, so
// the editor starts in French; a language chosen later in its settings is kept. Loaded before the bundle.
const code = `try {
  const key = 'sveltia-cms.prefs';
  const prefs = JSON.parse(localStorage.getItem(key) || '{}') || {};
  if (!prefs.locale) localStorage.setItem(key, JSON.stringify({ ...prefs, locale: 'fr' }));
} catch {
  // Storage blocked: the editor follows the browser's languages.
}
`;

export const GET: APIRoute = () => new Response(code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
