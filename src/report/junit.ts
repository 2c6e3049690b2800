import { isFailure } from '../engine/types.js';
import { INPUT_RULE } from './findings.js';
import type { Formatter } from './types.js';
import { xml } from './xml.js';

/**
 * JUnit XML for CI test views: a test suite per file and a test case per check run. Failed
 * error checks are failures; failed warnings pass but carry their message in system-out, so a
 * test view turns red exactly when the exit code would.
 */
const junit: Formatter = (report) => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  for (const r of report.results) {
    const name = xml(r.file);
    if (isFailure(r)) {
      tests++;
      errors++;
      suites.push(
        `  <testsuite name="${name}" tests="1" failures="0" errors="1">\n` +
          `    <testcase classname="${name}" name="${INPUT_RULE}">\n      <error message="${xml(r.error)}" type="${INPUT_RULE}"/>\n    </testcase>\n  </testsuite>`,
      );
      continue;
    }
    const cases: string[] = [];
    let suiteFailures = 0;
    for (const c of r.checks) {
      const caseName = xml(c.keyphrase === undefined ? c.ruleId : `${c.ruleId} (${c.keyphrase})`);
      const where = `${r.file}:${c.line}:${c.column}`;
      let body = '';
      if (c.skipped !== undefined) {
        body = `\n      <skipped message="${xml(c.skipped.reason)}"/>\n    `;
      } else if (c.suppressed !== undefined) {
        body = `\n      <system-out>${xml(`silenced by the comment on line ${c.suppressed.line}: ${where}: ${c.message}`)}</system-out>\n    `;
      } else if (!c.passed && c.severity === 'error') {
        suiteFailures++;
        body = `\n      <failure message="${xml(c.message)}" type="${c.severity}">${xml(`${where}: ${c.message}`)}</failure>\n    `;
      } else if (!c.passed) {
        body = `\n      <system-out>${xml(`warning ${where}: ${c.message}`)}</system-out>\n    `;
      }
      cases.push(`    <testcase classname="${name}" name="${caseName}">${body}</testcase>`);
    }
    tests += cases.length;
    failures += suiteFailures;
    suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${suiteFailures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`);
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="seo-check" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`
  );
};

export default junit;
