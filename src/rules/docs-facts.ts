import { Languages, STEMMED_LANGUAGES } from '../languages/registry.js';
import type { Rule } from './types.js';

/** Which languages a rule judges, in words, for its docs page (computed from its `judges`). */
export function languagesText(rule: Rule<any>): string {
  if (rule.judges === undefined) return 'every language';
  const languages = new Languages();
  const judged = STEMMED_LANGUAGES.map((code) => languages.get(code)).filter((l) => rule.judges!(l) === null);
  const names = judged.map((l) => `${l.name} (\`${l.code}\`)`);
  return names.length === 0 ? 'none yet' : `${names.join(', ')}; skipped for other languages`;
}
