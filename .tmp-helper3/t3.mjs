import { tokenize } from './dist/text/tokenize.js';
import { WordFolder } from './dist/text/fold.js';
const f = new WordFolder();
for (const s of ['C++ (v2.0) .*', 'Learn C++ (v2.0) .* today; C is older.']) console.log(tokenize(s, f).map(t => `${t.surface}|${t.key}|j${+t.joined}`).join('  '));
