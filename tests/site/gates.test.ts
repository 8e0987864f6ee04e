import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlPages } from './dist.ts';
import { brokenLinks, existsIn } from './link-check.ts';
import { siteValidator } from './validator.ts';
import { budgetProblems, externalFontProblems, imageDimensionProblems } from './weight.ts';

/** Each gate of npm test, run on tests/fixtures/gates/site/ (pages broken on purpose): it must fail and name the page. */
const FIXTURE = 'tests/fixtures/gates/site';
const pages = htmlPages(FIXTURE);
const read = (path: string) => readFileSync(join(FIXTURE, path));
const exists = existsIn(FIXTURE);

describe('chaque contrôle échoue sur une page cassée exprès (contrôle des contrôles)', () => {
  it('liens internes : une page absente et une ancre absente, sur /lien-casse/', () => {
    expect(brokenLinks(pages, exists)).toEqual([
      '/lien-casse/ → /nulle-part/ (cible absente)',
      '/lien-casse/ → /#ancre-absente (ancre #ancre-absente absente)',
    ]);
  });

  it('police externe : la feuille de style d’un autre site et la police de la CSS locale, sur /police-externe/', () => {
    expect(externalFontProblems(pages, read)).toEqual([
      '/police-externe/ : /police-externe.css charge une police d’un autre site',
      '/police-externe/ : feuille de style d’un autre site https://fonts.googleapis.com/css2?family=Inter',
    ]);
  });

  it('budget : le script trop lourd de /script-enorme/, et seulement lui', () => {
    const { over } = budgetProblems(pages, read);
    expect(over).toHaveLength(1);
    expect(over[0]).toMatch(/^\/script-enorme\/ : JS \d+ o gzip \(budget 10240\)$/);
  });

  it('images avec leurs dimensions : l’image sans width ni height de /image-sans-dimensions/, et seulement elle', () => {
    expect(imageDimensionProblems(pages)).toEqual(['/image-sans-dimensions/ : <img src="/image.svg" alt="Un carré gris" />']);
  });

  it('HTML valide : l’image sans texte alternatif de /image-sans-alt/', async () => {
    const validator = siteValidator();
    const failing: string[] = [];
    for (const p of pages) {
      const report = await validator.validateString(p.html, p.file);
      for (const r of report.results) for (const m of r.messages) failing.push(`${p.path} ${m.ruleId}`);
    }
    expect(failing).toContain('/image-sans-alt/ wcag/h37');
    expect(
      failing.filter((f) => !f.startsWith('/image-sans-alt/')),
      'les autres pages de la fixture sont valides',
    ).toEqual([]);
  });
});
