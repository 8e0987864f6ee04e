import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { countTests, type VitestReport } from '../../scripts/lib/vitest-report.ts';

// vitest's own JSON report of tests/fixtures/vitest/unfinished.test.ts: one passed, one failed, one skipped, one todo test.
const report = JSON.parse(readFileSync('tests/fixtures/vitest/vitest-report.json', 'utf8')) as VitestReport;

describe('npm test compte les tests sautés ou à faire comme des échecs', () => {
  it('un réussi ; l’échoué, le sauté et le « à faire » échouent, nommés', () => {
    const { passed, failed, unfinished } = countTests(report);
    expect(passed).toBe(1);
    expect(failed).toBe(3);
    expect(unfinished).toEqual([
      'tests/fixtures/vitest/unfinished.test.ts › états sauté (skipped)',
      'tests/fixtures/vitest/unfinished.test.ts › états à faire (todo)',
    ]);
  });

  it('la somme correspond aux totaux du rapport', () => {
    const { passed, failed } = countTests(report);
    expect(passed + failed).toBe(report.numTotalTests);
    expect(report.numPendingTests + report.numTodoTests).toBe(2);
  });
});
