/** Small numeric tools the robustness tests share: a seeded random source, quantiles, a rank-sum effect size. */
import type { TestContext } from 'node:test';

/**
 * A seeded generator (mulberry32). The seed comes from ROBUSTNESS_SEED or the clock, and is printed, so a
 * failure at a random moment can be replayed.
 */
export function random(t: TestContext): () => number {
  let seed = Number(process.env.ROBUSTNESS_SEED || Date.now() % 2 ** 31) >>> 0;
  t.diagnostic(`random seed ${seed} (replay with ROBUSTNESS_SEED=${seed})`);
  return () => {
    seed = (seed + 0x6d2b79f5) >>> 0;
    let x = seed;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 2 ** 32;
  };
}

export function quantile(values: readonly number[], q: number): number {
  if (!values.length) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/**
 * The probability that a value drawn from `a` exceeds one drawn from `b` (ties count half): the Mann-Whitney U
 * statistic scaled to 0..1, also called the common-language effect size or AUC. 0.5 means no difference in
 * location; it depends on ranks only, so a few huge outliers (a GC pause, a neighbour's burst) barely move it.
 */
export function probabilityOfSuperiority(a: readonly number[], b: readonly number[]): number {
  const all = [...a.map((v) => ({ v, fromA: true })), ...b.map((v) => ({ v, fromA: false }))].sort((x, y) => x.v - y.v);
  let rankSumA = 0;
  for (let i = 0; i < all.length; ) {
    let j = i;
    while (j < all.length && all[j]!.v === all[i]!.v) j++;
    const midRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.fromA) rankSumA += midRank;
    i = j;
  }
  const u = rankSumA - (a.length * (a.length + 1)) / 2;
  return u / (a.length * b.length);
}
