import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/lib/server.ts';
import { ADDRESS } from '../../src/lib/address.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/**
 * Serves dist/ on a free loopback port for the site and browser tests, under the build's base path: `baseUrl` is
 * origin + base without its final « / », so that tests write `${baseUrl}/temoignages/`.
 */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ est vide : lancez « npm run build » avant les tests du site.');
  const { server, url } = await serveDist('dist', 0, ADDRESS.base);
  project.provide('baseUrl', `${url}${ADDRESS.base.replace(/\/$/, '')}`);
  return () =>
    new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
}
