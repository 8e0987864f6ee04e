// Writes the hosts' configurations from the header rules of src/lib/security.ts, so that they cannot disagree:
//   node scripts/deploy-config.ts headers [dist]     → dist/_headers (Netlify, Cloudflare Pages), run by `npm run build`
//   node scripts/deploy-config.ts servers [deploy]   → deploy/nginx.conf and deploy/Caddyfile (committed; a test compares)
// Both honour BASE_PATH (a site served under /humain-dabord/).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBase } from '../src/lib/address.ts';
import { HEADER_RULES, type HeaderRule } from '../src/lib/security.ts';

/** Files of Pagefind's index that nginx's and Caddy's MIME maps do not know (.pf_meta, .pf_fragment, .pf_index, .pf_filter, .pagefind). */
const PAGEFIND_BINARY = 'application/octet-stream';

const atBase = (base: string, prefix: string): string => `${base}${prefix.slice(1)}`;
const GENERATED = (what: string): string =>
  `Généré par « npm run deploy:config » depuis src/lib/security.ts (${what}) : ne pas modifier à la main, modifier security.ts puis relancer.`;

/**
 * `_headers` of Netlify and Cloudflare Pages. Every matching rule applies: Netlify keeps the last value of a header
 * (rules go from general to specific), Cloudflare joins the values, so a specific rule first removes (« ! Nom ») what
 * the general one set. Netlify refuses those lines: `flavour` 'netlify' leaves them out (NETLIFY=true in its builds).
 */
export function headersFile(base: string, flavour: 'cloudflare' | 'netlify'): string {
  const [general] = HEADER_RULES;
  const blocks = HEADER_RULES.map((rule) => {
    const lines = [`${atBase(base, rule.prefix)}*`];
    if (rule !== general && flavour === 'cloudflare') for (const name of Object.keys(general?.headers ?? {})) lines.push(`  ! ${name}`);
    for (const [name, value] of Object.entries(rule.headers)) lines.push(`  ${name}: ${value}`);
    return [`# ${rule.why}`, ...lines].join('\n');
  });
  return `# ${GENERATED(flavour === 'netlify' ? 'version Netlify' : 'version Cloudflare Pages')}\n\n${blocks.join('\n\n')}\n`;
}

const nginxHeaders = (rule: HeaderRule, indent: string): string[] =>
  Object.entries(rule.headers).map(([name, value]) => `${indent}add_header ${name} "${value}" always;`);

/** deploy/nginx.conf: a `server` block for Debian's /etc/nginx/sites-available/. */
export function nginxConf(base: string): string {
  const atRoot = base === '/';
  const locations = HEADER_RULES.map((rule) => {
    const body = [`    # ${rule.why}`];
    // A location with its own add_header loses the server's: every location repeats the whole set.
    body.push(...nginxHeaders(rule, '    '));
    if (rule.prefix === '/') body.push('    try_files $uri $uri/ =404;');
    if (rule.prefix === '/pagefind/') {
      // Types for this folder only (a `types` block replaces the whole map where it stands, never at server level).
      body.push('    types {', '      text/javascript js;', '      text/css css;', '      application/json json;', '      application/wasm wasm;', '    }');
      body.push(`    default_type ${PAGEFIND_BINARY};`);
    }
    return [`  location ${atBase(base, rule.prefix)} {`, ...body, '  }'].join('\n');
  });
  return `# ${GENERATED(`BASE_PATH=${base}`)}
# Site statique : le contenu de dist/ (après « npm run build ») ${atRoot ? 'dans /var/www/humain-dabord/dist' : `dans /var/www/humain-dabord${base}`}.
server {
  listen 80;
  listen [::]:80;
  server_name humain-dabord.example;
  root ${atRoot ? '/var/www/humain-dabord/dist' : '/var/www/humain-dabord'};
  index index.html;
  charset utf-8;
  # La carte complète des types MIME de nginx (.html, .css, .js, .svg, .wasm…).
  include mime.types;
  default_type application/octet-stream;
  # Les redirections (/a-propos → /a-propos/) gardent l'adresse demandée.
  absolute_redirect off;
  error_page 404 ${base}404.html;

${locations.join('\n\n')}
}
`;
}

/** deploy/Caddyfile. Each rule gets a matcher that excludes the more specific ones, so no two header sets overlap. */
export function caddyfile(base: string): string {
  const atRoot = base === '/';
  const matchers = HEADER_RULES.map((rule, i) => {
    const more = HEADER_RULES.filter((r) => r.prefix.length > rule.prefix.length && r.prefix.startsWith(rule.prefix)).map((r) => `${atBase(base, r.prefix)}*`);
    const name = `@regle${i}`;
    const lines = [`\t# ${rule.why}`, `\t${name} {`, `\t\tpath ${atBase(base, rule.prefix)}*`];
    if (more.length > 0) lines.push(`\t\tnot path ${more.join(' ')}`);
    lines.push('\t}', `\theader ${name} {`);
    for (const [header, value] of Object.entries(rule.headers)) lines.push(`\t\t${header} "${value}"`);
    lines.push('\t}');
    return lines.join('\n');
  });
  const root = atRoot ? '/var/www/humain-dabord/dist' : '/var/www/humain-dabord';
  return `# ${GENERATED(`BASE_PATH=${base}`)}
# Site statique : le contenu de dist/ (après « npm run build ») ${atRoot ? `dans ${root}` : `dans /var/www/humain-dabord${base}`}.
# Remplacez humain-dabord.example par votre nom de domaine : Caddy obtient le certificat HTTPS tout seul.
humain-dabord.example {
\troot * ${root}
\tencode zstd gzip
\tfile_server
\thandle_errors {
\t\trewrite * ${base}404.html
\t\tfile_server
\t}

${matchers.join('\n\n')}

\t# Fichiers de l'index de recherche que la table des types ne connaît pas.
\t@pagefindBinaire path_regexp \\.(pf_[a-z]+|pagefind)$
\theader @pagefindBinaire Content-Type ${PAGEFIND_BINARY}
}
`;
}

if (import.meta.main) {
  const [command, dir] = process.argv.slice(2);
  const base = normaliseBase(process.env['BASE_PATH']);
  if (command === 'headers') {
    const out = dir ?? process.env['ASTRO_OUT_DIR'] ?? 'dist';
    const flavour = process.env['NETLIFY'] === 'true' ? 'netlify' : 'cloudflare';
    writeFileSync(join(out, '_headers'), headersFile(base, flavour));
    console.log(`En-têtes : ${join(out, '_headers')} (${flavour}, base ${base}).`);
  } else if (command === 'servers') {
    const out = dir ?? 'deploy';
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'nginx.conf'), nginxConf(base));
    writeFileSync(join(out, 'Caddyfile'), caddyfile(base));
    console.log(`Configurations : ${join(out, 'nginx.conf')} et ${join(out, 'Caddyfile')} (base ${base}).`);
  } else {
    console.error('Usage : node scripts/deploy-config.ts headers [dist] | servers [deploy]');
    process.exit(1);
  }
}
