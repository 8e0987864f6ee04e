import jsQR from 'jsqr';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/integrity/load.ts';
import { entryUrl } from '../../src/lib/routes.ts';
import { contentFigures, frenchNumber } from '../site/figures.ts';
import { useBrowser } from './suite.ts';

const { entries } = loadContent('content');
const idsOf = (collection: string) => entries.filter((e) => e.collection === collection).map((e) => e.id);
const series = idsOf('series');
const themes = idsOf('themes');
/** Every one-page handout: each theme's fiche and each published dossier's (drafts get no page). */
const handouts = [
  ...themes.map((id) => ({ id, page: `/themes/${id}/`, fiche: `/themes/${id}/fiche/` })),
  ...entries
    .filter((e) => e.collection === 'dossiers' && (e.data as { statut?: unknown }).statut === 'publie')
    .map((e) => ({ id: e.id, page: `/dossiers/${e.id}/`, fiche: `/dossiers/${e.id}/fiche/` })),
];
const figures = contentFigures();

/** The text a QR code holds, read from its pixels: the SVG drawn by sharp (nearest-neighbour, white quiet zone), decoded by jsQR. */
async function decodeQr(svg: string): Promise<string | undefined> {
  const { data, info } = await sharp(Buffer.from(svg))
    .resize(350, 350, { kernel: 'nearest' })
    .extend({ top: 40, bottom: 40, left: 40, right: 40, background: '#ffffff' })
    .flatten({ background: '#ffffff' })
    .ensureAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data;
}
const uniteOf = (text: string) => (text.endsWith('%') ? '%' : text.endsWith('€') ? 'euros' : 'nombre');
const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('graphiques et impression', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');

  it('chaque graphique : SVG avec titre et description, tableau aux valeurs des chiffres du contenu', async () => {
    const page = await browser().newPage();
    for (const id of series) {
      await page.goto(`${base}/graphiques/${id}/`);
      // Two drawings of the chart (phone and wide screen, chosen by CSS): both accessible, one shown at a time.
      const drawings = await page.locator('svg.chart').all();
      expect(drawings.length, id).toBe(2);
      for (const svg of drawings) {
        expect(await svg.getAttribute('role'), id).toBe('img');
        expect((await svg.locator('title').textContent())?.length, id).toBeGreaterThan(5);
        expect((await svg.locator('desc').textContent())?.length, id).toBeGreaterThan(10);
      }
      expect(await page.locator('svg.chart:visible').count(), id).toBe(1);
      // Each row of the table, against the figure it links to, as written in content/chiffres/ (not the chart's layout).
      const rows = await page.locator('table tbody tr').evaluateAll((trs) =>
        trs.map((tr) => ({
          label: tr.querySelector('th')?.textContent.trim() ?? '',
          // The value itself, without the split of a stacked bar (« 40 % (8 % + 32 %) »).
          value: [...(tr.querySelector('td.num')?.childNodes ?? [])]
            .filter((n) => !(n instanceof Element && n.matches('.stack-split')))
            .map((n) => n.textContent)
            .join('')
            .trim(),
          href: tr.querySelector('a')?.getAttribute('href') ?? '',
        })),
      );
      const expected = figures.filter((f) => f.serie === id);
      expect(expected.length, id).toBeGreaterThanOrEqual(2);
      const byHref = (x: { href: string }, y: { href: string }) => x.href.localeCompare(y.href);
      expect(rows.map((r) => ({ href: r.href, label: r.label, value: frenchNumber(r.value), unite: uniteOf(r.value) })).sort(byHref), id).toEqual(
        expected.map((f) => ({ href: entryUrl('chiffres', f.id), label: f.categorie ?? f.id, value: f.valeur, unite: f.unite })).sort(byHref),
      );
      // Each drawing shows the same values as the table.
      for (const svg of drawings) expect(await svg.locator('g.bar text:last-of-type').allTextContents(), id).toEqual(rows.map((r) => r.value));
    }
    await page.close();
  });

  it('la page d’intégration ne charge rien d’un autre site', async () => {
    const page = await browser().newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url());
    });
    for (const id of series) await page.goto(`${base}/embed/chiffres/${id}/`, { waitUntil: 'networkidle' });
    expect(foreign).toEqual([]);
    await page.close();
  });

  it('la fiche imprimable de chaque thème et de chaque dossier tient sur une page A4 (deux seulement si la seconde est au moins à moitié pleine)', async () => {
    expect(handouts.length).toBeGreaterThan(themes.length);
    const page = await browser().newPage();
    const measured: string[] = [];
    for (const { id, fiche } of handouts) {
      await page.goto(`${base}${fiche}`);
      expect(await page.locator('svg.qr').count(), id).toBe(1);
      const n = pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
      // Height of the printed content, in A4 pages: the print stylesheet at the printable width (210 − 2 × 15 mm).
      await page.emulateMedia({ media: 'print' });
      // A short window: the document's height is then its content's, not the window's.
      await page.setViewportSize({ width: Math.round((180 / 25.4) * 96), height: 100 });
      const fill = await page.evaluate(() => document.documentElement.scrollHeight / ((267 / 25.4) * 96));
      await page.emulateMedia({ media: null });
      measured.push(`${id} ${n} p. (${fill.toFixed(2)})`);
      expect(n, `${id} : ${n} pages`).toBeGreaterThanOrEqual(1);
      if (n > 1) expect(fill - 1, `${id} : seconde page presque vide`).toBeGreaterThanOrEqual(0.5);
      expect(n, `${id} : ${n} pages`).toBeLessThanOrEqual(2);
    }
    console.log(`fiches : ${measured.join(', ')}`);
    await page.close();
  });

  it('chaque fiche imprimée : le nom du site une seule fois, aucune adresse relative, un appel à agir et le cadre « Contact de votre association »', async () => {
    const page = await browser().newPage();
    await page.emulateMedia({ media: 'print' });
    for (const { id, fiche } of handouts) {
      await page.goto(`${base}${fiche}`);
      const printed = await page.evaluate(() => document.body.innerText);
      const name = await page.locator('meta[property="og:site_name"]').getAttribute('content');
      expect(printed.split(name ?? '').length - 1, `${id} : nom du site`).toBe(1);
      expect(printed, id).not.toMatch(/\(\/[a-z]|(^|\s)\/[a-z-]+\//m);
      expect(printed, id).toContain('Contact de votre association');
      expect(await page.locator('.fiche-contact').evaluate((el) => el.getBoundingClientRect().height), id).toBeGreaterThan(100);
      expect(await page.locator('.fiche-cta .url').textContent(), id).toMatch(/^https?:\/\/.+\/lettres\/theme\//);
      // Figures: newest data year first.
      const years = (await page.locator('.fiche-figures li').allTextContents()).map((s) => Number(/données (\d{4})/.exec(s)?.[1]));
      expect(years, id).toEqual([...years].sort((a, b) => b - a));
    }
    await page.close();
  });

  it('chaque lettre aux élus s’imprime sur deux pages A4 au plus, sans le menu ni les boutons du site', async () => {
    const page = await browser().newPage();
    const letters = [
      ...themes.map((id) => `theme/${id}`),
      ...entries.filter((e) => e.collection === 'articles' && typeof (e.data as { critique?: unknown }).critique === 'string').map((e) => `article/${e.id}`),
    ];
    for (const letter of letters) {
      await page.goto(`${base}/lettres/${letter}/`);
      expect(pdfPages(await page.pdf({ format: 'A4' })), letter).toBeLessThanOrEqual(2);
    }
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain('Madame la Députée, Monsieur le Député,');
    expect(printed).not.toMatch(/Copier la lettre|Imprimer la lettre|Rechercher/);
    await page.close();
  });

  it('un témoignage s’imprime sur une page A4', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/temoignages/lettre-jamila-composition-de-menage/`);
    expect(pdfPages(await page.pdf({ format: 'A4' }))).toBe(1);
    await page.close();
  });

  it('le code QR de chaque fiche, décodé, donne l’adresse permanente du thème ou du dossier (son adresse canonique, imprimée sous le code)', async () => {
    const page = await browser().newPage();
    for (const { id, page: path, fiche } of handouts) {
      await page.goto(`${base}${path}`);
      const permalink = await page.locator('link[rel="canonical"]').getAttribute('href');
      await page.goto(`${base}${fiche}`);
      const decoded = await decodeQr(await page.locator('svg.qr').evaluate((svg) => svg.outerHTML));
      expect(decoded, id).toBe(permalink);
      expect(await page.locator('figcaption .url').textContent(), id).toBe(permalink);
    }
    await page.close();
  });
});
