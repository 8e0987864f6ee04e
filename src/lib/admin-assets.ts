import { createRequire } from 'node:module';
import { join } from 'node:path';
import { href } from './routes.ts';

const require = createRequire(import.meta.url);
const packageRoot = (name: string) => {
  const entry = require.resolve(name);
  return entry.slice(0, entry.lastIndexOf(name) + name.length);
};

/**
 * The editor's fonts, which its bundle would fetch from a CDN: served from this site instead, from the
 * fontsource packages on npm. Key: the CDN URL in the bundle; value: our path and the file on disk.
 */
export const ADMIN_FONTS: readonly { cdn: RegExp; path: string; file: string }[] = [
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/source-sans-3:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    path: href('/admin/fonts/source-sans-3.woff2'),
    file: join(packageRoot('@fontsource-variable/source-sans-3'), 'files', 'source-sans-3-latin-wght-normal.woff2'),
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/noto-mono@[\d.]+\/latin-400-normal\.woff2/g,
    path: href('/admin/fonts/noto-mono.woff2'),
    file: join(packageRoot('@fontsource/noto-mono'), 'files', 'noto-mono-latin-400-normal.woff2'),
  },
  {
    cdn: /https:\/\/cdn\.jsdelivr\.net\/fontsource\/fonts\/material-symbols-outlined:vf@[\d.]+\/latin-wght-normal\.woff2/g,
    path: href('/admin/fonts/material-symbols-outlined.woff2'),
    file: join(packageRoot('@fontsource-variable/material-symbols-outlined'), 'files', 'material-symbols-outlined-latin-wght-normal.woff2'),
  },
];

/** The Sveltia CMS package on npm: its bundle, its interface translations and its lazily loaded chunks. */
export const ADMIN_PACKAGE = packageRoot('@sveltia/cms');
export const ADMIN_BUNDLE = join(ADMIN_PACKAGE, 'dist', 'sveltia-cms.js');

/** The bundle as served: fonts and interface translations from this site instead of CDNs, zoom allowed, no source-map comment. */
export function rewriteAdminBundle(code: string): string {
  return (
    ADMIN_FONTS.reduce((js, f) => js.replace(f.cdn, f.path), code)
      .replace(/`\$\{(\w+)\}@\$\{(\w+)\}\/locales`/g, `\`${href('/admin/locales')}\``)
      // The editor forbids zooming (maximum-scale=1): contributors who need to zoom must be able to (WCAG 1.4.4).
      .replace(/`maximum-scale=1`,/g, '')
      .replace(/\/\/# sourceMappingURL=.*$/m, '')
  );
}
