import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './suite.ts';

interface Config {
  collections: { name: string; label: string; fields: { name: string; label: string }[] }[];
}

describe('éditeur dans le navigateur (/admin/, Sveltia CMS servi par le site)', () => {
  const browser = useBrowser();
  const base = inject('baseUrl');

  it('en mode dépôt local : chaque collection est listée, chaque champ apparaît, aucune requête vers un autre site', { timeout: 240_000 }, async () => {
    const config = parse(readFileSync('dist/admin/config.yml', 'utf8')) as Config;
    // A copy of a few entries per collection, in the browser's private file system: it stands in for the folder the
    // contributor picks with « Travailler sur un dépôt local » (the File System Access picker cannot be driven headless).
    const files: Record<string, string> = { '.git/HEAD': 'ref: refs/heads/main\n', '.git/config': '[core]\n' };
    for (const c of config.collections) {
      for (const f of readdirSync(`content/${c.name}`).slice(0, 2)) files[`content/${c.name}/${f}`] = readFileSync(`content/${c.name}/${f}`, 'utf8');
    }
    const context = await browser().newContext({ viewport: { width: 1280, height: 900 }, locale: 'fr-BE' });
    await context.addInitScript(() => {
      (window as unknown as { showDirectoryPicker: () => Promise<FileSystemDirectoryHandle> }).showDirectoryPicker = async () =>
        (await navigator.storage.getDirectory()).getDirectoryHandle('depot');
    });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
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
    await page.getByRole('button', { name: /dépôt local|Local Repository/i }).click();
    // Every collection is listed with its label…
    for (const c of config.collections) {
      await expect.poll(async () => page.getByText(c.label, { exact: true }).count(), { message: c.label, timeout: 30_000 }).toBeGreaterThan(0);
    }
    // … and its « new entry » form shows every field generated from the schema.
    for (const c of config.collections) {
      await page.evaluate((name) => {
        location.hash = `#/collections/${name}/new`;
      }, c.name);
      await page
        .getByText(c.fields[0]?.label ?? 'titre', { exact: true })
        .first()
        .waitFor();
      // The form renders fields as they scroll into view: scroll the editing pane to its end.
      await page.mouse.move(300, 500);
      for (let i = 0; i < 12; i++) await page.mouse.wheel(0, 1200);
      for (const f of c.fields) {
        await expect.poll(async () => page.getByText(f.label, { exact: true }).count(), { message: `${c.name}.${f.name}`, timeout: 15_000 }).toBeGreaterThan(0);
      }
    }
    expect(foreign).toEqual([]);
    await context.close();
  });
});
