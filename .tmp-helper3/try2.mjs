import { Analyzer } from './dist/index.js';
import stylish from './dist/report/stylish.js';
import { summarize } from './dist/report/summary.js';
import { readFileSync } from 'node:fs';
const text = readFileSync('/work/main/fixtures/trump-putin-meeting.md','utf8');
const a = new Analyzer({ keyphrases: ['Trump Putin meeting','US Russia relations','Ukraine conflict diplomacy'], synonyms: ['summit'], explain: process.argv[2]==='x' });
const r = a.analyze(text, 'fixtures/trump-putin-meeting.md');
const results=[r];
console.log(stylish({tool:{name:'seo-check',version:'0'}, summary: summarize(results), results}, {color: false, columns: 120}));
