/**
 * Quote cards, old renderer against new: CPU time per card (median), file size, by PNG compression level.
 * The old renderer is the whole card as SVG rasterised by sharp/librsvg and quantised to 16 colours (CARD_VERSION 1);
 * the new one composes cached glyph masks into an indexed buffer (src/lib/quote-card/raster.ts).
 *
 *   npm run bench:cards -- [--cards 60] [--out dossier]   (--out writes both renderings of the first cards, to look at)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import fr from '../../src/i18n/fr.json' with { type: 'json' };
import { loadContent } from '../../src/lib/integrity/load.ts';
import { CARD_FORMATS, cardText, layoutCard, type CardLayout } from '../../src/lib/quote-card/index.ts';
import { cardPng, glyphCacheSize, PNG_LEVEL } from '../../src/lib/quote-card/raster.ts';
import { cardSvg } from '../../src/lib/quote-card/svg.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const count = Number(arg('--cards') ?? 60);
const out = arg('--out');

const { entries } = loadContent('content');
const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e.data as { titre: string; organisation: string }]));
const layouts: { id: string; layout: CardLayout; title: string }[] = entries
  .filter((e) => e.collection === 'temoignages')
  .slice(0, Math.ceil(count / CARD_FORMATS.length))
  .flatMap((e) => {
    const d = e.data as { locuteur: string; role?: string; source: string };
    const text = cardText({ body: e.body, data: d }, sources.get(d.source)!, fr['site.name']);
    return CARD_FORMATS.map((f) => ({ id: `${e.id}-${f.name}`, layout: layoutCard(text, f), title: `${text.speaker} — ${fr['site.name']}` }));
  });

const oldPng = (l: CardLayout, title: string) =>
  sharp(Buffer.from(cardSvg(l, title)))
    .png({ palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 9 })
    .toBuffer();

/** CPU time of the whole process (all threads: sharp's and zlib's included), ms. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const r1 = (n: number) => Math.round(n * 10) / 10;

async function series(name: string, draw: (l: CardLayout, title: string) => Promise<Buffer>) {
  const times: number[] = [];
  const sizes: number[] = [];
  for (const { layout, title } of layouts) {
    const t0 = cpu();
    const png = await draw(layout, title);
    times.push(cpu() - t0);
    sizes.push(png.length);
  }
  const total = times.reduce((a, b) => a + b, 0);
  console.log(
    `${name.padEnd(34)} CPU médiane ${r1(median(times))} ms/carte (total ${Math.round(total)} ms) · taille médiane ${r1(median(sizes) / 1024)} Ko (total ${r1(sizes.reduce((a, b) => a + b, 0) / 1024)} Ko)`,
  );
}

console.log(`${layouts.length} cartes de témoignages réels, un à la fois · charge ${loadavg().map(r1).join(' / ')}`);
await oldPng(layouts[0]!.layout, layouts[0]!.title); // sharp's start-up outside the figures
await series('ancien (SVG → sharp, 16 couleurs, z9)', oldPng);
const t0 = cpu();
await series(`nouveau, masques à froid (z${PNG_LEVEL})`, (l, t) => cardPng(l, t));
console.log(`  masques de glyphes en mémoire : ${glyphCacheSize()} (${Math.round(cpu() - t0)} ms pour la série à froid)`);
for (const level of [9, 6, 4, 1]) await series(`nouveau, masques en mémoire (z${level})`, (l, t) => cardPng(l, t, level));
if (out) {
  mkdirSync(out, { recursive: true });
  for (const { id, layout, title } of layouts.slice(0, 6)) {
    writeFileSync(join(out, `${id}-ancien.png`), await oldPng(layout, title));
    writeFileSync(join(out, `${id}-nouveau.png`), await cardPng(layout, title));
  }
  console.log(`images : ${out}`);
}
console.log(`charge à la fin : ${loadavg().map(r1).join(' / ')}`);
