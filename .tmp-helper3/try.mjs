import { Analyzer } from '/work/main/.tmp-helper3/dist/index.js';
import { readFileSync } from 'node:fs';
const text = readFileSync('/work/main/fixtures/trump-putin-meeting.md','utf8');
const a = new Analyzer({ keyphrases: ['Trump Putin meeting','US Russia relations','Ukraine conflict diplomacy'], aliases: {US: ['U.S.', 'United States', 'USA']}, synonyms: [], explain: true });
const r = a.analyze(text, 'fixtures/trump-putin-meeting.md');
for (const k of r.keyphrases) console.log(k.phrase, k.count, k.sentenceMatches, k.countWithSynonyms, JSON.stringify(k.nearMatches), JSON.stringify(k.distribution.longestGap), k.distribution.sections.map(s=>s.sentencesWith+'/'+s.sentences).join(' '));
console.log(JSON.stringify(r.explain[0], null, 1).slice(0, 3000));
console.log(r.checks.filter(c=>c.id.includes('distr')));
