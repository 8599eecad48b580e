// The last line of `pnpm check`: what passed, with the test counts of the run just made (read from the
// JSON report `pnpm test` writes), so the result is not lost above hundreds of lines of output.
import { readFileSync } from "node:fs";

/** Where `pnpm test` writes vitest's JSON report. */
const REPORT = "node_modules/.cache/atoma-ts/test-results.json";

interface VitestReport {
  numTotalTests: number;
  numPassedTests: number;
  numFailedTests: number;
  testResults: unknown[];
  success: boolean;
}

let report: VitestReport;
try {
  report = JSON.parse(readFileSync(REPORT, "utf8")) as VitestReport;
} catch {
  console.error(`check: no test report at ${REPORT}; run \`pnpm test\` first`);
  process.exit(1);
}
if (!report.success || report.numFailedTests > 0) {
  console.error(`check: FAILED, ${report.numFailedTests} of ${report.numTotalTests} tests failed`);
  process.exit(1);
}
const tests = report.numPassedTests.toLocaleString("en-US");
const files = report.testResults.length;
console.log(
  `\n✔ check passed: formatting, spec lint, typecheck, ${tests} tests in ${files} files, API reports, API reference`,
);
