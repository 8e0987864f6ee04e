import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Draws each card once per content: the file name is the hash of the card's words, its format and CARD_VERSION, so an
 * unchanged card is read back without being laid out or drawn again.
 * Bump CARD_VERSION when the layout, the drawing, the font or the PNG settings change.
 */
export const CARD_VERSION = 3;
export const CACHE_DIR = process.env['QUOTE_CARD_CACHE'] ?? join(process.cwd(), 'node_modules', '.cache', 'quote-cards');

export const cacheKey = (key: unknown): string =>
  createHash('sha256')
    .update(`${CARD_VERSION}\n${JSON.stringify(key)}`)
    .digest('hex')
    .slice(0, 32);

export interface Rendered {
  file: string;
  /** Drawn now (false: read from the cache). */
  drawn: boolean;
}

/** The cached PNG of `key`, drawn by `draw()` only when absent. */
export async function renderCached(key: unknown, draw: () => Promise<Uint8Array>): Promise<Rendered> {
  const file = join(CACHE_DIR, `${cacheKey(key)}.png`);
  if (existsSync(file)) return { file, drawn: false };
  mkdirSync(CACHE_DIR, { recursive: true });
  const png = await draw();
  // Written under a temporary name then renamed: a build stopped halfway never leaves a half-written card in the cache.
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, png);
  renameSync(tmp, file);
  return { file, drawn: true };
}
