import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'];

/** Finds Chromium/Chrome at CHROME_PATH or the usual system paths; fails with one line saying how to install it. */
export function chromePath(): string {
  const fromEnv = process.env['CHROME_PATH'];
  const found = [fromEnv, ...CANDIDATES].find((p): p is string => p !== undefined && p !== '' && existsSync(p));
  if (!found) throw new Error('Chromium introuvable : installez-le avec « apt-get install -y chromium » ou indiquez son chemin dans CHROME_PATH.');
  return found;
}

/** Chromium flags for headless runs on these machines (no sandbox, no GPU, nothing fetched in the background). */
export const CHROME_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: chromePath(), args: CHROME_ARGS });
}
