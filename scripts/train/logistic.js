// L2-regularised weighted logistic regression by Newton's method (IRLS) on standardised features.
// Hand-written: ~20 features, so each Newton step is a 20×20 solve; no npm package needed for that.

function solve(a, b) {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  for (let c = 0; c < n; c += 1) {
    let p = c;
    for (let r = c + 1; r < n; r += 1) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = 0; r < n; r += 1) {
      if (r === c || m[c][c] === 0) continue;
      const f = m[r][c] / m[c][c];
      for (let k = c; k <= n; k += 1) m[r][k] -= f * m[c][k];
    }
  }
  return m.map((row, i) => (row[i] === 0 ? 0 : row[n] / row[i]));
}

/** Fits σ(w·z + b) to rows {x, y, w}; returns { mean, scale, weights, bias }. */
export function fitLogistic(rows, { l2 = 1, iterations = 8 } = {}) {
  const d = rows[0].x.length;
  const mean = new Array(d).fill(0);
  const sq = new Array(d).fill(0);
  let wsum = 0;
  for (const r of rows) {
    wsum += r.w;
    r.x.forEach((v, j) => { mean[j] += r.w * v; sq[j] += r.w * v * v; });
  }
  for (let j = 0; j < d; j += 1) mean[j] /= wsum;
  const scale = sq.map((s, j) => Math.sqrt(Math.max(s / wsum - mean[j] ** 2, 0)) || 1);
  const z = rows.map((r) => [...r.x.map((v, j) => (v - mean[j]) / scale[j]), 1]);
  let beta = new Array(d + 1).fill(0);
  for (let it = 0; it < iterations; it += 1) {
    const h = Array.from({ length: d + 1 }, () => new Array(d + 1).fill(0));
    const g = new Array(d + 1).fill(0);
    rows.forEach((r, i) => {
      const zi = z[i];
      let s = 0;
      for (let j = 0; j <= d; j += 1) s += beta[j] * zi[j];
      const p = 1 / (1 + Math.exp(-s));
      const wv = r.w * p * (1 - p);
      for (let j = 0; j <= d; j += 1) {
        g[j] += r.w * (r.y - p) * zi[j];
        for (let k = j; k <= d; k += 1) h[j][k] += wv * zi[j] * zi[k];
      }
    });
    for (let j = 0; j <= d; j += 1) for (let k = 0; k < j; k += 1) h[j][k] = h[k][j];
    for (let j = 0; j < d; j += 1) { h[j][j] += l2; g[j] -= l2 * beta[j]; }
    const step = solve(h, g);
    beta = beta.map((b, j) => b + step[j]);
  }
  return { mean, scale, weights: beta.slice(0, d), bias: beta[d] };
}

/** Platt scaling: fits σ(a·s + b) to [{ s, y, w? }] (weighted Newton on two parameters). */
export function fitPlatt(points) {
  const mean = points.reduce((t, p) => t + (p.w ?? 1), 0) / points.length;
  const rows = points.map((p) => ({ x: [p.s], y: p.y, w: (p.w ?? 1) / mean }));
  const m = fitLogistic(rows, { l2: 0, iterations: 25 });
  const a = m.weights[0] / m.scale[0];
  return { a, b: m.bias - a * m.mean[0] };
}

/** The logit of a fitted model for a raw feature vector. */
export function modelLogit(model, x) {
  let s = model.bias;
  for (let j = 0; j < x.length; j += 1) s += (model.weights[j] * (x[j] - model.mean[j])) / model.scale[j];
  return s;
}
