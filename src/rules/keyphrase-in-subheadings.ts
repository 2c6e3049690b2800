import { heuristic } from './basis.js';
import { share } from './options.js';
import { blockPlace } from './places.js';
import { defineRule, type Place } from './types.js';
import type { Document } from '../parse/document.js';

/** The place of the heading on `line`. */
function headingAt(doc: Document, line: number | undefined): Place | undefined {
  const index = doc.blocks.findIndex((b) => b.kind === 'heading' && b.line === line);
  return index === -1 ? undefined : blockPlace(doc, index);
}

export default defineRule({
  id: 'keyphrase-in-subheadings',
  description: 'A share of the subheadings (H2–H6) hold the keyphrase: enough to signal the topic, not all of them.',
  scope: 'keyphrase',
  defaultSeverity: 'warning',
  weight: 1,
  basis: heuristic('Subheadings tell skimming readers what each part is about; Yoast asks for the keyphrase in 30–75 % of them.'),
  options: {
    min: share(30, 'The smallest share of subheadings (%) that should hold the keyphrase.'),
    max: share(75, 'The largest share (%): more reads as repetitive.'),
  },
  order: [['min', 'max']],
  messages: {
    noSubheadings: 'No subheadings to hold the keyphrase',
    single: '{{what}}',
    tooFew: '{{what}}: use it in at least {{min}} % of them',
    tooMany: '{{what}}: use it in at most {{max}} % of them; vary the others',
    within: '{{what}}, within {{min}}–{{max}} %',
  },
  check({ doc }, { min, max }, kp) {
    const { total, matching, lines, via } = kp!.subheadings;
    if (total === 0) return [{ passed: true, messageId: 'noSubheadings' }];
    const percent = Math.round((100 * matching) / total);
    const synonyms = [...new Set(via.map((v) => `"${v.synonym}"`))].join(', ');
    const what = `${matching} of ${total} subheadings (${percent} %) hold "${kp!.phrase}"${via.length === 0 ? '' : ` (${via.length} through ${synonyms})`}`;
    const data = { what, matching, total, share: percent, min, max, phrase: kp!.phrase };
    const firstMatch = headingAt(doc, lines[0]);
    if (total === 1 && matching === 1) return [{ passed: true, messageId: 'single', data, at: firstMatch }];
    if (percent < min) {
      const firstSub = doc.blocks.find((b) => b.kind === 'heading' && b.level >= 2);
      return [{ passed: false, messageId: 'tooFew', data, at: headingAt(doc, firstSub?.line) }];
    }
    if (percent > max) return [{ passed: false, messageId: 'tooMany', data, at: firstMatch }];
    return [{ passed: true, messageId: 'within', data, at: firstMatch }];
  },
});
