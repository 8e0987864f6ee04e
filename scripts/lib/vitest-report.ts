// Reads vitest's JSON report (--reporter=json) for scripts/run-tests.ts.

interface AssertionResult {
  fullName: string;
  status: string;
}

export interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numTotalTests: number;
  testResults: { name: string; assertionResults: AssertionResult[] }[];
}

/**
 * Passed and failed tests of one vitest run. A skipped or todo test is a check that did not run: it counts as a failure
 * and is named, so that `it.skip` left in a file cannot turn the summary green.
 */
export function countTests(report: VitestReport): { passed: number; failed: number; unfinished: string[] } {
  const unfinished = report.testResults.flatMap((file) =>
    file.assertionResults.filter((a) => a.status !== 'passed' && a.status !== 'failed').map((a) => `${file.name} › ${a.fullName} (${a.status})`),
  );
  return { passed: report.numPassedTests, failed: report.numFailedTests + unfinished.length, unfinished };
}
