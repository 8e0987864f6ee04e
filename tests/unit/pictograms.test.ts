import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { KIND_PICTOGRAMS, pictogramSvg, THEME_PICTOGRAMS, unknownIcons } from '../../src/lib/pictograms.ts';

describe('pictogrammes (src/lib/pictograms.ts, icônes Lucide)', () => {
  const themes = readdirSync(`content/${COLLECTIONS.themes.folder}`).map((f) => f.replace(/\.ya?ml$/, ''));

  it('chaque thème de content/themes/ a son pictogramme, et chacun est différent', () => {
    expect(themes.length).toBeGreaterThan(10);
    expect(themes.filter((id) => !Object.hasOwn(THEME_PICTOGRAMS, id))).toEqual([]);
    const icons = themes.map((id) => THEME_PICTOGRAMS[id]);
    expect(new Set(icons).size).toBe(icons.length);
  });

  it('chaque nature d’entrée a le sien', () => {
    for (const kind of ['temoignages', 'chiffres', 'propositions', 'articles', 'evenements', 'sources', 'themes'] as const)
      expect(KIND_PICTOGRAMS[kind]).toBeTruthy();
  });

  it('chaque nom existe dans lucide-static', () => {
    expect(unknownIcons([...Object.values(THEME_PICTOGRAMS), ...Object.values(KIND_PICTOGRAMS)])).toEqual([]);
    expect(unknownIcons(['pas-une-icone'])).toEqual(['pas-une-icone']);
  });

  it('le SVG est caché aux lecteurs d’écran et ne demande rien à un autre site', () => {
    const svg = pictogramSvg('stethoscope');
    expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"[^>]*>/);
    expect(svg).toContain('<path d="');
    expect(svg).not.toMatch(/https?:|xlink:href|<use/);
  });
});
