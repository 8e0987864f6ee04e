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

/**
 * Rules whose outcome is decided by the shared stylesheet and the template's layout, not by an entry's text: colour
 * contrast and target size. They are also the two slowest rules (together more than half of axe's time per page), so
 * the every-page run can leave them to one run per template sample (see tests/e2e/a11y.test.ts).
 */
export const LAYOUT_RULES = ['color-contrast', 'target-size'] as const;

/**
 * Runs axe (WCAG A/AA tags) in a page whose context has AXE_SOURCE as init script; `withLayoutRules: false` skips
 * LAYOUT_RULES.
 */
export async function violationsOf(page: Page, { withLayoutRules = true } = {}): Promise<AxeViolation[]> {
  const skipped = withLayoutRules ? [] : [...LAYOUT_RULES];
  return page.evaluate(
    async ({ tags, skipped }) =>
      (
        await (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: AxeViolation[] }> } }).axe.run(document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
          rules: Object.fromEntries(skipped.map((id) => [id, { enabled: false }])),
        })
      ).violations,
    { tags: TAGS, skipped },
  );
}
