import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { frenchSpaces, frenchSpacesInHtml } from '../../src/lib/typography.ts';

const NB = '\u00a0';

describe('espaces insécables du français (src/lib/typography.ts)', () => {
  it('dans les guillemets et avant : ; ? ! %', () => {
    expect(frenchSpaces('« Bonjour » : 46 % ; vraiment ? Oui !')).toBe(`«${NB}Bonjour${NB}»${NB}: 46${NB}%${NB}; vraiment${NB}? Oui${NB}!`);
  });

  it('ne touche ni une adresse, ni une heure, ni une espace déjà insécable', () => {
    expect(frenchSpaces('https://exemple.org/a?b=c 10:30')).toBe('https://exemple.org/a?b=c 10:30');
    expect(frenchSpaces(`«\u202fmot\u202f»`)).toBe(`«\u202fmot\u202f»`);
  });

  it('dans une page : le texte seulement, jamais les balises, attributs, scripts, styles, pre, code ni commentaires', () => {
    const html = readFileSync('tests/fixtures/typography/page.html', 'utf8');
    const out = frenchSpacesInHtml(html);
    expect(out).toContain(`<title>Besoin d'aide${NB}?</title>`);
    expect(out).toContain(
      `<p class="x" title="« attribut »">«${NB}Je dois passer par une plateforme en ligne${NB}»${NB}: 46${NB}% des gens${NB}! Pourquoi${NB}?</p>`,
    );
    expect(out).toContain(`<a href="/recherche/?q=a :b">Lien</a>${NB}; <strong>`);
    expect(out).toContain(`<strong>Source</strong>${NB}: lettre`);
    expect(out).toContain('<style>a::after { content: " :"; }</style>');
    expect(out).toContain('<script type="application/ld+json">{"text": "« mot » : 5 %"}</script>');
    expect(out).toContain('<pre>garder « tel quel » : oui</pre><code>x ? y</code>');
    expect(out).toContain('<!-- commentaire « » : -->');
    expect(out).toContain(`<p>«${NB}mot sur deux lignes${NB}»</p>`);
  });
});
