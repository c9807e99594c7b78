// Prints "N passed, N failed" from vitest's JSON report (CI does not parse vitest's own
// summary). A missing report (e.g. typecheck failed before vitest ran) counts as a failure.
import { existsSync, readFileSync } from "node:fs";

const path = process.argv[2];
if (!path || !existsSync(path)) {
  console.log("0 passed, 1 failed (no vitest report: the run stopped before the tests)");
  process.exit(1);
}
const report = JSON.parse(readFileSync(path, "utf8"));
const passed = report.numPassedTests ?? 0;
// vitest counts every failed describe block as a failed suite; count failed tests, plus the
// files that failed without a failed test (an import error, an uncaught exception).
const failed = (report.numFailedTests ?? 0) + countFilesFailedWithoutTests(report);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || report.success === false ? 1 : 0);

/** Test files that failed while none of their tests did. */
function countFilesFailedWithoutTests(r) {
  return (r.testResults ?? []).filter((s) => s.status === "failed" && !(s.assertionResults ?? []).some((a) => a.status === "failed")).length;
}
