import { Analyzer } from './dist/index.js';
const cases = [
 ['es', 'Los gatos negros duermen.', 'gato negro'],
 ['es', 'Las reuniones diplomáticas fracasaron.', 'reunión diplomática'],
 ['fr', 'Les chevaux blancs courent.', 'cheval blanc'],
 ['fr', 'Les réunions diplomatiques ont échoué.', 'réunion diplomatique'],
 ['de', 'Die Häuser der Stadt sind alt.', 'Haus Stadt'],
 ['de', 'Die alten Häuser stehen hier.', 'altes Haus'],
 ['ru', 'Встречи Трампа и Путина отменены.', 'встреча Трампа'],
 ['ru', 'Мы говорили о российско-американских отношениях.', 'российско-американские отношения'],
 ['pl', 'Spotkania Trumpa.', 'spotkanie'],
 ['zh', '特朗普与普京的会议取消了。', '会议'],
 ['ja', 'トランプとプーチンの会談は中止された。', '会談'],
];
for (const [lang, text, k] of cases) {
  for (const l of [lang, 'en']) {
    const r = new Analyzer({ keyphrases: [k], language: l, warn: (m) => console.log('WARN', m) }).analyze(text, 'a.md');
    console.log(l, k, r.keyphrases[0].count, r.keyphrases[0].sentenceMatches, r.stats.words);
  }
}
