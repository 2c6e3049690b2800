import type { SiteFinding } from '../engine/report-types.js';
import { isFailure } from '../engine/types.js';
import { INPUT_RULE } from './findings.js';
import type { Formatter } from './types.js';
import { xml } from './xml.js';

/** Where a site finding stands: each file and line it names. */
function places(f: SiteFinding): string {
  return f.files.map((p) => `${p.file}:${p.line}:${p.column}`).join(', ');
}

/** The site stage's findings as one more suite: a test case per finding, a failure when it is an error. */
function siteSuite(findings: readonly SiteFinding[]): { xml: string; tests: number; failures: number } {
  const cases = findings.map((f) => {
    const name = xml(`${f.ruleId}: ${places(f)}`);
    const text = xml(`${places(f)}: ${f.message}`);
    const body = f.severity === 'error' ? `<failure message="${xml(f.message)}" type="error">${text}</failure>` : `<system-out>warning ${text}</system-out>`;
    return `    <testcase classname="site" name="${name}">\n      ${body}\n    </testcase>`;
  });
  const failures = findings.filter((f) => f.severity === 'error').length;
  return { xml: `  <testsuite name="site" tests="${cases.length}" failures="${failures}" errors="0">\n${cases.join('\n')}\n  </testsuite>`, tests: cases.length, failures };
}

/**
 * JUnit XML for CI test views: a test suite per file and a test case per check run. Failed
 * error checks are failures; failed warnings pass but carry their message in system-out, so a
 * test view turns red exactly when the exit code would. Findings across the site (runs of
 * several files) are a suite of their own.
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
  if (report.site !== undefined && report.site.findings.length > 0) {
    const site = siteSuite(report.site.findings);
    suites.push(site.xml);
    tests += site.tests;
    failures += site.failures;
  }
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<testsuites name="seo-check" tests="${tests}" failures="${failures}" errors="${errors}">\n${suites.join('\n')}\n</testsuites>\n`
  );
};

export default junit;
