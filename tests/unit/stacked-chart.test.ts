import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { layoutBars } from '../../src/lib/charts/bars.ts';
import { stackBars, MARK_SPACE, type StackPart } from '../../src/lib/charts/stacked.ts';
import { renderStackedSvg } from '../../src/lib/charts/stacked-svg.ts';

interface StackFixture {
  titre: string;
  constat: string;
  unite: '%';
  lignes: { categorie: string; valeur: number; parts: [number, number]; definition: string }[];
}
const fixture = JSON.parse(readFileSync('tests/fixtures/charts/empile/barometre.json', 'utf8')) as StackFixture;
const labels = { first: "N'utilisent pas internet", second: 'Compétences faibles', change: () => 'Nouvel indicateur de compétences (2021)' };

function draw() {
  const base = layoutBars(
    fixture.lignes.map((l, i) => ({ id: `b${String(i)}`, label: l.categorie, value: l.valeur })),
    { unite: '%' },
  );
  const parts: StackPart[] = fixture.lignes.map((l) => ({ first: l.parts[0], second: l.parts[1], definition: l.definition }));
  const stacked = stackBars(
    base,
    fixture.lignes.map((l) => l.valeur),
    parts,
    labels,
  );
  return { base, stacked };
}

describe('graphique empilé du baromètre (tests/fixtures/charts/empile/)', () => {
  it('chaque barre est coupée en deux parts qui font sa longueur, dans l’ordre des valeurs', () => {
    const { base, stacked } = draw();
    stacked.layout.bars.forEach((b, i) => {
      const pair = stacked.segments[i]!;
      const [p1, p2] = fixture.lignes[i]!.parts;
      expect(pair[0].x).toBe(b.x);
      expect(pair[0].width + pair[1].width).toBeCloseTo(b.width, 6);
      expect(pair[0].width / b.width).toBeCloseTo(p1 / (p1 + p2), 6);
      expect(pair[1].x).toBeCloseTo(b.x + pair[0].width, 6);
      expect(b.width).toBe(base.bars[i]!.width);
    });
    expect(stacked.segments.map((s) => s?.map((x) => x.valueLabel))).toEqual([
      ['8\u202f%', '32\u202f%'],
      ['7\u202f%', '39\u202f%'],
      ['5\u202f%', '35\u202f%'],
    ]);
  });

  it('le changement de définition est marqué une fois, entre la 1re et la 2e barre, sans chevauchement', () => {
    const { base, stacked } = draw();
    expect(stacked.marks).toHaveLength(1);
    const [first, second] = stacked.layout.bars;
    const mark = stacked.marks[0]!;
    expect(mark.y).toBeGreaterThan(first!.y + first!.height);
    expect(mark.textY).toBeLessThan(second!.labelY - 18 + 1);
    expect(second!.y - base.bars[1]!.y).toBe(MARK_SPACE);
    expect(stacked.layout.height).toBeGreaterThan(base.height + MARK_SPACE);
  });

  it('refuse une répartition qui ne fait pas le total', () => {
    const base = layoutBars([{ id: 'a', label: 'a', value: 40 }], { unite: '%' });
    expect(() => stackBars(base, [40], [{ first: 8, second: 30, definition: 'x' }], labels)).toThrow(/ne fait pas 40/);
  });

  it('instantané SVG', async () => {
    const svg = renderStackedSvg(draw().stacked, { id: 'barometre', title: fixture.titre, desc: fixture.constat })
      .replace(/(\d+\.\d+)/g, (n) => String(Math.round(Number(n))))
      .replace(/></g, '>\n<');
    expect(svg).toContain('stroke-dasharray');
    expect(svg).toContain('Nouvel indicateur de compétences (2021)');
    await expect(svg).toMatchFileSnapshot('__snapshots__/charts/barometre-empile.svg');
  });
});
