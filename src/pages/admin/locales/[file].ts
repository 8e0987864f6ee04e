import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ADMIN_PACKAGE } from '../../../lib/admin-assets.ts';

const dir = join(ADMIN_PACKAGE, 'locales');
export const getStaticPaths = (() =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dir, params['file'] ?? ''), 'utf8'), { headers: { 'Content-Type': 'application/json' } });
