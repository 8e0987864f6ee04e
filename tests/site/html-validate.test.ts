import { describe, expect, it } from 'vitest';
import { htmlPages } from './dist.ts';
import { siteValidator } from './validator.ts';

describe('HTML valide (html-validate)', () => {
  const validator = siteValidator();

  it('zéro erreur sur toutes les pages de dist/', async () => {
    const pages = htmlPages();
    const errors: string[] = [];
    for (const p of pages) {
      const report = await validator.validateString(p.html, p.file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${p.path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
    console.log(`html-validate : ${pages.length} pages vérifiées`);
    expect(errors, errors.slice(0, 30).join('\n')).toEqual([]);
  });

  it('le validateur refuse une page cassée (contrôle du test)', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="fr"><head><title>x</title></head><body><img src="a.png"><p><div></div></p></body></html>',
    );
    expect(report.valid).toBe(false);
  });
});
