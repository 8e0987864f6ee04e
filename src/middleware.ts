import { defineMiddleware } from 'astro:middleware';
import { frenchSpacesInHtml } from './lib/typography.ts';

/** Every page, once built: French non-breaking spaces in its text (src/lib/typography.ts). Other files pass as they are. */
export const onRequest = defineMiddleware(async (_context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = frenchSpacesInHtml(await response.text());
  return new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
});
