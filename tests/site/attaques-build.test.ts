import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Nodes } from 'hast';
import { htmlToHast } from 'satteri';
import { describe, expect, it } from 'vitest';
import { astroBuild, smallProject } from './project-copy.ts';

/** The payload issue 15 ran on the landed site: close the JSON-LD block, then send the reader to another site. */
const PAYLOAD = '</script><meta http-equiv=refresh content="0;url=https://evil.example/"><script>';
const FIXTURES = 'tests/fixtures/attacks/site';

/** The elements of a built page, read by an HTML parser as a browser would (not by string search). */
function elements(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Nodes) => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) for (const child of node.children) visit(child);
  };
  visit(htmlToHast(html));
  return found;
}

const textOf = (node: Element): string => node.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

/**
 * The small fixture project plus tests/fixtures/attacks/site/ (accepted by the checker: the payloads are text), built: the payload stays inside its JSON-LD block and reads back unchanged; CSV cells are neutralised.
 */
describe('contenu piégé : rien ne sort de la page ni du tableur', () => {
  it('JSON-LD et CSV de la compilation', { timeout: 300_000 }, () => {
    const dir = smallProject('humain-dabord-attaques-');
    try {
      cpSync(FIXTURES, join(dir, 'content'), { recursive: true });
      const build = astroBuild(dir);
      expect(build.status, build.stdout + build.stderr).toBe(0);
      const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');

      const expected: [string, (doc: Record<string, unknown>) => unknown, string][] = [
        // A private speaker is credited in words (creditText), not as a schema.org Person.
        ['temoignages/attaque-temoignage', (d) => d['creditText'], `Khalid ${PAYLOAD}`],
        ['temoignages/attaque-temoignage', (d) => (d['isPartOf'] as { publisher: { name: string } }).publisher.name, `Organisation ${PAYLOAD}`],
        ['temoignages/attaque-temoignage', (d) => d['text'], `Il m'a écrit \`${PAYLOAD}\` puis <https://exemple.org> & la suite.`],
        ['chiffres/attaque-chiffre-2022', (d) => d['name'], `Chiffre 2022 ${PAYLOAD}`],
        ['graphiques/attaque-serie', (d) => d['name'], `Série ${PAYLOAD}`],
      ];
      for (const [path, field, value] of expected) {
        const html = page(path);
        const all = elements(html);
        const blocks = all.filter((e) => e.tagName === 'script' && e.properties['type'] === 'application/ld+json').map(textOf);
        expect(blocks, path).toHaveLength(1);
        // The whole payload stays inside the block: it neither closes it nor adds a refresh to the page.
        expect(blocks[0], path).not.toMatch(/[<>]/);
        expect(
          all.filter((e) => e.tagName === 'meta' && e.properties['httpEquiv'] !== undefined).map((e) => String(e.properties['httpEquiv'])),
          path,
        ).toEqual(['Content-Security-Policy']);
        expect(field(JSON.parse(blocks[0]!) as Record<string, unknown>), path).toBe(value);
      }

      const csv = readFileSync(join(dir, 'dist/donnees/chiffres.csv'), 'utf8');
      expect(csv).toContain(`,"'=HYPERLINK(""https://evil.example/"",""clic"")",`);
      expect(csv).toContain(",'@éditeur piégé,");
      expect(csv).not.toMatch(/(^|[,\n])"?[=+@]/);
      const serie = readFileSync(join(dir, 'dist/donnees/series/attaque-serie-excel.csv'), 'utf8');
      // The spreadsheet copy: every cell that a spreadsheet would read as a formula starts with « ' », on every row.
      const row = serie.split('\r\n').find((l) => l.endsWith(';attaque-chiffre-2022')) ?? '';
      expect(row.startsWith("'=1+2022;22;%;"), row).toBe(true);
      for (const cell of ["'@éditeur piégé", "'-p. 3", '"\'+mesure piégée']) expect(row, cell).toContain(cell);
      expect(serie).not.toMatch(/(^|[;\n])"?[=+@-]/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
