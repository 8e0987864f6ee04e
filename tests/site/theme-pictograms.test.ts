import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { COLLECTIONS } from '../../src/lib/collections.ts';
import { pictogramSvg, themePictogram } from '../../src/lib/pictograms.ts';
import { DIST } from './dist.ts';

const themes = readdirSync(`content/${COLLECTIONS.themes.folder}`).map((f) => f.replace(/\.ya?ml$/, ''));

describe('pictogramme à côté du titre de chaque thème', () => {
  it('le h1 de chaque page de thème commence par le pictogramme du thème, caché aux lecteurs d’écran, suivi du titre en mots', () => {
    expect(themes.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const id of themes) {
      const html = readFileSync(join(DIST, 'themes', id, 'index.html'), 'utf8');
      const h1 = /<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? '';
      const svg = pictogramSvg(themePictogram(id));
      if (!h1.startsWith(svg)) wrong.push(`${id}: pas de pictogramme « ${themePictogram(id)} » en tête du h1`);
      if (!/aria-hidden="true"/.test(svg)) wrong.push(`${id}: pictogramme lisible par les lecteurs d’écran`);
      if (h1.replace(/<svg[\s\S]*?<\/svg>/g, '').trim().length < 3) wrong.push(`${id}: pas de titre en mots`);
    }
    expect(wrong).toEqual([]);
  });
});
