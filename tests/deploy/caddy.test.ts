import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ruleFor } from '../../src/lib/security.ts';
import { freePort } from './nginx.ts';

const DIST = 'dist';
const embed = `/embed/chiffres/${readdirSync(`${DIST}/embed/chiffres`).sort()[0] ?? ''}/`;
const pagefind = (ext: string): string => `/pagefind/${readdirSync(`${DIST}/pagefind`).find((n) => n.endsWith(ext)) ?? ''}`;
const css = `/_astro/${readdirSync(`${DIST}/_astro`).find((n) => n.endsWith('.css')) ?? ''}`;

describe('deploy/Caddyfile servi par Caddy (Debian) : en-têtes et types', () => {
  let child: ChildProcess;
  let url = '';
  let dir = '';
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hd-caddy-'));
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    // The committed file, on a loopback address in plain HTTP, serving dist/; no admin endpoint (other runs may use :2019).
    const conf = readFileSync('deploy/Caddyfile', 'utf8')
      .replace(/^humain-dabord\.example \{/m, `{\n\tadmin off\n}\n${url} {`)
      .replace(/^(\s*)root \* .+$/m, `$1root * ${resolve(DIST)}`);
    writeFileSync(join(dir, 'Caddyfile'), conf);
    child = spawn('caddy', ['run', '--config', join(dir, 'Caddyfile'), '--adapter', 'caddyfile'], {
      stdio: 'ignore',
      env: { ...process.env, XDG_DATA_HOME: dir, XDG_CONFIG_HOME: dir },
    });
    for (let i = 0; ; i++) {
      try {
        await fetch(`${url}/`);
        break;
      } catch {
        if (i > 200 || child.exitCode !== null) throw new Error('Caddy ne démarre pas (apt-get install -y caddy : .ci/run le fait)');
        await new Promise((r) => setTimeout(r, 50));
      }
    }
  });
  afterAll(async () => {
    const exited = new Promise((done) => child.once('exit', done));
    if (child.exitCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dir, { recursive: true, force: true });
  });

  it('chaque chemin reçoit exactement les en-têtes de sa règle', async () => {
    for (const path of ['/', embed, '/admin/', '/pagefind/pagefind.js', css, '/une-adresse-qui-n-existe-pas/']) {
      const res = await fetch(`${url}${path}`, { redirect: 'manual' });
      for (const [name, value] of Object.entries(ruleFor(path).headers)) expect(res.headers.get(name), `${path} ${name}`).toBe(value);
      if (path === embed) expect(res.headers.get('x-frame-options')).toBeNull();
    }
  });

  it('types : html, css, fichiers de Pagefind', async () => {
    for (const [path, type] of [
      ['/', /^text\/html/],
      [css, /^text\/css/],
      [pagefind('.pf_meta'), /^application\/octet-stream$/],
      [pagefind('.pagefind'), /^application\/octet-stream$/],
    ] as const) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type'), path).toMatch(type);
    }
  });
});
