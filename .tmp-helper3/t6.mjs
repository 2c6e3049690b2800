import { Analyzer } from './dist/index.js';
import { readFileSync } from 'node:fs';
const seed = readFileSync('fixtures/trump-putin-meeting.md','utf8');
const r = new Analyzer({ keyphrases: ['Trump Putin meeting','Ukraine conflict diplomacy'] }).analyze(seed, 'fixtures/trump-putin-meeting.md');
for (const k of r.keyphrases) console.log(JSON.stringify(k.distribution));
console.log(r.checks.filter(c => c.id==='keyphrase-distribution'));
const small = '# Fox facts\n\nThe red fox hunts at night. It eats mice.\n\n## Habitat\n\nFoxes live in dens. A red fox can run fast. Trump and the red fox met.\n';
const s = new Analyzer({ keyphrases: ['red fox'], explain: true }).analyze(small, 'fox.md');
console.log(JSON.stringify(s.keyphrases[0].distribution), JSON.stringify(s.explain, null, 0));
