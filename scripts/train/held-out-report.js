// Held-out figures per development set: micro F1@10 over distinct top-10 and ECE of Platt relevance.

export function heldOutReport(heldOut, score, calibration) {
  const report = {};
  for (const [set, docs] of Object.entries(heldOut)) {
    if (docs.length === 0) continue;
    let correct = 0;
    let predicted = 0;
    let gold = 0;
    const bins = Array.from({ length: 10 }, () => ({ n: 0, rel: 0, hit: 0 }));
    for (const d of docs) {
      const top = topDistinct(d.rows, score, 10);
      correct += top.filter((t) => t.y).length;
      predicted += top.length;
      gold += d.gold;
      for (const t of top) {
        const rel = 1 / (1 + Math.exp(-(calibration.a * t.s + calibration.b)));
        const b = bins[Math.min(9, Math.floor(rel * 10))];
        b.n += 1;
        b.rel += rel;
        b.hit += t.y;
      }
    }
    const p = correct / predicted;
    const r = correct / gold;
    const n = bins.reduce((s, b) => s + b.n, 0);
    const ece = bins.reduce((s, b) => s + (b.n ? (b.n / n) * Math.abs(b.rel / b.n - b.hit / b.n) : 0), 0);
    report[set] = { docs: docs.length, f10: +((2 * p * r) / (p + r || 1)).toFixed(4), p10: +p.toFixed(4), ece: +ece.toFixed(4) };
  }
  return report;
}

/** The top-k rows by score with distinct normalised forms, as { s, y }. */
export function topDistinct(rows, score, k) {
  const sorted = rows.map((r) => ({ s: score(r), y: r.y, norm: r.norm })).sort((a, b) => b.s - a.s);
  const seen = new Set();
  const out = [];
  for (const r of sorted) {
    if (seen.has(r.norm)) continue;
    seen.add(r.norm);
    out.push(r);
    if (out.length === k) break;
  }
  return out;
}

