import { readFileSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { parse } from 'yaml';
import { readSimpleYaml } from '/work/main/dist/parse/simple-yaml.js';
import { isDeepStrictEqual } from 'node:util';
const files = execSync('find /work/shared/corpus/articles /work/main/fixtures -type f -name "*.md"').toString().trim().split('\n');
const raws = [];
for (const f of files) { const t = readFileSync(f, 'utf8'); const m = /^---\n([\s\S]*?\n)---\n/.exec(t); if (m) raws.push(m[1]); }
const tricky = ['a: 007\n', 'a: +5\n', 'a: 2020-01-01\n', 'a: 2017-09-28 10:00:00 -0400\n', 'a: yes\nb: no\nc: on\n', 'a: ~\nb: null\nc: Null\nd:\n', 'a: "x # y"\n', "a: 'it''s'\n", 'a: x # c\n', 'a: C#\n', 'a: https://x.com/a?b=c\n', 'tags:\n- a\n- b\n', 'tags:\n  - a\n  - "b"\n', 'a:\n# c\n  - x\n', 'a: [1, 2]\n', 'a: b: c\n', 'a: x\na: y\n', 'a: 12345678901234567890\n', 'a: 1e3\n', 'a: TRUE\nb: False\n', 'a: Ünïcode ✓\n', 'a: "dq"  # c\n', 'a: x  \n', 'a: -x\n', 'a: x,y\n', 'a: {b}\n', 'a: 0x1F\n', 'a: 0o17\n', 'a: .5\n', 'a: x\n  y\n', 'tags:\n  - a\nb: c\n', 'a: \'\'\n', 'a: ""\n', 'a: 1_000\n', 'a: 12:30\n', 'a: 1:2:3\n', 'a: x:\n', 'a: .inf\n', 'a: -.inf\n', 'a: 0\n', 'a: -0\n', 'a: 00\n'];
let simple = 0, same = 0, bad = [];
for (const raw of [...raws, ...tricky]) {
  let expected; try { expected = parse(raw); } catch { expected = 'ERROR'; }
  const got = readSimpleYaml(raw);
  if (got === undefined) continue;
  simple++;
  const exp = expected === null || expected === undefined ? {} : expected;
  if (isDeepStrictEqual(got, exp)) same++; else bad.push([raw, got, exp]);
}
console.log('front matters', raws.length, 'tricky', tricky.length, 'simple path', simple, 'identical', same);
for (const b of bad) console.log(JSON.stringify(b));
for (const t of tricky) console.log(JSON.stringify(t).padEnd(40), readSimpleYaml(t) === undefined ? 'fallback' : JSON.stringify(readSimpleYaml(t)));
