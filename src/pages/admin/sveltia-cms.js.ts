import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { ADMIN_BUNDLE, rewriteAdminBundle } from '../../lib/admin-assets.ts';

// The editor is served from this site (no CDN): the bundle shipped by @sveltia/cms, rewritten to load its fonts and
// translations from /admin/ too.
export const GET: APIRoute = () =>
  new Response(rewriteAdminBundle(readFileSync(ADMIN_BUNDLE, 'utf8')), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
