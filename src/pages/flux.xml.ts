import type { APIRoute } from 'astro';
import { BUILD_DATE } from '../lib/build-date.ts';
import { getSite } from '../lib/site.ts';
import { cardOf } from '../lib/views/cards.ts';
import { atomFeed } from '../lib/feed.ts';
import { absoluteUrl, pageUrl } from '../lib/routes.ts';

export const GET: APIRoute = async () => {
  const s = await getSite();
  const items = [
    ...s.temoignages.map((e) => cardOf(s, 'temoignages', e.id)),
    ...s.chiffres.map((e) => cardOf(s, 'chiffres', e.id)),
    ...s.propositions.map((e) => cardOf(s, 'propositions', e.id)),
  ];
  return new Response(atomFeed({ site: absoluteUrl(pageUrl('home')), updated: BUILD_DATE, items }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
