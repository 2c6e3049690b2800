import { defineRule } from './types.js';

export default defineRule({
  id: 'keyphrase-in-subheadings',
  description: 'A share of the subheadings (H2–H6) hold the keyphrase: enough to signal the topic, not all of them.',
  scope: 'keyphrase',
  defaultSeverity: 'warning',
  defaultOptions: { min: 30, max: 75 },
  weight: 1,
  check({ doc }, { min, max }, kp) {
    const { total, matching, lines } = kp!.subheadings;
    if (total === 0) return [{ passed: true, message: 'No subheadings to hold the keyphrase' }];
    const share = Math.round((100 * matching) / total);
    const via = kp!.subheadings.via;
    const synonyms = [...new Set(via.map((v) => `"${v.synonym}"`))].join(', ');
    const what = `${matching} of ${total} subheadings (${share} %) hold "${kp!.phrase}"${via.length === 0 ? '' : ` (${via.length} through ${synonyms})`}`;
    if (total === 1 && matching === 1) return [{ passed: true, message: what, line: lines[0] }];
    const firstSub = doc.blocks.find((b) => b.kind === 'heading' && b.level >= 2);
    if (share < min) return [{ passed: false, message: `${what}: use it in at least ${min} % of them`, line: firstSub?.line }];
    if (share > max) return [{ passed: false, message: `${what}: use it in at most ${max} % of them; vary the others`, line: lines[0] }];
    return [{ passed: true, message: `${what}, within ${min}–${max} %`, line: lines[0] }];
  },
});
