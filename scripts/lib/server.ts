import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
};

/**
 * How long a browser may reuse a file other than a page without asking again, as static hosts allow (GitHub Pages
 * sends ten minutes). The tests visit hundreds of pages in one browser: the stylesheet, scripts and Pagefind's files
 * are then fetched and parsed once, not once per page. Pages themselves are always asked for again.
 */
const ASSET_MAX_AGE_S = 600;

/**
 * A minimal static server for dist/, like a static host: directory index, 404 page, assets cacheable for
 * ASSET_MAX_AGE_S. Loopback only.
 * With a base path (BASE_PATH=/humain-dabord/), the site is served under it, as on a GitHub Pages project site:
 * `url` is the origin, and only paths under the base exist.
 */
export function serveDist(root: string, port = 0, base = '/'): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const requested = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const inside = requested.startsWith(base) || `${requested}/` === base;
    const path = inside ? `/${requested.slice(base.length)}` : '/nulle-part-hors-du-chemin-de-base';
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404, { 'Content-Type': TYPES['.html'] });
      createReadStream(join(root, '404.html')).pipe(res);
      return;
    }
    const type = extname(file);
    res.writeHead(200, {
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      'Cache-Control': type === '.html' ? 'no-cache' : `max-age=${String(ASSET_MAX_AGE_S)}`,
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => {
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      const p = typeof address === 'object' && address ? address.port : port;
      resolve({ server, url: `http://127.0.0.1:${p}` });
    });
  });
}
