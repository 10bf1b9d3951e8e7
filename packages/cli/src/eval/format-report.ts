import type { DatasetReport } from './evaluate-dataset.js';

const f3 = (x: number): string => x.toFixed(3);

/** A plain-text table of the reports, one row per dataset. */
export function formatReport(datasets: Readonly<Record<string, DatasetReport>>): string {
  const header = ['dataset', 'docs', 'P@5', 'R@5', 'F1@5', 'P@10', 'R@10', 'F1@10', 'macroF1@10', 'ECE', 'P(>0.7)', 'pick%', 'pickP', 'docs/s', 'MB/s', 'RSS MB'];
  const rows = Object.entries(datasets).map(([name, r]) => [
    name, String(r.docs), f3(r.micro.p5), f3(r.micro.r5), f3(r.micro.f5), f3(r.micro.p10), f3(r.micro.r10), f3(r.micro.f10),
    f3(r.macro.f10), f3(r.ece), f3(r.precisionAbove70), (100 * r.ourPick.nonEmpty).toFixed(0), f3(r.ourPick.precision), r.docsPerSecond.toFixed(0), r.mbPerSecond.toFixed(2), r.peakRssMb.toFixed(0),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return `${[line(header), ...rows.map(line)].join('\n')}\n`;
}
