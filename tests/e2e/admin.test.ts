import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './suite.ts';

interface Config {
  collections: { name: string; label: string; fields: { name: string; label: string }[] }[];
}

/** « consentementDate » → « consentement date » (as tests/unit/cms.test.ts). */
const plain = (s: string) =>
  s
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/**
 * Which of `texts` some element of the page has as its whole text, whitespace collapsed: what Playwright's
 * `getByText(text, { exact: true })` finds (an element's text joins its text nodes and its children's, skipping
 * scripts and styles, and open shadow roots), computed in ONE walk of the page for all texts instead of one per text.
 */
async function present(page: Page, texts: string[]): Promise<string[]> {
  return page.evaluate((wanted) => {
    const found = new Set<string>();
    const want = new Set(wanted);
    const normal = (t: string) =>
      t
        .replace(/\u200b/g, '')
        .trim()
        .replace(/\s+/g, ' ');
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return node.nodeValue ?? '';
      if (node instanceof Element && ['SCRIPT', 'STYLE', 'NOSCRIPT', 'HEAD'].includes(node.nodeName)) return '';
      let text = '';
      if (node instanceof Element && node.shadowRoot) for (const child of node.shadowRoot.childNodes) text += walk(child);
      for (const child of node.childNodes) text += walk(child);
      if (node instanceof Element) {
        const n = normal(text);
        if (want.has(n)) found.add(n);
      }
      return text;
    };
    walk(document.documentElement);
    return wanted.filter((t) => found.has(t));
  }, texts);
}

/** Which of `texts` no element of the page shows as its whole text (see present). */
async function missing(page: Page, texts: string[]): Promise<string[]> {
  const shown = new Set(await present(page, texts));
  return texts.filter((t) => !shown.has(t));
}

describe('éditeur dans le navigateur (/admin/, Sveltia CMS servi par le site)', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');

  it(
    'en mode dépôt local, dans un navigateur réglé en anglais : interface en français, guide sur la page, chaque collection listée, chaque champ sous un libellé pour les gens (jamais son nom brut), aucune requête vers un autre site',
    { timeout: 480_000 },
    async () => {
      const config = parse(readFileSync('dist/admin/config.yml', 'utf8')) as Config;
      // A copy of a few entries per collection, in the browser's private file system: it stands in for the folder the
      // contributor picks with « Travailler sur un dépôt local » (the File System Access picker cannot be driven headless).
      const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n', '.git/config': '[core]\n' };
      for (const c of config.collections) {
        for (const f of readdirSync(`content/${c.name}`).slice(0, 2)) files[`content/${c.name}/${f}`] = readFileSync(`content/${c.name}/${f}`, 'utf8');
      }
      // An English-speaking browser: the editor must still speak French (it follows the browser unless told otherwise).
      const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      // Route interception: any request to another site is blocked and recorded (the page may not even try).
      const foreign: string[] = [];
      await context.route(
        (url) => !url.href.startsWith(base) && !/^(data|blob):/.test(url.href),
        async (route) => {
          foreign.push(route.request().url());
          await route.abort();
        },
      );
      await context.addInitScript(() => {
        (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
          (await navigator.storage.getDirectory()).getDirectoryHandle('depot');
      });
      const page = await context.newPage();
      const labels: string[] = [];
      page.on('request', (r) => {
        if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url()) && !foreign.includes(r.url())) foreign.push(r.url());
      });
      await page.goto(`${base}/admin/`, { waitUntil: 'domcontentloaded' });
      await page.evaluate(async (all) => {
        const root = await (await navigator.storage.getDirectory()).getDirectoryHandle('depot', { create: true });
        for (const [path, text] of Object.entries(all)) {
          const parts = path.split('/');
          let dir = root;
          for (const p of parts.slice(0, -1)) dir = await dir.getDirectoryHandle(p, { create: true });
          const writable = await (await dir.getFileHandle(parts[parts.length - 1] ?? '', { create: true })).createWritable();
          await writable.write(text);
          await writable.close();
        }
      }, files);
      // The short guide, then the editor's own sign-in screen, in French.
      await page.getByRole('heading', { name: /deux façons d’entrer/ }).waitFor();
      const localButton = page.getByRole('button', { name: 'Travailler avec un dépôt local' });
      await localButton.waitFor({ timeout: 30_000 });
      // ADMIN_SCREENSHOTS=1: the pictures of CONTRIBUTING.md (sign-in screen with the guide, a testimony's form).
      const screenshots = process.env['ADMIN_SCREENSHOTS'] === '1';
      if (screenshots) await page.screenshot({ path: 'reports/screenshots/editeur-entree.png' });
      expect(await page.getByText(/Work with Local Repository|Sign In with/i).count()).toBe(0);
      await localButton.click();
      // Every collection is listed with its label…
      // (the whole list read in one evaluation per poll: the labels not shown yet).
      const collectionLabels = config.collections.map((c) => c.label);
      await expect.poll(async () => missing(page, collectionLabels), { message: 'collections non listées', timeout: 30_000 }).toEqual([]);
      // … and its « new entry » form shows every field generated from the schema.
      for (const c of config.collections) {
        await page.evaluate((name) => {
          location.hash = `#/collections/${name}/new`;
        }, c.name);
        await page
          .getByText(c.fields[0]?.label ?? 'titre', { exact: true })
          .first()
          .waitFor();
        if (screenshots && c.name === 'temoignages') await page.screenshot({ path: 'reports/screenshots/editeur-temoignage.png' });
        // The form renders fields as they scroll into view: scroll the editing pane to its end.
        await page.mouse.move(300, 500);
        for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 1200);
        // Every field's label shown (the form polled as a whole: one evaluation returns the labels still missing,
        // named `collection.field`)…
        await expect
          .poll(
            async () =>
              (
                await missing(
                  page,
                  c.fields.map((f) => f.label),
                )
              ).map((label) => `${c.name}.${c.fields.find((f) => f.label === label)?.name ?? label}`),
            {
              message: `${c.name} : champs sans libellé affiché`,
              timeout: 15_000,
            },
          )
          .toEqual([]);
        // … and no field's key shown as a label (read once, the form being complete).
        const rawShown = new Set(
          await present(
            page,
            c.fields.filter((f) => f.name !== f.label).map((f) => f.name),
          ),
        );
        const shown: string[] = [];
        for (const f of c.fields) {
          shown.push(f.label);
          // A label that only respells the field's key (« locuteur », « consentement date ») is not written for people,
          // and the key itself must not be shown as a label.
          expect(plain(f.label), `${c.name}.${f.name} : libellé brut « ${f.label} »`).not.toBe(plain(f.name));
          if (f.name !== f.label) expect(rawShown.has(f.name), `${c.name}.${f.name} affiché tel quel`).toBe(false);
        }
        labels.push(`${c.name} : ${shown.join(', ')}`);
      }
      console.log(`libellés affichés :\n${labels.join('\n')}`);
      expect(foreign).toEqual([]);
      await context.close();
    },
  );
});
