/** The one table the bench prints: each figure beside its baseline from the same run, as a ratio. */

export interface Row {
  section: string;
  measure: string;
  ours: string;
  baseline: string;
  /** ours ÷ baseline; null when there is no baseline figure. */
  ratio: number | null;
  target: string;
  /** null: no target, or not measurable. */
  met: boolean | null;
  /** The raw numbers behind the row, for bench-results.json. */
  values?: Record<string, unknown>;
}

const int = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });

export const fmt = {
  rps: (n: number) => `${int.format(n)} req/s`,
  perSecond: (n: number, unit: string) => `${int.format(n)} ${unit}/s`,
  ms: (n: number) =>
    Number.isFinite(n) ? `${n < 10 ? n.toFixed(2) : n < 100 ? n.toFixed(1) : int.format(n)} ms` : 'n/a',
  count: (n: number) => int.format(n),
  bytes: (n: number) =>
    n >= 1e9
      ? `${(n / 1e9).toFixed(2)} GB`
      : n >= 1e6
        ? `${(n / 1e6).toFixed(1)} MB`
        : n >= 1e4
          ? `${(n / 1e3).toFixed(1)} kB`
          : `${int.format(n)} B`,
  seconds: (s: number) => (s >= 90 ? `${Math.floor(s / 60)} min ${Math.round(s % 60)} s` : `${s.toFixed(1)} s`),
  ratio: (r: number | null) => (r === null || !Number.isFinite(r) ? '–' : `${r < 10 ? r.toFixed(2) : r.toFixed(0)}×`),
};

export const ratio = (ours: number, baseline: number): number | null =>
  Number.isFinite(ours) && Number.isFinite(baseline) && baseline !== 0 ? ours / baseline : null;

export function renderTable(rows: readonly Row[]): string {
  const header = ['measure', 'ours', 'baseline', 'ratio', 'target', 'met'];
  const cells = rows.map((r) => [
    r.measure,
    r.ours,
    r.baseline,
    fmt.ratio(r.ratio),
    r.target || '–',
    r.met === null ? '–' : r.met ? 'yes' : 'NO',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => `| ${c.map((v, i) => v.padEnd(widths[i]!)).join(' | ')} |`;
  const out = [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`];
  let section = '';
  for (const [i, row] of rows.entries()) {
    if (row.section !== section) {
      section = row.section;
      out.push(line([`**${section}**`, '', '', '', '', '']));
    }
    out.push(line(cells[i]!));
  }
  return out.join('\n');
}
