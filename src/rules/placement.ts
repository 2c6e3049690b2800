import { defineRule, type Level, type Rule } from './types.js';
import type { Meta } from '../measure/meta.js';

type Place = 'title' | 'description' | 'slug';

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
      if (!where.found) return [{ passed: false, message: `Put "${kp!.phrase}" in the ${place}: "${value}"`, line }];
      const how = where.exact ? 'as written' : 'all its words, in another order';
      return [{ passed: true, message: `The ${place} holds "${kp!.phrase}" (${how})`, line }];
    },
  });
}
