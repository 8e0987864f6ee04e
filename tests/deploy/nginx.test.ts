import { readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nginxConf } from '../../scripts/deploy-config.ts';
import { ruleFor } from '../../src/lib/security.ts';
import { useBrowser } from '../e2e/suite.ts';
import { freePort, startNginx, type Nginx } from './nginx.ts';

const DIST = 'dist';
const first = (dir: string, test: (name: string) => boolean): string => {
  const found = readdirSync(`${DIST}/${dir}`).sort().find(test);
  if (!found) throw new Error(`rien dans ${DIST}/${dir}`);
  return found;
};
const embed = `/embed/chiffres/${first('embed/chiffres', () => true)}/`;
// A testimony's page: the first entry of content/temoignages/.
const testimony = `/temoignages/${
  readdirSync('content/temoignages')
    .sort()[0]
    ?.replace(/\.\w+$/, '') ?? ''
}/`;
const astroFile = (ext: string): string => `/_astro/${first('_astro', (n) => n.endsWith(ext))}`;
const pagefindFile = (ext: string, sub = ''): string => {
  const dir = sub ? `pagefind/${sub}` : 'pagefind';
  return `/${dir}/${first(dir, (n) => n.endsWith(ext))}`;
};

/** Calls of the editor (Sveltia CMS) to other sites, refused by the policy on purpose. */
const THIRD_PARTY_CALLS = ['https://unpkg.com/@sveltia/cms/package.json', 'https://www.githubstatus.com/api/v2/status.json'];

// Headers a host must send, as src/lib/security.ts says, for one page of each kind of path.
const PATHS = ['/', testimony, embed, '/admin/', '/pagefind/pagefind.js', astroFile('.css'), '/une-adresse-qui-n-existe-pas/'];

describe('deploy/nginx.conf servi par nginx (Debian) : en-têtes, types, navigateur, cadres', () => {
  let nginx: Nginx;
  beforeAll(async () => {
    nginx = await startNginx(DIST);
  });
  afterAll(async () => {
    await nginx.stop();
  });
  const browser = useBrowser();

  it('chaque chemin reçoit exactement les en-têtes de sa règle (et /embed/ aucun X-Frame-Options)', async () => {
    const table: string[] = [];
    for (const path of PATHS) {
      const res = await fetch(`${nginx.url}${path}`, { redirect: 'manual' });
      const rule = ruleFor(path);
      for (const [name, value] of Object.entries(rule.headers)) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      if (rule.prefix === '/embed/') expect(res.headers.get('x-frame-options'), path).toBeNull();
      const csp = res.headers.get('content-security-policy') ?? '';
      table.push(
        `${path} | ${res.status} | ${/frame-ancestors ([^;]+)/.exec(csp)?.[1] ?? '—'} | ${res.headers.get('x-frame-options') ?? '—'} | ${res.headers.get('cache-control') ?? '—'} | ${/style-src ([^;]+)/.exec(csp)?.[1] ?? '—'}`,
      );
    }
    console.log(`chemin | statut | frame-ancestors | X-Frame-Options | Cache-Control | style-src\n${table.join('\n')}`);
  });

  it('types MIME : html, css, js, svg, xml, wasm, fichiers de Pagefind', async () => {
    const cases: [string, RegExp][] = [
      ['/', /^text\/html; charset=utf-8$/],
      [testimony, /^text\/html; charset=utf-8$/],
      [astroFile('.css'), /^text\/css/],
      ['/js/enhance.js', /^(application|text)\/javascript/],
      ['/pagefind/pagefind.js', /^(application|text)\/javascript/],
      ['/pagefind/pagefind-ui.css', /^text\/css/],
      ['/pagefind/pagefind-entry.json', /^application\/json/],
      ['/favicon.svg', /^image\/svg\+xml/],
      ['/sitemap.xml', /^(application|text)\/xml/],
      ['/flux.xml', /^(application|text)\/(atom\+)?xml/],
      ['/sonde.wasm', /^application\/wasm$/],
      ['/pagefind/sonde.wasm', /^application\/wasm$/],
      [pagefindFile('.pf_meta'), /^application\/octet-stream$/],
      [pagefindFile('.pf_fragment', 'fragment'), /^application\/octet-stream$/],
      [pagefindFile('.pf_index', 'index'), /^application\/octet-stream$/],
      [pagefindFile('.pagefind'), /^application\/octet-stream$/],
    ];
    const seen: string[] = [];
    for (const [path, type] of cases) {
      const res = await fetch(`${nginx.url}${path}`);
      expect(res.status, `${path} ${res.headers.get('content-type') ?? ''}`).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(type);
      seen.push(`${path} → ${res.headers.get('content-type') ?? ''}`);
    }
    console.log(seen.join('\n'));
  });

  it('« / » s’affiche dans Chromium sans violation de CSP', async () => {
    const page = await browser().newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const res = await page.goto(`${nginx.url}/`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    await page.locator('h1').first().waitFor({ timeout: 30_000 });
    // The stylesheet applied (the page is not raw HTML).
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(await page.title()).not.toBe('');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('/admin/ charge l’éditeur sans aucune violation de CSP', async () => {
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-BE' });
    await context.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    const res = await page.goto(`${nginx.url}/admin/`, { waitUntil: 'load' });
    expect(res?.headers()['content-security-policy']).toBe(ruleFor('/admin/').headers['Content-Security-Policy']);
    // The editor's sign-in screen: its styles and fonts loaded under the header policy and the meta policy together.
    await page.getByRole('button', { name: /dépôt local|Local Repository/i }).waitFor({ timeout: 60_000 });
    // The only refusals are the editor's own calls to other sites (its update check, GitHub's status page), which
    // the policy refuses on purpose (no third party); nothing the editor needs to show or work is refused.
    const violations = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
    expect(violations.filter((v) => !THIRD_PARTY_CALLS.some((t) => v === `connect-src ${t}`))).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy|Refused/i.test(e) && !THIRD_PARTY_CALLS.some((t) => e.includes(t)))).toEqual([]);
    await context.close();
  });

  describe('une page d’un autre site (autre port) met le site dans un cadre', () => {
    let other: Server;
    let otherUrl = '';
    beforeAll(async () => {
      const port = await freePort();
      other = createServer((_req, res) => {
        res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
        res.end(
          `<!doctype html><title>Autre site</title><iframe name="graphique" src="${nginx.url}${embed}" width="640" height="480"></iframe>` +
            `<iframe name="temoignage" src="${nginx.url}${testimony}" width="640" height="480"></iframe>`,
        );
      });
      await new Promise<void>((done) => other.listen(port, '127.0.0.1', done));
      otherUrl = `http://127.0.0.1:${port}/`;
    });
    afterAll(async () => {
      await new Promise<void>((done) =>
        other.close(() => {
          done();
        }),
      );
    });

    it('/embed/… s’affiche dans le cadre, /temoignages/… est refusé', async () => {
      const page = await browser().newPage();
      const refused: string[] = [];
      page.on('console', (m) => {
        if (/frame-ancestors/.test(m.text())) refused.push(m.text());
      });
      await page.goto(otherUrl, { waitUntil: 'load' });
      const chart = page.frame({ name: 'graphique' });
      await expect.poll(async () => chart?.locator('svg[role="img"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(chart?.url()).toContain(embed);
      const blocked = page.frame({ name: 'temoignage' });
      // A refused frame shows Chromium's error page: none of the testimony's content is there.
      await expect.poll(() => refused.length, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(refused.join('\n')).toContain("frame-ancestors 'none'");
      expect(blocked?.url()).not.toContain(testimony);
      expect(await blocked?.locator('main').count()).toBe(0);
      await page.close();
    });
  });
});

describe('la même configuration pour un site dans un sous-dossier (BASE_PATH=/humain-dabord/)', () => {
  const base = '/humain-dabord/';
  let nginx: Nginx;
  beforeAll(async () => {
    nginx = await startNginx(DIST, nginxConf(base), base);
  });
  afterAll(async () => {
    await nginx.stop();
  });

  it('chaque chemin sous la base reçoit les en-têtes de sa règle et le bon type', async () => {
    for (const path of PATHS) {
      const res = await fetch(`${nginx.url}${base}${path.slice(1)}`, { redirect: 'manual' });
      for (const [name, value] of Object.entries(ruleFor(path).headers)) expect(res.headers.get(name), `${base} ${path} ${name}`).toBe(value);
    }
    for (const [path, type] of [
      [testimony, /^text\/html/],
      [pagefindFile('.pf_meta'), /^application\/octet-stream$/],
      ['/pagefind/sonde.wasm', /^application\/wasm$/],
    ] as const) {
      const res = await fetch(`${nginx.url}${base}${path.slice(1)}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(type);
    }
  });
});
