/** The files at the project's root that a build reads (besides src/, public/ and content/): copied by every test or benchmark that builds a copy of the project. */
export const PROJECT_FILES = ['astro.config.ts', 'reglages.ts', 'tsconfig.json', 'package.json'] as const;
