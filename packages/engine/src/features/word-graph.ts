/** Words within this many content words of each other are linked (SingleRank's window). */
const WINDOW = 3;
const DAMPING = 0.85;
const ITERATIONS = 30;

/**
 * Word centrality: a co-occurrence graph of content-word stems (SingleRank, Wan & Xiao 2008) ranked by
 * PageRank biased towards words that occur early and often (PositionRank, Florescu & Caragea 2017).
 * Returns each stem's score divided by the highest score, so values are in (0, 1].
 * Hand-written because no npm graph library offers weighted personalised PageRank on plain arrays at this
 * speed; it is 40 lines.
 */
export function rankWords(sequence: readonly (string | null)[], positions: readonly number[]): Map<string, number> {
  const ids = new Map<string, number>();
  const stems: string[] = [];
  const bias: number[] = [];
  const seq: number[] = [];
  sequence.forEach((stem, i) => {
    if (stem === null) return;
    let id = ids.get(stem);
    if (id === undefined) {
      id = stems.length;
      ids.set(stem, id);
      stems.push(stem);
      bias.push(0);
    }
    bias[id]! += 1 / (positions[i]! + 1);
    seq.push(id);
  });
  const n = stems.length;
  const result = new Map<string, number>();
  if (n === 0) return result;
  const edges = new Map<number, number>();
  for (let i = 0; i < seq.length; i += 1) {
    for (let j = i + 1; j < Math.min(seq.length, i + WINDOW); j += 1) {
      const a = seq[i]!;
      const b = seq[j]!;
      if (a === b) continue;
      const k1 = a * n + b;
      const k2 = b * n + a;
      edges.set(k1, (edges.get(k1) ?? 0) + 1);
      edges.set(k2, (edges.get(k2) ?? 0) + 1);
    }
  }
  const from: number[] = [];
  const to: number[] = [];
  const weight: number[] = [];
  const outWeight = new Float64Array(n);
  for (const [k, w] of edges) {
    const a = Math.floor(k / n);
    from.push(a);
    to.push(k - a * n);
    weight.push(w);
    outWeight[a]! += w;
  }
  const biasSum = bias.reduce((s, b) => s + b, 0);
  const teleport = bias.map((b) => b / biasSum);
  let score = Float64Array.from(teleport);
  for (let it = 0; it < ITERATIONS; it += 1) {
    const next = new Float64Array(n);
    for (let e = 0; e < from.length; e += 1) next[to[e]!]! += (score[from[e]!]! * weight[e]!) / outWeight[from[e]!]!;
    for (let i = 0; i < n; i += 1) next[i] = (1 - DAMPING) * teleport[i]! + DAMPING * next[i]!;
    score = next;
  }
  let max = 0;
  for (const s of score) max = Math.max(max, s);
  stems.forEach((stem, i) => result.set(stem, max > 0 ? score[i]! / max : 0));
  return result;
}
