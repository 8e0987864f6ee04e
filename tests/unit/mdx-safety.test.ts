import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContentDir, formatProblem } from '../../src/lib/integrity/index.ts';
import { checkMdxBody } from '../../src/lib/integrity/mdx-safety.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const ATTACKS = join(ROOT, 'tests/fixtures/attacks');

const lines = (body: string) => checkMdxBody(body).map((p) => p.line);
const messages = (body: string) => checkMdxBody(body).map((p) => p.message);

describe('contrôle du corps sur le HTML rendu (liste blanche)', () => {
  it('refuse un lien javascript: écrit avec une entité HTML (décodée par Markdown)', () => {
    const found = checkMdxBody('Premier paragraphe.\n\nVoir [clic](java&#115;cript:alert(1)).');
    expect(found).toEqual([{ line: 3, message: expect.stringContaining('lien refusé vers « javascript:alert(1) »') as string }]);
  });

  it.each(['data:text/html;base64,PHNjcmlwdD4=', 'vbscript:msgbox(1)', 'JAVASCRIPT:alert(1)', '&#x6A;avascript:alert(1)', 'file:///etc/passwd'])(
    'refuse le lien %s',
    (url) => {
      expect(messages(`[x](<${url}>)`)[0]).toContain('lien refusé');
    },
  );

  it('refuse une image d’un autre site, même sans protocole ; accepte une image du site', () => {
    expect(lines('a\n![](https://other.example/x.png)\n![](<//other.example/x.png>)\n![carte](/images/carte.png)')).toEqual([2, 3]);
    expect(messages('![](https://other.example/x.png)')[0]).toContain("image d'un autre site refusée");
  });

  it('refuse une balise coupée sur deux lignes (elle reste du HTML brut)', () => {
    const found = checkMdxBody('Consulter <a href="https://example.org/"\nonclick="alert(1)">la page</a> avant de venir.');
    expect(found.map((p) => p.line)).toEqual([1, 2]);
    expect(found[0]?.message).toContain('attribut on…=');
  });

  it('nomme <script>, <iframe> et les commentaires ; le reste est « balise HTML »', () => {
    expect(messages('<script>alert(1)</script>')).toEqual([expect.stringContaining('<script> interdite') as string]);
    expect(messages('<iframe src="https://x.example/"></iframe>')).toEqual([expect.stringContaining('<iframe> interdite') as string]);
    expect(messages('<!-- note -->')[0]).toContain('commentaire HTML');
    expect(messages('texte <b>gras</b>')).toEqual([expect.stringContaining('balise HTML') as string]);
  });

  it('accepte les liens http(s), mailto:, tel:, internes, les liens automatiques et le Markdown courant', () => {
    const body = [
      '# Titre',
      '',
      'Voir <https://exemple.org>, www.exemple.be, [écrire](mailto:a@exemple.org), [appeler](tel:+3221234567),',
      '[les données](/donnees/), [plus bas](#notes) et [la page](../themes/).',
      '',
      '| a | b |',
      '|:-:|--:|',
      '| 1 | 2 |',
      '',
      '- [x] fait',
      '',
      '> Une citation « entre guillemets » -- avec... *du* **style** et ~~barré~~.',
      '',
      'Une note[^1].',
      '',
      '```js',
      'const x = "<script>";',
      '```',
      '',
      'Un `<code>` et moins de 5 % (< 5) ou \\<rien>.',
      '',
      '[^1]: La note.',
    ].join('\n');
    expect(checkMdxBody(body)).toEqual([]);
  });

  it('un protocole en majuscules (« Https:// » en début de phrase, clavier de téléphone) est accepté ; « JavaScript: » reste refusé', () => {
    expect(messages('Voir Https://mhealthbelgium.be pour les applications.')).toEqual([]);
    expect(messages('[le site](HTTPS://www.brussels.be) et [écrire](Mailto:contact@exemple.org)')).toEqual([]);
    expect(lines('Texte.\n\n[cliquez](JavaScript:alert(1))')).toEqual([3]);
    expect(lines('[cliquez](  JAVASCRIPT:alert(1))')).toEqual([1]);
  });

  it('une ligne de texte qui commence par « import » ou « export » reste du texte (pas de compilation MDX)', () => {
    expect(checkMdxBody("import Carte from '../../src/components/Carte.astro';\n\nexport const a = 1;\nexport default () => 1")).toEqual([]);
  });
});

/** good-content plus one folder of tests/fixtures/attacks/, checked by the real checker (messages at file:line). */
describe('le contrôle de contenu sur les fichiers piégés (tests/fixtures/attacks/)', () => {
  const temps: string[] = [];
  afterAll(() => {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  });
  const check = (folder: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'humain-dabord-attaques-'));
    temps.push(dir);
    cpSync(join(ROOT, 'tests/fixtures/good-content'), dir, { recursive: true });
    cpSync(join(ATTACKS, folder), dir, { recursive: true });
    return checkContentDir(dir, ROOT)
      .map((p) => formatProblem({ ...p, path: relative(dir, join(ROOT, p.path)) }))
      .sort();
  };

  it('refusés, avec le fichier, la ligne et un message en français', () => {
    expect(check('refuses')).toEqual([
      'chiffres/attaque-lien-entite.mdx:16 (texte): lien refusé vers « javascript:alert(1) » : seuls les liens http(s)://, mailto:, tel: et les pages du site sont acceptés',
      // Sorted as text: « :10 » before « :9 ».
      expect.stringMatching(/^propositions\/attaque-balise-coupee\.mdx:10 \(texte\): balise HTML/) as string,
      'propositions/attaque-balise-coupee.mdx:9 (texte): attribut on…= interdit dans le contenu (code exécuté au clic ou au chargement)',
      expect.stringMatching(
        /^temoignages\/attaque-image-externe\.mdx:12 \(texte\): image d'un autre site refusée \(« https:\/\/other\.example\/x\.png »\)/,
      ) as string,
    ]);
  });

  it('acceptés : une ligne « import … » en prose, un lien automatique, un lien mailto:', () => {
    expect(check('acceptes')).toEqual([]);
  });
});
