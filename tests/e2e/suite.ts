import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from '../../scripts/lib/browser.ts';

/** One Chromium for the tests of a describe block: launched before them, closed after. Call it at the top of the block. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('Chromium n’est pas lancé : appelez useBrowser() au début d’un bloc describe.');
    return browser;
  };
}
