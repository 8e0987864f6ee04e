import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { ADMIN_PACKAGE } from '../../../lib/admin-assets.ts';

// Parts of the editor it loads on demand, next to its bundle (/admin/chunks/…), never from a CDN.
const dir = join(ADMIN_PACKAGE, 'dist', 'chunks');
export const getStaticPaths = (() =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(join(dir, params['file'] ?? ''), 'utf8').replace(/\/\/# sourceMappingURL=.*$/m, ''), {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
