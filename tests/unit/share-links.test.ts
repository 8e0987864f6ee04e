import { describe, expect, it } from 'vitest';
import { absoluteUrl, entryUrl } from '../../src/lib/routes.ts';
import { shareLinks } from '../../src/lib/share/links.ts';

describe('shareLinks()', () => {
  const url = absoluteUrl('/humain-dabord/temoignages/x/', 'https://exemple.org/humain-dabord/');
  const links = shareLinks(url, '« J’ai dû demander à ma fille » — Jamila');

  it('gives WhatsApp, Facebook, Bluesky, X and e-mail, each carrying the absolute address (base path kept)', () => {
    expect(links.map((l) => l.network)).toEqual(['whatsapp', 'facebook', 'bluesky', 'x', 'email']);
    for (const l of links) expect(decodeURIComponent(l.href)).toContain('https://exemple.org/humain-dabord/temoignages/x/');
  });

  it('encodes the text so that « & » or « ? » in a quote cannot cut the address', () => {
    const [wa] = shareLinks('https://exemple.org/t/', 'A & B ? C');
    expect(new URL(wa!.href).searchParams.get('text')).toBe('A & B ? C\nhttps://exemple.org/t/');
  });

  it('refuses a path without origin (a share link must work outside the site)', () => {
    expect(() => shareLinks(entryUrl('temoignages', 'x'), 'x')).toThrow(/non absolue/);
  });
});
