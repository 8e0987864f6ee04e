import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// axe-core itself (the engine @axe-core/playwright wraps), injected once per navigation and asked for violations
// only: collecting passes on hundreds of pages is what made the full run slow.
export const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe (WCAG A/AA tags) in a page whose context has AXE_SOURCE as init script. */
export async function violationsOf(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(
    async (tags) =>
      (
        await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
        })
      ).violations,
    TAGS,
  );
}
