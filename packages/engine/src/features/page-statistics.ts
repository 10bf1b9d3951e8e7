import type { Candidate, CandidateSet } from '../candidates/candidate.js';

/**
 * Features 0..18 of both rankers: the candidate's statistics on its page (frequency, position, spread,
 * length, title, run context, capitals, tightness, last stem length, connector). See FEATURE_NAMES; the
 * documentation ranker reads `words3` as "three words or more" (`threeOrMore`), the prose rankers as three.
 */
export function pageStatistics(c: Candidate, set: CandidateSet, connectorFeature: boolean, out: number[], threeOrMore = false): void {
  const total = Math.max(1, set.totalWords);
  const n = c.stems.length;
  let logWordCounts = 0;
  for (const stem of c.stems) logWordCounts += Math.log(set.stemCounts.get(stem) ?? 1);
  const count = c.count;
  out[0] = Math.log1p(count);
  out[1] = Math.log1p(total);
  out[2] = Math.log1p((1000 * count) / total);
  out[3] = c.firstWord / total;
  out[4] = Math.log1p(c.firstWord);
  out[5] = (c.lastWord - c.firstWord) / total;
  out[6] = n === 1 ? 1 : 0;
  out[7] = n === 2 ? 1 : 0;
  out[8] = (threeOrMore ? n >= 3 : n === 3) ? 1 : 0;
  out[9] = c.inTitle ? 1 : 0;
  out[10] = c.maximalCount / count;
  out[11] = c.leftInside / count;
  out[12] = c.rightInside / count;
  out[13] = c.leftStop / count;
  out[14] = c.rightStop / count;
  out[15] = c.capitalisedCount / count;
  out[16] = Math.log(count) - logWordCounts / n;
  out[17] = Math.log((c.stems[n - 1] ?? '').length + 1);
  out[18] = connectorFeature && c.connectors > 0 ? 1 : 0;
}
