import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { pageUrl, withoutBase } from '../../src/lib/routes.ts';
import { telHref } from '../../src/lib/views/aide.ts';
import { useBrowser } from './suite.ts';

const pdfPages = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

/** A speechSynthesis that records what it is asked to say (installed before the page's scripts run). */
function stubSpeech(): void {
  const log: { spoken: { text: string; lang: string }[]; calls: string[] } = { spoken: [], calls: [] };
  Object.assign(window, { __speech: log });
  const synth = {
    getVoices: () => [
      { lang: 'en-US', name: 'en' },
      { lang: 'fr-FR', name: 'fr' },
    ],
    speak: (u: SpeechSynthesisUtterance) => {
      log.spoken.push({ text: u.text, lang: u.lang });
      log.calls.push('speak');
    },
    cancel: () => log.calls.push('cancel'),
    pause: () => log.calls.push('pause'),
    resume: () => log.calls.push('resume'),
  };
  Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
  // Chromium's SpeechSynthesisUtterance refuses a plain object as voice: keep it as given.
  Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', { set() {}, get: () => null, configurable: true });
}

describe('Témoigner, Écouter, Besoin d’aide ? dans Chromium', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');
  const testimony = '/temoignages/lettre-jamila-composition-de-menage/';

  it('le formulaire papier s’imprime sur 1 ou 2 pages A4, feuille d’accord comprise', async () => {
    const page = await browser().newPage();
    await page.goto(`${base}/temoigner/`);
    await page.emulateMedia({ media: 'print' });
    // The consent sheet is printed, the explanations are not.
    expect(await page.locator('.paper-consent').isVisible()).toBe(true);
    expect(await page.locator('.paper-consent').innerText()).toMatch(/J'accepte que mon témoignage soit publié/);
    expect(await page.locator('h1').isVisible()).toBe(false);
    const pages = pdfPages(await page.pdf({ format: 'A4', printBackground: true }));
    console.log(`Formulaire papier : ${String(pages)} page(s) A4`);
    expect([1, 2]).toContain(pages);
    await page.close();
  });

  it('« Écouter » lit le texte principal en français, met en pause, reprend et s’arrête', async () => {
    const page = await browser().newPage();
    await page.addInitScript(stubSpeech);
    await page.goto(base + testimony);
    const quote = (await page.locator('main .quote').innerText()).replace(/\s+/g, ' ').trim();
    const listen = page.getByRole('button', { name: 'Écouter' });
    await listen.click();
    const log = () => page.evaluate(() => (window as unknown as { __speech: { spoken: { text: string; lang: string }[]; calls: string[] } }).__speech);
    const spoken = (await log()).spoken;
    expect(spoken.map((s) => s.text).join(' ')).toContain(quote);
    expect(spoken.map((s) => s.text).join(' ')).toContain(await page.locator('main h1').innerText());
    for (const s of spoken) expect(s.lang).toMatch(/^fr/);
    await page.getByRole('button', { name: 'Pause' }).click();
    await page.getByRole('button', { name: 'Reprendre' }).click();
    await page.getByRole('button', { name: 'Arrêter' }).click();
    expect((await log()).calls.slice(-3)).toEqual(['pause', 'resume', 'cancel']);
    // Stopped: back to « Écouter », no « Arrêter ».
    expect(await page.getByRole('button', { name: 'Écouter' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Arrêter' }).isVisible()).toBe(false);
    await page.close();
  });

  it('sans speechSynthesis, ou sans JavaScript, pas de bouton « Écouter »', async () => {
    const page = await browser().newPage();
    await page.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis;
    });
    for (const path of [testimony, '/aide/']) {
      await page.goto(base + path);
      expect(await page.evaluate(() => 'speechSynthesis' in window)).toBe(false);
      expect(await page.getByRole('button', { name: 'Écouter' }).count(), path).toBe(0);
      expect(await page.locator('.listen').isVisible(), path).toBe(false);
    }
    await page.close();
    const noJs = await browser().newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(base + testimony);
    expect(await plain.getByRole('button', { name: 'Écouter' }).count()).toBe(0);
    expect(await plain.locator('main .quote').isVisible()).toBe(true);
    await noJs.close();
  });

  it('« Besoin d’aide ? » est à un geste de 10 pages de gabarits différents, dans le premier écran à 360 × 740', async () => {
    const sample = [
      '/',
      '/temoignages/',
      testimony,
      '/chiffres/ciep-vulnerabilite-2022/',
      '/propositions/lettre-q1-evaluer-utilite-outil/',
      '/ordonnance/article-13/',
      '/themes/guichets-et-contact-humain/',
      '/sources/lettre-parlementaires/',
      '/graphiques/ciep-epn-wallonie-par-operateur/',
      '/temoigner/',
    ];
    const page = await browser().newPage({ viewport: { width: 360, height: 740 } });
    for (const path of sample) {
      await page.goto(base + path);
      const links = page.locator(`a[href="${pageUrl('help')}"]`);
      const inFirstScreen = await links.evaluateAll((as) =>
        as.some((a) => {
          const r = a.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight && getComputedStyle(a).visibility !== 'hidden';
        }),
      );
      expect(inFirstScreen, path).toBe(true);
      // One tap: the link leads to the help page.
      await links.first().click();
      expect(withoutBase(new URL(page.url()).pathname), path).toBe('/aide/');
    }
    await page.close();
  });

  it('/aide/ donne chaque numéro et chaque adresse du fichier de contexte, appelable, avec sa source', async () => {
    const context = readFileSync(new URL('../../../shared/context/aide-bruxelles.md', import.meta.url), 'utf8');
    const page = await browser().newPage();
    await page.goto(`${base}/aide/`);
    const cards = await page.locator('.aide-card').evaluateAll((els) =>
      els.map((el) => ({
        id: el.id,
        text: (el as HTMLElement).innerText.replace(/\s+/g, ' '),
        tels: [...el.querySelectorAll('a[href^="tel:"]')].map((a) => a.getAttribute('href') ?? ''),
        sources: [...el.querySelectorAll('.aide-sources a')].map((a) => a.getAttribute('href') ?? ''),
        hasAddress: el.querySelector('dd') !== null && /\b1\d{3} \p{Lu}/u.test(el.textContent),
        sites: [...el.querySelectorAll('dd a[href^="http"]')].length,
      })),
    );
    expect(cards.length).toBeGreaterThanOrEqual(10);
    for (const c of cards) {
      // Every service: its public source, and a way to reach it (phone, address, or a site when that is all the context gives) or, where the context gives none, a plain sentence saying so.
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      for (const url of c.sources) expect(context, `${c.id}: ${url}`).toContain(url);
      for (const tel of c.tels) expect(tel, c.id).toMatch(/^tel:\+32\d{8,9}$/);
      if (c.tels.length === 0 && !c.hasAddress && c.sites === 0) expect(c.text, c.id).toMatch(/numéro|adresse|contact/i);
    }
    // Every phone number of the context file is callable on the page…
    const phones = [...context.matchAll(/(?:\+32 \d(?: \d{2,3}){3}|0800[ /][\d .]+\d|0\d \d{3} \d{2} \d{2})/g)].map((m) => m[0]);
    expect(phones.length).toBeGreaterThanOrEqual(4);
    const tels = cards.flatMap((c) => c.tels);
    for (const p of phones) expect(tels, p).toContain(telHref(p));
    // …and every postal address, except the two the context says are not Brussels help services (Infor-Homes' old seat, the federation's listing).
    const notHelp = ['boulevard Anspach 59', 'Rue des Vétérinaires 42A/4'];
    const addresses = [
      ...context.matchAll(
        /(?:[Pp]lace|[Rr]ue|[Bb]oulevard|[Aa]venue|[Cc]haussée|\p{Lu}\p{Ll}+straat)\b[^,;\n]*? \d+[A-Z]?(?:\/\d+)?, 1\d{3} \p{Lu}[\p{L}-]+/gu,
      ),
    ].map((m) => m[0]);
    expect(addresses.length).toBeGreaterThanOrEqual(4);
    const text = cards.map((c) => c.text).join(' ');
    for (const a of addresses) if (!notHelp.some((n) => a.includes(n))) expect(text, a).toContain(a);
    await page.close();
  });
});
