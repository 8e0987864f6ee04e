import type { APIRoute } from 'astro';
import { absoluteUrl, fileUrl, pageUrl } from '../lib/routes.ts';

// The sitemap is written after the build by src/integrations/sitemap.ts, from the pages actually built.
export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nDisallow: ${pageUrl('admin')}\n\nSitemap: ${absoluteUrl(fileUrl('sitemap.xml'))}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
