import type { APIRoute } from 'astro';
import { COLLECTIONS, extensionOf, type CollectionName } from '../lib/collections.ts';
import { contentDates } from '../lib/content-dates.ts';
import { atomFeed } from '../lib/feed.ts';
import { absoluteUrl, pageUrl } from '../lib/routes.ts';
import { getSite } from '../lib/site.ts';
import { cardOf } from '../lib/views/cards.ts';

export const GET: APIRoute = async () => {
  const s = await getSite();
  const item = (kind: CollectionName & ('temoignages' | 'chiffres' | 'propositions'), id: string) => ({
    ...cardOf(s, kind, id),
    ...contentDates(`content/${COLLECTIONS[kind].folder}/${id}${extensionOf(kind)}`),
  });
  const items = [
    ...s.temoignages.map((e) => item('temoignages', e.id)),
    ...s.chiffres.map((e) => item('chiffres', e.id)),
    ...s.propositions.map((e) => item('propositions', e.id)),
  ];
  return new Response(atomFeed({ site: absoluteUrl(pageUrl('home')), items }), {
    headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
  });
};
