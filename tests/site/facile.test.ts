import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/integrity/load.ts';
import { entryUrl, pageUrl } from '../../src/lib/routes.ts';
import { simplifiedUrl } from '../../src/lib/views/facile.ts';
import { htmlPages } from './dist.ts';

/** Each easy-to-read text is linked from the page it simplifies, and links back; « Vos droits » shows its sources. */
describe('« Facile à lire » et « Vos droits » dans le site compilé', () => {
  const pages = new Map(htmlPages().map((p) => [p.path, p.html]));
  const { entries } = loadContent(join(process.cwd(), 'content'));
  const texts = entries.filter((e) => e.collection === 'facile');

  it('chaque page simplifiée a son lien « Version facile à lire », et la version facile renvoie à la page complète', () => {
    expect(texts).toHaveLength(21);
    for (const e of texts) {
      const easy = entryUrl('facile', e.id);
      const original = simplifiedUrl((e.data as { simplifie: string }).simplifie);
      const from = pages.get(original);
      expect(from, original).toBeDefined();
      expect(/<p class="easy-read-link"[^>]*>\s*<a href="([^"]+)"/.exec(from!)?.[1], original).toBe(easy);
      const page = pages.get(easy);
      expect(page, easy).toBeDefined();
      expect(page!.split(`href="${original}"`).length - 1, easy).toBeGreaterThanOrEqual(2);
      // Never reviewed by people with reading difficulties: the page says so.
      expect(page).toContain('pas encore été relu par des personnes qui ont du mal à lire');
    }
  });

  it('chaque idée a son pictogramme', () => {
    for (const e of texts) {
      const page = pages.get(entryUrl('facile', e.id))!;
      const ideas = page.split('class="facile-idea"').length - 1;
      expect(ideas, e.id).toBeGreaterThan(3);
      expect(page.split('class="facile-idea"><svg class="picto"').length - 1, e.id).toBe(ideas);
    }
  });

  it('« Vos droits » : lien en pied de page, sources avec leur adresse, contacts du médiateur', () => {
    const rights = pageUrl('rights');
    const page = pages.get(rights);
    expect(page).toBeDefined();
    expect(page).toContain('href="https://www.unia.be/fr/legislation-et-jurisprudence/jurisprudence/cour-constitutionnelle-25-septembre-2025"');
    expect(page).toContain('href="tel:+3225496700"');
    expect(page).toContain(`href="${pageUrl('help')}"`);
    expect(/<footer[\s\S]*?<\/footer>/.exec(pages.get('/')!)?.[0]).toContain(`href="${rights}"`);
    for (const path of ['/ordonnance/', '/ordonnance/article-13/', '/aide/']) expect(pages.get(path), path).toContain(`<p class="rights-link"`);
  });
});
