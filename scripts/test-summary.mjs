// Reads Vitest's JSON report and prints the closing line CI looks for: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, ...extraChecks] = process.argv.slice(2);
let passed = 0;
let failed = 0;
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = (report.numFailedTests ?? 0) + (report.numTotalTestSuites > 0 && report.success === false && report.numFailedTests === 0 ? 1 : 0);
} else {
  failed += 1; // no report: the test run itself broke
}
// Extra checks as name=exitcode (lint, typecheck), each counted once.
for (const check of extraChecks) {
  const [name, code] = check.split('=');
  if (code === '0') passed += 1;
  else {
    failed += 1;
    console.log(`check failed: ${name}`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
