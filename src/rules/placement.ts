import { defineRule, type Level, type Rule } from './types.js';
import type { Meta } from '../measure/meta.js';
import type { KeyphraseFacts } from '../measure/keyphrase.js';

type Place = 'title' | 'description' | 'slug';

/** The keyphrase as a failure names it: with its synonyms, when it has some. */
export function orSynonym(kp: KeyphraseFacts): string {
  if (kp.synonyms.length === 0) return `"${kp.phrase}"`;
  return `"${kp.phrase}" or a synonym (${kp.synonyms.map((s) => `"${s.phrase}"`).join(', ')})`;
}

/**
 * A "keyphrase in the title / description / slug" rule: the three differ only in the place they
 * read, so they share one definition.
 */
export function placementRule(place: Place, defaultSeverity: Level, weight: number, description: string): Rule<{}> {
  return defineRule({
    id: `keyphrase-in-${place}`,
    description,
    scope: 'keyphrase',
    defaultSeverity,
    defaultOptions: {},
    weight,
    check({ meta }: { meta: Meta }, _options, kp) {
      const value = meta[place];
      const line = meta.lines[place];
      if (value === null) {
        return [{ passed: false, message: `There is no ${place}, so "${kp!.phrase}" cannot be in it`, line }];
      }
      const where = kp![place];
      if (!where.found) return [{ passed: false, message: `Put ${orSynonym(kp!)} in the ${place}: "${value}"`, line }];
      const how = where.exact ? 'as written' : 'all its words, in another order';
      const what = where.via === undefined ? `"${kp!.phrase}"` : `"${kp!.phrase}" through its synonym "${where.via}"`;
      return [{ passed: true, message: `The ${place} holds ${what} (${how})`, line }];
    },
  });
}
