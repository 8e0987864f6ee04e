import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ADMIN_FONTS } from '../../../lib/admin-assets.ts';

export const getStaticPaths = (() =>
  ADMIN_FONTS.map((f) => ({ params: { font: f.path.split('/').pop() ?? '' }, props: { file: f.file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(readFileSync((props as { file: string }).file)), { headers: { 'Content-Type': 'font/woff2' } });
