import { heuristic } from './basis.js';
import { defineRule, type Level, type Rule } from './types.js';
import type { KeyphraseFacts, Placement } from '../measure/keyphrase.js';

type Place = 'title' | 'description' | 'slug';

/** The keyphrase as a failure names it: with its synonyms, when it has some. */
export function orSynonym(kp: KeyphraseFacts): string {
  if (kp.synonyms.length === 0) return `"${kp.phrase}"`;
  return `"${kp.phrase}" or a synonym (${kp.synonyms.map((s) => `"${s.phrase}"`).join(', ')})`;
}

/** What a passed placement found: the keyphrase itself, or through which synonym. */
export function foundWhat(kp: KeyphraseFacts, where: Placement): string {
  return where.via === undefined ? `"${kp.phrase}"` : `"${kp.phrase}" through its synonym "${where.via}"`;
}

/**
 * A "keyphrase in the title / description / slug" rule: the three differ only in the place they
 * read, so they share one definition.
 */
export function placementRule(place: Place, defaultSeverity: Level, weight: number, description: string, why: string): Rule<{}> {
  return defineRule({
    id: `keyphrase-in-${place}`,
    description,
    scope: 'keyphrase',
    defaultSeverity,
    weight,
    basis: heuristic(why),
    options: {},
    messages: {
      missing: `There is no ${place}, so "{{phrase}}" cannot be in it`,
      absent: `Put {{target}} in the ${place}: "{{value}}"`,
      found: `The ${place} holds {{what}} ({{how}})`,
    },
    check({ meta }, _options, kp) {
      const value = meta[place];
      const at = { line: meta.lines[place] };
      if (value === null) return [{ passed: false, messageId: 'missing', data: { phrase: kp!.phrase }, at }];
      const where = kp![place];
      if (!where.found) return [{ passed: false, messageId: 'absent', data: { target: orSynonym(kp!), value }, at }];
      const how = where.exact ? 'as written' : 'all its words, in another order';
      return [{ passed: true, messageId: 'found', data: { what: foundWhat(kp!, where), how }, at }];
    },
  });
}
