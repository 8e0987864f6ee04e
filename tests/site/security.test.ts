import { describe, expect, it } from 'vitest';
import { ADMIN_CSP, CSP } from '../../src/lib/security.ts';
import { htmlPages } from './dist.ts';
import { scriptProblems } from './script-check.ts';

describe('sécurité et vie privée des pages', () => {
  const pages = htmlPages();

  it('la politique CSP interdit le script inline', () => {
    for (const policy of [CSP, ADMIN_CSP]) {
      const scriptSrc = /script-src ([^;]+)/.exec(policy)?.[1] ?? '';
      expect(scriptSrc).not.toContain('unsafe-inline');
      expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
    }
    expect(CSP).toContain("default-src 'self'");
  });

  it('chaque page porte la CSP et aucun script inline exécutable', () => {
    // The editor (/admin/) has its own policy: same script rules, looser styles for the editor's own UI.
    const problems = pages.flatMap((p) => scriptProblems(p.path, p.html, p.path.startsWith('/admin/') ? ADMIN_CSP : CSP));
    expect(problems, problems.slice(0, 10).join('\n')).toEqual([]);
  });

  it('le contrôle détecte un script inline et une CSP absente (contrôle du test)', () => {
    expect(scriptProblems('/x/', '<html><head></head><script>alert(1)</script></html>', CSP)).toHaveLength(2);
    expect(scriptProblems('/x/', `<meta http-equiv="Content-Security-Policy" content="${CSP}"><script type="application/ld+json">{}</script>`, CSP)).toEqual(
      [],
    );
  });
});
