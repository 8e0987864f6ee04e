import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));

/** A free loopback port (asked from the system, then released for nginx). */
export function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => {
        done(port);
      });
    });
  });
}

/**
 * deploy/nginx.conf made runnable without root or /etc: listens on 127.0.0.1:port, serves `root`, with pid, logs
 * and temporary files in `dir`. Everything else (locations, headers, types) is the file as committed.
 */
export function runnableConf(serverBlock: string, root: string, port: number, dir: string): string {
  const server = serverBlock
    .replace(/^\s*listen \[::\]:80;\n/m, '')
    .replace(/^(\s*)listen 80;/m, `$1listen 127.0.0.1:${port};`)
    .replace(/^(\s*)root [^;]+;/m, `$1root ${root};`);
  if (!server.includes(`127.0.0.1:${port}`) || !server.includes(`root ${root};`)) throw new Error('deploy/nginx.conf : directives listen/root introuvables');
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `  ${t}_temp_path ${join(dir, t)};`).join('\n');
  // Started as root (CI), nginx's workers would run as nobody and could not read a clone in a private folder (mode 700).
  const user = process.getuid?.() === 0 ? 'user root;\n' : '';
  return `${user}worker_processes 1;\npid ${join(dir, 'nginx.pid')};\nerror_log ${join(dir, 'error.log')};\nevents {}\nhttp {\n  access_log ${join(dir, 'access.log')};\n${temp}\n${server}\n}\n`;
}

/**
 * A root that shows dist/ as is (symlinks, nothing copied) plus small probe files for MIME types the build does
 * not produce (a `.wasm`).
 */
function rootWithProbes(dist: string, dir: string, base: string): string {
  const root = join(dir, 'root');
  const site = join(root, base); // the site under its base path, as a server would hold it
  mkdirSync(join(site, 'pagefind'), { recursive: true });
  for (const name of readdirSync(dist)) if (name !== 'pagefind') symlinkSync(resolve(dist, name), join(site, name));
  for (const name of readdirSync(join(dist, 'pagefind'))) symlinkSync(resolve(dist, 'pagefind', name), join(site, 'pagefind', name));
  // The smallest valid WebAssembly module: magic number and version.
  const wasm = Buffer.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00]);
  writeFileSync(join(site, 'sonde.wasm'), wasm);
  writeFileSync(join(site, 'pagefind', 'sonde.wasm'), wasm);
  return root;
}

export interface Nginx {
  url: string;
  stop: () => Promise<void>;
}

/**
 * Starts Debian's nginx in the foreground on `serverBlock` (deploy/nginx.conf by default) serving `dist` under `base`;
 * fails with a French line if nginx is absent.
 */
export async function startNginx(dist: string, serverBlock = readFileSync('deploy/nginx.conf', 'utf8'), base = '/'): Promise<Nginx> {
  if (!NGINX) throw new Error('nginx introuvable : installez-le avec « apt-get install -y nginx » (.ci/run le fait).');
  const dir = mkdtempSync(join(tmpdir(), 'hd-nginx-'));
  chmodSync(dir, 0o755); // nginx's workers (user nobody when started as root) read the probe files here
  copyFileSync('/etc/nginx/mime.types', join(dir, 'mime.types'));
  const port = await freePort();
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, runnableConf(serverBlock, rootWithProbes(dist, dir, base), port, dir));
  const child: ChildProcess = spawn(NGINX, ['-c', conf, '-p', dir, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) =>
    child.once('exit', () => {
      done();
    }),
  );
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`nginx s'est arrêté : ${stderr}`);
    try {
      await fetch(`${url}/`);
      break;
    } catch {
      if (i > 100) throw new Error(`nginx ne répond pas sur ${url} : ${stderr}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGQUIT');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
