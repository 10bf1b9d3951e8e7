import { describe, expect, it } from 'vitest';
import { addLabelsBodySchema, isVisibleLabel, labelSchema } from '../src/view/label-rules.js';

describe('label rules of the API (issue 12, also flagged: look-alike labels)', () => {
  it('refuses invisible and direction-control characters', () => {
    for (const label of ['\u200b', '\u202eabc', 'ab\u200bc', 'a\u200ec', '\u2066x\u2069', '\ufeffapi', 'soft\u00adhyphen', 'nb\u00a0sp', 'ideo\u3000space', 'tab\tbed', 'x\u0000', '\ue000private', '\u0301accent-first', 'lone\ud800']) {
      expect(isVisibleLabel(label), JSON.stringify(label)).toBe(false);
      expect(labelSchema.safeParse(label).success, JSON.stringify(label)).toBe(false);
    }
  });

  it('NFC-normalises, so e + combining acute is the same label as é', () => {
    expect(labelSchema.parse('caf' + 'e\u0301')).toBe('café');
    expect(isVisibleLabel('e\u0301')).toBe(false);
    expect(addLabelsBodySchema.safeParse({ labels: ['café', 'cafe\u0301'] }).success).toBe(false); // the same label twice
  });

  it('accepts what people type: letters of any script, digits, / " \' + _ -, emoji and emoji ZWJ sequences', () => {
    for (const label of ['api', 'rest-api', 'ci/cd', 'c++', 'größe', 'кластер', '日本語', 'مرحبا', '🚀', '❤️', '👩‍💻', '👍🏽', 'v2_beta', '"quoted"']) {
      expect(isVisibleLabel(label), label).toBe(true);
      expect(labelSchema.safeParse(label).success, label).toBe(true);
    }
  });

  it('keeps a ZWJ only between pictographs', () => {
    expect(isVisibleLabel('a\u200db')).toBe(false);
    expect(isVisibleLabel('🚀\u200d')).toBe(false);
    expect(isVisibleLabel('x\ufe0f')).toBe(false);
  });
});
