import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './helpers.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/**
 * The CLI's whole answer — exit code, stdout, stderr — for each fixture folder with its own
 * configuration. A change in any of them is a change users see: review the snapshot diff.
 */
const cases: Array<[folder: string, argv: string[]]> = [
  ['discovery', ['.', '-f', 'compact']],
  ['discovery', ['--print-config', 'nested/article.md']],
  ['discovery', ['.', '--no-config', '-f', 'compact', '-q']],
  ['discovery', ['.', '-c', 'pkg/package.json', '-f', 'compact']],
  ['disables', ['article.md']],
  ['thresholds', ['article.md', '-f', 'compact']],
  ['thresholds', ['article.md', '--min-score', '95', '-f', 'compact']],
  ['thresholds', ['article.md', '--max-warnings', '0', '-f', 'compact']],
  ['thresholds', ['article.md', '--quiet', '--max-warnings', '0']],
  ['ignores', ['.', '-f', 'compact']],
  ['ignores', ['.', 'nothing/*.md', '-f', 'compact']],
  ['ignores', ['.', 'nothing/*.md', '--no-error-on-unmatched-pattern', '-f', 'compact']],
  ...['bad-severity.json', 'bad-option.json', 'unknown-rule.json', 'bad-threshold.json', 'not-json.json', 'not-yaml.yaml', 'unknown-key.json'].map(
    (c): [string, string[]] => ['invalid-config', ['article.md', '-c', c]],
  ),
  ...['stylish', 'json', 'sarif', 'github', 'junit', 'compact', 'markdown', 'gitlab'].map((f): [string, string[]] => ['formats', ['article.md', 'missing.md', '-f', f]]),
];

describe('CLI answers per fixture folder', () => {
  it.each(cases)('%s: seo-check %j', async (folder, argv) => {
    const r = await runCli(argv, { cwd: `${FIXTURES}cli/${folder}` });
    const stable = (s: string) => s.split(ROOT).join('<repo>/');
    expect({ code: r.code, stdout: stable(r.stdout), stderr: stable(r.stderr) }).toMatchSnapshot();
  });
});
