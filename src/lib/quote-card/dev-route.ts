import type { APIRoute, GetStaticPaths } from 'astro';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { getSite } from '../site.ts';
import { drawCard } from './draw.ts';
import { cardsOf, type CardToPublish } from './publish.ts';

// /partage/<file>.png under `astro dev` only (src/integrations/quote-cards.ts injects it): `astro build` writes the
// cards into the output folder itself, without one Astro page per card.
export const getStaticPaths = (async () =>
  cardsOf(await getSite()).map((card) => ({ params: { card: basename(card.path, '.png') }, props: card }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { file } = await drawCard(props as CardToPublish);
  return new Response(new Uint8Array(readFileSync(file)), { headers: { 'Content-Type': 'image/png' } });
};
