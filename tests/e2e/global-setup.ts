import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveDist } from '../../scripts/lib/server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves dist/ on a free loopback port for the site and browser tests. */
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ est vide : lancez « npm run build » avant les tests du site.');
  const { server, url } = await serveDist('dist');
  project.provide('baseUrl', url);
  return () =>
    new Promise<void>((resolve) =>
      server.close(() => {
        resolve();
      }),
    );
}
