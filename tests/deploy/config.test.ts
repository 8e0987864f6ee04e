import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { caddyfile, headersFile, nginxConf } from '../../scripts/deploy-config.ts';
import { HEADER_RULES, ruleFor } from '../../src/lib/security.ts';

/** Effective headers of a path under a `_headers` file, as each host reads it (see headersFile()). */
function effective(file: string, path: string, host: 'netlify' | 'cloudflare'): Record<string, string> {
  const out = new Map<string, string[]>();
  for (const block of file.split(/\n\n+/)) {
    const lines = block.split('\n').filter((l) => l !== '' && !l.startsWith('#'));
    const [pattern, ...rest] = lines;
    if (!pattern || !path.startsWith(pattern.replace(/\*$/, ''))) continue;
    for (const line of rest) {
      const detach = /^ {2}! (.+)$/.exec(line);
      if (detach?.[1]) {
        out.delete(detach[1]);
        continue;
      }
      const [name = '', ...value] = line.trim().split(': ');
      // Netlify: the last matching rule's value; Cloudflare: every matching rule's value, joined.
      out.set(name, host === 'netlify' ? [value.join(': ')] : [...(out.get(name) ?? []), value.join(': ')]);
    }
  }
  return Object.fromEntries([...out].map(([k, v]) => [k, v.join(', ')]));
}

const SAMPLE = ['/', '/temoignages/x/', '/_astro/a.css', '/pagefind/pagefind.js', '/embed/chiffres/x/', '/admin/', '/admin/config.yml'];

describe('configurations d’hébergement dérivées de src/lib/security.ts', () => {
  it('deploy/nginx.conf et deploy/Caddyfile sont ceux que « npm run deploy:config » écrit', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(nginxConf('/'));
    expect(readFileSync('deploy/Caddyfile', 'utf8')).toBe(caddyfile('/'));
  });

  it('dist/_headers est celui de la construction', () => {
    expect(existsSync('dist/_headers')).toBe(true);
    expect([headersFile('/', 'cloudflare'), headersFile('/', 'netlify')]).toContain(readFileSync('dist/_headers', 'utf8'));
  });

  it('_headers donne à chaque chemin exactement les en-têtes de sa règle, chez Netlify comme chez Cloudflare', () => {
    for (const host of ['netlify', 'cloudflare'] as const) {
      for (const base of ['/', '/humain-dabord/']) {
        const file = headersFile(base, host);
        for (const path of SAMPLE) {
          const expected = { ...ruleFor(path).headers };
          // Netlify cannot remove a header set by a broader rule: /embed/ keeps X-Frame-Options, which browsers ignore
          // when the CSP has frame-ancestors (here « * »), as the nginx test shows in Chromium.
          if (host === 'netlify' && path.startsWith('/embed/')) expected['X-Frame-Options'] = 'DENY';
          expect(effective(file, `${base}${path.slice(1)}`, host), `${host} ${base} ${path}`).toEqual(expected);
        }
      }
    }
  });

  it('chaque règle est dans la configuration nginx (un bloc location chacune) et Caddy, sous la base', () => {
    for (const base of ['/', '/humain-dabord/']) {
      const nginx = nginxConf(base);
      const caddy = caddyfile(base);
      for (const rule of HEADER_RULES) {
        const location = new RegExp(`location ${base}${rule.prefix.slice(1)} \\{([^}]*(?:\\{[^}]*\\}[^}]*)?)\\}`).exec(nginx)?.[1] ?? '';
        for (const [name, value] of Object.entries(rule.headers)) {
          expect(location, `${base} ${rule.prefix} ${name}`).toContain(`add_header ${name} "${value}" always;`);
          expect(caddy).toContain(`${name} "${value}"`);
        }
      }
      // A server-level `types {}` would replace nginx's whole MIME map.
      expect(nginx).toContain('include mime.types;');
      expect(nginx.split('location')[0]).not.toMatch(/\btypes\s*\{/);
    }
  });

  it('Caddy accepte deploy/Caddyfile (caddy validate)', () => {
    // .ci/run installs Debian's caddy; without it this test fails, it is not skipped.
    const result = spawnSync('caddy', ['validate', '--config', 'deploy/Caddyfile', '--adapter', 'caddyfile'], { encoding: 'utf8' });
    expect(result.error, 'caddy introuvable : « apt-get install -y caddy » (.ci/run le fait)').toBeUndefined();
    expect(result.status, result.stderr).toBe(0);
  });
});

interface Step {
  name?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

describe('recettes de publication', () => {
  it('GitHub Pages : la construction reçoit SITE_URL et BASE_PATH de configure-pages, et publie dist/', () => {
    const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8')) as { jobs: Record<string, { steps: Step[] }> };
    const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);
    const pages = steps.find((s) => s.uses?.startsWith('actions/configure-pages'));
    const build = steps.find((s) => s.run?.includes('npm run build'));
    expect(pages?.name).toBeDefined();
    expect(build?.env?.['SITE_URL']).toMatch(/steps\.\w+\.outputs\.base_url/);
    expect(build?.env?.['BASE_PATH']).toMatch(/steps\.\w+\.outputs\.base_path/);
    expect(steps.some((s) => s.run?.includes('npm ci'))).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.['path']).toBe('dist/');
  });

  it('GitLab Pages : SITE_URL vient de CI_PAGES_URL, dist/ est publié', () => {
    const ci = parse(readFileSync('.gitlab-ci.yml', 'utf8')) as Record<
      string,
      { script?: string[]; variables?: Record<string, string>; pages?: { publish?: string } }
    >;
    const job = ci['pages'];
    expect(job?.variables?.['SITE_URL']).toBe('$CI_PAGES_URL');
    expect(job?.script?.join('\n')).toMatch(/npm ci[\s\S]*npm run build/);
    expect(job?.pages?.publish).toBe('dist');
  });

  it('Netlify : commande, dossier publié, SITE_URL depuis URL', () => {
    const toml = readFileSync('netlify.toml', 'utf8');
    expect(toml).toMatch(/command = ".*SITE_URL="?\$\{?URL\}?"?.*npm run build/);
    expect(toml).toContain('publish = "dist"');
  });
});
