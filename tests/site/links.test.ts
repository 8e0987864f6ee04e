import { describe, expect, it } from 'vitest';
import { DIST, htmlPages } from './dist.ts';
import { ADDRESS } from '../../src/lib/address.ts';
import { brokenLinks, existsIn } from './link-check.ts';

describe('liens internes', () => {
  const pages = htmlPages();
  it('chaque href/src interne, fragment compris, mène à un fichier ou une ancre existants', () => {
    const broken = brokenLinks(pages, existsIn(DIST), ADDRESS.site);
    expect(broken, broken.slice(0, 20).join('\n')).toEqual([]);
    expect(pages.length).toBeGreaterThan(100);
  });
});
