import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import jsQR from 'jsqr';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { loadContent } from '../../src/lib/integrity/load.ts';
import { entryUrl } from '../../src/lib/routes.ts';
import { DIST } from '../site/dist.ts';
import { contentFigures, frenchNumber } from '../site/figures.ts';
import { WINDOW } from './screens.ts';
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

/** The canonical address a built page declares (a <link> in its HTML that no script changes). */
const canonicalOf = (path: string) => /<link rel="canonical" href="([^"]+)"/.exec(readFileSync(join(DIST, path, 'index.html'), 'utf8'))?.[1];

/** What the handout tests read of one fiche (see measureFiches). */
interface FicheFacts {
  /** On screen: how many QR codes, the first one's SVG, the address printed under it (every caption, joined). */
  qrCount: number;
  qrSvg: string | null;
  caption: string;
  /** A4 pages of the printout. */
  pages: number;
  /** Height of the printed content at the printable width, in A4 pages. */
  fill: number;
  /** With the print stylesheet, in the window: the text, the site's name, the contact frame's height (null unless
   * exactly one frame), the call to act's address (every one, joined), the figures' lines. */
  printed: string;
  siteName: string | null;
  contactHeight: number | null;
  ctaUrl: string;
  figureTexts: string[];
}

/** The first handout test to run visits every fiche: more time than one visit's test. */
const FICHES_TIMEOUT = 300_000;

/** One visit per fiche: the facts every handout test needs, read in the page in one evaluation per medium. */
async function measureFiches(browser: Browser, base: string): Promise<Map<string, FicheFacts>> {
  const page = await browser.newPage({ viewport: WINDOW });
  const facts = new Map<string, FicheFacts>();
  try {
    for (const { id, fiche } of handouts) {
      await page.setViewportSize(WINDOW);
      await page.emulateMedia({ media: null });
      await page.goto(`${base}${fiche}`);
      const screen = await page.evaluate(() => {
        const qrs = document.querySelectorAll('svg.qr');
        const captions = [...document.querySelectorAll('figcaption .url')].map((el) => el.textContent);
        return { qrCount: qrs.length, qrSvg: qrs[0]?.outerHTML ?? null, caption: captions.join(' | ') };
      });
      const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: false }));
      // The print stylesheet, applied to the page already loaded (no script depends on the medium or the width).
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const contacts = document.querySelectorAll('.fiche-contact');
        return {
          printed: document.body.innerText,
          siteName: document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? null,
          contactHeight: contacts.length === 1 ? (contacts[0]?.getBoundingClientRect().height ?? null) : null,
          ctaUrl: [...document.querySelectorAll('.fiche-cta .url')].map((el) => el.textContent).join(' | '),
          figureTexts: [...document.querySelectorAll('.fiche-figures li')].map((li) => li.textContent),
        };
      });
      // The printable width (210 − 2 × 15 mm) and a short window: the document's height is then its content's.
      await page.setViewportSize({ width: Math.round((180 / 25.4) * 96), height: 100 });
      const fill = await page.evaluate(() => document.documentElement.scrollHeight / ((267 / 25.4) * 96));
      facts.set(id, { ...screen, pages, fill, ...printed });
    }
  } finally {
    await page.close();
  }
  return facts;
}

describe('graphiques et impression', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');

  it('chaque graphique : SVG avec titre et description, tableau aux valeurs des chiffres du contenu', async () => {
    const page = await browser().newPage();
    for (const id of series) {
      await page.goto(`${base}/graphiques/${id}/`);
      // Everything the checks below read, in one evaluation (the page is static once loaded).
      const { drawings, rows } = await page.evaluate(() => {
        // A drawing's single <title> or <desc> (null when there is none or several).
        const only = (els: NodeListOf<Element>) => (els.length === 1 ? (els[0]?.textContent ?? null) : null);
        return {
          drawings: [...document.querySelectorAll('svg.chart')].map((svg) => {
            const box = svg.getBoundingClientRect();
            return {
              role: svg.getAttribute('role'),
              title: only(svg.querySelectorAll('title')),
              desc: only(svg.querySelectorAll('desc')),
              // Visible as Playwright means it: a box with an area, not hidden.
              visible: box.width > 0 && box.height > 0 && getComputedStyle(svg).visibility !== 'hidden',
              bars: [...svg.querySelectorAll('g.bar text:last-of-type')].map((t) => t.textContent),
            };
          }),
          // Each row of the table, against the figure it links to, as written in content/chiffres/ (not the chart's layout).
          rows: [...document.querySelectorAll('table tbody tr')].map((tr) => ({
            label: tr.querySelector('th')?.textContent.trim() ?? '',
            // The value itself, without the split of a stacked bar (« 40 % (8 % + 32 %) »).
            value: [...(tr.querySelector('td.num')?.childNodes ?? [])]
              .filter((n) => !(n instanceof Element && n.matches('.stack-split')))
              .map((n) => n.textContent)
              .join('')
              .trim(),
            href: tr.querySelector('a')?.getAttribute('href') ?? '',
          })),
        };
      });
      // Two drawings of the chart (phone and wide screen, chosen by CSS): both accessible, one shown at a time.
      expect(drawings.length, id).toBe(2);
      for (const svg of drawings) {
        expect(svg.role, id).toBe('img');
        expect(svg.title?.length, id).toBeGreaterThan(5);
        expect(svg.desc?.length, id).toBeGreaterThan(10);
      }
      expect(drawings.filter((d) => d.visible).length, id).toBe(1);
      const expected = figures.filter((f) => f.serie === id);
      expect(expected.length, id).toBeGreaterThanOrEqual(2);
      const byHref = (x: { href: string }, y: { href: string }) => x.href.localeCompare(y.href);
      expect(rows.map((r) => ({ href: r.href, label: r.label, value: frenchNumber(r.value), unite: uniteOf(r.value) })).sort(byHref), id).toEqual(
        expected.map((f) => ({ href: entryUrl('chiffres', f.id), label: f.categorie ?? f.id, value: f.valeur, unite: f.unite })).sort(byHref),
      );
      // Each drawing shows the same values as the table.
      for (const svg of drawings) expect(svg.bars, id).toEqual(rows.map((r) => r.value));
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

  /**
   * Everything the three handout tests read, from ONE visit of each fiche: the page on screen (QR code and its
   * caption), its A4 printout (page count), the print stylesheet at the window's width (printed text, site name,
   * contact frame, call to act, figures) and at the printable width (content height). Nothing here fails: each test
   * asserts on its own part, with its own message, so each requirement still fails on its own.
   */
  let fiches: Promise<Map<string, FicheFacts>> | undefined;
  const ficheFacts = () => (fiches ??= measureFiches(browser(), base));

  it(
    'la fiche imprimable de chaque thème et de chaque dossier tient sur une page A4 (deux seulement si la seconde est au moins à moitié pleine)',
    { timeout: FICHES_TIMEOUT },
    async () => {
      expect(handouts.length).toBeGreaterThan(themes.length);
      const facts = await ficheFacts();
      const measured: string[] = [];
      for (const { id } of handouts) {
        const { qrCount, pages: n, fill } = facts.get(id)!;
        expect(qrCount, id).toBe(1);
        measured.push(`${id} ${n} p. (${fill.toFixed(2)})`);
        expect(n, `${id} : ${n} pages`).toBeGreaterThanOrEqual(1);
        if (n > 1) expect(fill - 1, `${id} : seconde page presque vide`).toBeGreaterThanOrEqual(0.5);
        expect(n, `${id} : ${n} pages`).toBeLessThanOrEqual(2);
      }
      console.log(`fiches : ${measured.join(', ')}`);
    },
  );

  it(
    'chaque fiche imprimée : le nom du site une seule fois, aucune adresse relative, un appel à agir et le cadre « Contact de votre association »',
    { timeout: FICHES_TIMEOUT },
    async () => {
      const facts = await ficheFacts();
      for (const { id } of handouts) {
        const { printed, siteName: name, contactHeight, ctaUrl, figureTexts } = facts.get(id)!;
        expect(printed.split(name ?? '').length - 1, `${id} : nom du site`).toBe(1);
        expect(printed, id).not.toMatch(/\(\/[a-z]|(^|\s)\/[a-z-]+\//m);
        expect(printed, id).toContain('Contact de votre association');
        expect(contactHeight, id).toBeGreaterThan(100);
        expect(ctaUrl, id).toMatch(/^https?:\/\/.+\/lettres\/theme\//);
        // Figures: newest data year first.
        const years = figureTexts.map((s) => Number(/données (\d{4})/.exec(s)?.[1]));
        expect(years, id).toEqual([...years].sort((a, b) => b - a));
      }
    },
  );

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

  it(
    'le code QR de chaque fiche, décodé, donne l’adresse permanente du thème ou du dossier (son adresse canonique, imprimée sous le code)',
    { timeout: FICHES_TIMEOUT },
    async () => {
      const facts = await ficheFacts();
      for (const { id, page: path } of handouts) {
        // The theme's or dossier's canonical address, from its built page (a <link> no script touches).
        const permalink = canonicalOf(path);
        const { qrSvg, caption } = facts.get(id)!;
        const decoded = qrSvg === null ? undefined : await decodeQr(qrSvg);
        expect(decoded, id).toBe(permalink);
        expect(caption, id).toBe(permalink);
      }
    },
  );
});
