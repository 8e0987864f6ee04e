import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureCoverage, namesEdition } from '../../src/lib/barometre-coverage.ts';
import { loadContent } from '../../src/lib/integrity/load.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const BAD = join(ROOT, 'tests/fixtures/coverage/mauvais');

describe('rapport de provenance : baromètre, estimations, éditions déduites', () => {
  it('le vrai contenu passe les trois contrôles', () => {
    const { failures, barometre, estimations, deduites } = figureCoverage(loadContent(join(ROOT, 'content'), ROOT).entries);
    expect(failures).toEqual([]);
    expect(barometre).toBeGreaterThanOrEqual(30);
    expect(estimations).toBeGreaterThan(0);
    expect(deduites).toBeGreaterThanOrEqual(13);
  });

  it('chaque faute des fixtures est signalée, une ligne par fichier et par champ', () => {
    const { failures } = figureCoverage(loadContent(BAD, ROOT).entries);
    const at = (file: string, field: string) => failures.filter((f) => f.startsWith(`tests/fixtures/coverage/mauvais/chiffres/${file}.mdx ${field}:`));
    expect(at('annee-de-parution', 'anneeDonnees')).toHaveLength(1);
    expect(at('edition-non-dite', 'editionDeduite')).toHaveLength(1);
    expect(at('estimation-graphique', 'serie')).toHaveLength(1);
    expect(at('estimation-cle', 'cle')).toHaveLength(1);
    expect(failures, failures.join('\n')).toHaveLength(4);
  });

  it('un passage « editionCitee » introuvable dans la source est signalé', () => {
    const { failures } = figureCoverage(loadContent(join(ROOT, 'content'), ROOT).entries, () => false);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((f) => f.includes(' editionCitee: ') && f.includes('introuvable'))).toBe(true);
  });

  it('une édition nommée par son année ou par son rang', () => {
    const e2024 = { anneePublication: 2024 };
    expect(namesEdition('le baromètre de l’inclusion numérique (2024)', e2024)).toBe(true);
    expect(namesEdition('du troisième baromètre de l’inclusion numérique', e2024)).toBe(true);
    expect(namesEdition('En 2023, ce rapport annuel montre', e2024)).toBe(false);
  });

  it('npm run report:coverage échoue sur les fixtures et nomme chaque faute', { timeout: 60_000 }, () => {
    const run = spawnSync(process.execPath, ['scripts/report-coverage.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
      env: { ...process.env, CONTENT_DIR: BAD },
    });
    expect(run.status).toBe(1);
    for (const file of ['annee-de-parution', 'edition-non-dite', 'estimation-graphique', 'estimation-cle']) expect(run.stderr).toContain(`${file}.mdx`);
  });
});

describe('chiffres clés', () => {
  it('keyFigures ne garde jamais une estimation, même marquée `cle`', async () => {
    const { keyFigures } = await import('../../src/lib/views/key-figures.ts');
    const f = (id: string, nature: 'statistique' | 'estimation' | 'compte', cle: boolean) => ({ id, data: { cle, nature } });
    expect(
      keyFigures([f('a', 'statistique', true), f('b', 'estimation', true), f('c', 'compte', true), f('d', 'statistique', false)]).map((x) => x.id),
    ).toEqual(['a', 'c']);
  });
});
