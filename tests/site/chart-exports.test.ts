import { readdirSync, readFileSync } from 'node:fs';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';

// Every exported chart (SVG, PNG, social preview) carries the whole source line, inside the picture. Measured twice:
// each text line rendered alone by the same renderer (sharp: librsvg + fontconfig) must end inside the width, and the
// rendered PNG must have no ink in its outer columns and rows (a cut line touches the edge).
const DIR = 'dist/donnees/series';
const ids = readdirSync(DIR)
  .filter((f) => f.endsWith('-vignette.svg'))
  .map((f) => f.replace(/-vignette\.svg$/, ''));

interface Line {
  cls: string;
  x: number;
  y: number;
  size: number;
  weight: string;
  text: string;
}
const decode = (s: string) =>
  s
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
function textLines(svg: string): Line[] {
  return [...svg.matchAll(/<text class="(chart-[a-z]+)" x="([\d.]+)" y="([\d.]+)" font-size="(\d+)"( font-weight="700")?[^>]*>([^<]*)<\/text>/g)].map((m) => ({
    cls: m[1]!,
    x: Number(m[2]),
    y: Number(m[3]),
    size: Number(m[4]),
    weight: m[5] ? '700' : '400',
    text: decode(m[6]!),
  }));
}
const FONT = /font-family="([^"]*)"/;

/** Right end of the ink of one line, drawn alone at x = 0 by librsvg, in SVG units. */
async function inkRight(line: Line, family: string): Promise<number> {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="3000" height="60"><rect width="3000" height="60" fill="#fff"/><text x="0" y="40" font-family="${esc(family)}" font-size="${line.size}" font-weight="${line.weight}" fill="#000">${esc(line.text)}</text></svg>`;
  const { info } = await sharp(Buffer.from(svg)).trim({ threshold: 10 }).toBuffer({ resolveWithObject: true });
  return -(info.trimOffsetLeft ?? 0) + info.width;
}

/** Dark pixels in the outer `band` columns (right) and rows (bottom) of a PNG. */
async function inkAtEdges(file: string, band: number): Promise<{ right: number; bottom: number; width: number; height: number }> {
  const { data, info } = await sharp(file).flatten({ background: '#ffffff' }).greyscale().raw().toBuffer({ resolveWithObject: true });
  let right = 0;
  let bottom = 0;
  for (let y = 0; y < info.height; y++)
    for (let x = 0; x < info.width; x++) {
      const dark = data[y * info.width + x]! < 200;
      if (dark && x >= info.width - band) right++;
      if (dark && y >= info.height - band) bottom++;
    }
  return { right, bottom, width: info.width, height: info.height };
}

describe('images exportées des graphiques : toute la ligne de source, dans l’image', () => {
  it('il y a des graphiques exportés', () => {
    expect(ids.length).toBeGreaterThan(3);
  });

  for (const id of ids) {
    it(`${id} : SVG — la ligne de source complète, chaque ligne mesurée tient dans la largeur`, async () => {
      const svg = readFileSync(`${DIR}/${id}.svg`, 'utf8');
      const width = Number(/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)![1]);
      const height = Number(/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg)![2]);
      const lines = textLines(svg);
      const footer = lines.filter((l) => l.cls === 'chart-footer');
      // The page prints the same source line under the chart: the picture must carry all of it, then the credit.
      const html = readFileSync(`dist/graphiques/${id}/index.html`, 'utf8');
      const pageLine = decode(/<p class="chart-source"[^>]*>([^]*?)<\/p>/.exec(html)![1]!.replace(/<[^>]+>/g, ''))
        .replace(/\s+/g, ' ')
        .trim();
      const printed = footer.map((l) => l.text).join(' ');
      expect(printed.startsWith(pageLine), `${printed}\n≠\n${pageLine}`).toBe(true);
      expect(printed).toMatch(new RegExp(`/graphiques/${id}/$`));
      const family = FONT.exec(svg)![1]!;
      for (const l of lines) {
        const right = l.x + (await inkRight(l, family));
        expect(right, `${l.cls} « ${l.text} » finit à ${right.toFixed(1)} sur ${width}`).toBeLessThanOrEqual(width - 2);
        expect(l.y + l.size * 0.3, `${l.cls} « ${l.text} » sous le bas de l’image`).toBeLessThanOrEqual(height);
      }
    });

    it(`${id} : PNG et aperçu social — aucune encre au bord droit ni au bord bas`, async () => {
      for (const file of [`${DIR}/${id}.png`, `${DIR}/${id}-apercu.png`]) {
        const edges = await inkAtEdges(file, 4);
        expect(edges, file).toMatchObject({ right: 0, bottom: 0 });
      }
      // The last source line is drawn just above the bottom margin (8 units, one 18-unit line); PNG at scale 2.
      const png = await sharp(`${DIR}/${id}.png`).metadata();
      const svgWidth = Number(/viewBox="0 0 ([\d.]+)/.exec(readFileSync(`${DIR}/${id}.svg`, 'utf8'))![1]);
      const scale = png.width / svgWidth;
      const top = Math.round(png.height - (8 + 18 + 2) * scale);
      const band = await sharp(`${DIR}/${id}.png`)
        .extract({ left: 0, top, width: png.width, height: Math.round(20 * scale) })
        .greyscale()
        .raw()
        .toBuffer();
      expect(
        band.some((v) => v < 128),
        `${id} : dernière ligne de source absente`,
      ).toBe(true);
    });
  }
});
