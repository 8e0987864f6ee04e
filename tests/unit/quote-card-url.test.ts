import { afterEach, describe, expect, it, vi } from 'vitest';

afterEach(() => {
  vi.unstubAllEnvs();
  vi.resetModules();
});

describe('quote card address', () => {
  it('is under the base path, and absolute for og:image', async () => {
    vi.stubEnv('SITE_URL', 'https://exemple.org');
    vi.stubEnv('BASE_PATH', '/humain-dabord/');
    vi.resetModules();
    const { absoluteUrl, quoteCardUrl } = await import('../../src/lib/routes.ts');
    expect(quoteCardUrl('jamila-commune')).toBe('/humain-dabord/partage/jamila-commune-1200x630.png');
    expect(absoluteUrl(quoteCardUrl('jamila-commune', '1080x1080'))).toBe('https://exemple.org/humain-dabord/partage/jamila-commune-1080x1080.png');
  });
});
