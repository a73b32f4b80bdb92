// Sums vitest JSON reports into the one line CI is read by: "N passed, N failed".
// A report that is missing or unreadable counts as one failure.
import { existsSync, readFileSync } from 'node:fs';

const expected = ['pglite.json', 'postgres.json', 'faults.json', 'e2e.json'];
const files = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const name of expected) {
  const file = files.find((f) => f.endsWith(`/${name}`));
  if (!file || !existsSync(file)) {
    console.log(`${name}: missing (counted as 1 failure)`);
    failed += 1;
    continue;
  }
  try {
    const report = JSON.parse(readFileSync(file, 'utf8'));
    const suiteFailures = (report.testResults ?? []).filter(
      (r) => r.status === 'failed' && (r.assertionResults ?? []).length === 0,
    ).length;
    console.log(
      `${name}: ${report.numPassedTests} passed, ${report.numFailedTests + suiteFailures} failed, ${report.numPendingTests + report.numTodoTests} skipped`,
    );
    passed += report.numPassedTests;
    failed += report.numFailedTests + suiteFailures;
    if (!report.success && report.numFailedTests + suiteFailures === 0) {
      failed += 1;
    }
  } catch (error) {
    console.log(`${name}: unreadable (${error.message}; counted as 1 failure)`);
    failed += 1;
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
