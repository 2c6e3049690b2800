import { Analyzer } from './dist/index.js';
const cases = [
 ['es', 'Los niños cantaban canciones.', 'cantar canción'],
 ['es', 'Ayer comieron manzanas rojas.', 'comer manzana roja'],
 ['es', 'Las reuniones diplomáticas fracasaron.', 'reunión diplomática'],
 ['fr', 'Les chevaux blancs courent.', 'cheval blanc'],
 ['de', 'Die alten Häuser stehen hier.', 'altes Haus'],
 ['ru', 'Встречи Трампа и Путина отменены.', 'встреча Трампа'],
];
for (const [lang, text, k] of cases) for (const l of [lang, 'en']) {
  const r = new Analyzer({ keyphrases: [k], language: l }).analyze(text, 'a.md');
  console.log(l, k, r.keyphrases[0].count, r.keyphrases[0].sentenceMatches);
}
