// Screenshots of pages at 320 px and 1280 px, for people to look at (not a test): npm run screenshots -- /path/ …
import { mkdirSync } from 'node:fs';
import { launch } from './lib/browser.ts';
import { serveDist } from './lib/server.ts';

const paths = process.argv.slice(2).filter((a) => a.startsWith('/'));
const fullPage = !process.argv.includes('--viewport');
const out = 'reports/screenshots';
mkdirSync(out, { recursive: true });
const { server, url } = await serveDist('dist');
const browser = await launch();
try {
  for (const width of [320, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const path of paths) {
      await page.goto(url + path);
      const name = `${out}/${path.replace(/\W+/g, '_').replace(/^_|_$/g, '') || 'accueil'}-${width}.png`;
      await page.screenshot({ path: name, fullPage });
      console.log(name);
    }
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
