/** What every bench section gets: its options, a scratch folder and a log line (stderr; the table is stdout). */
import type { Request } from 'autocannon';
import { type LoadResult, type LoadSpec, load } from './load.js';

export interface BenchContext {
  quick: boolean;
  /** Seconds per measured load run. */
  seconds: number;
  /** Seconds of discarded load before each measured run (JIT, connections, page cache). */
  warmupSeconds: number;
  /** Connections for the public read runs. */
  connections: number;
  /** Interleaved rounds of the section 1 runs; each server keeps its best. */
  rounds: number;
  /** Scratch folder for this run, removed at the end. */
  tmp: string;
  log: (line: string) => void;
}

/** A warm-up run that is thrown away, then the measured one. */
export async function measured(ctx: BenchContext, spec: Omit<LoadSpec, 'seconds'>): Promise<LoadResult> {
  if (ctx.warmupSeconds > 0) await load({ ...spec, seconds: ctx.warmupSeconds });
  return load({ ...spec, seconds: ctx.seconds });
}

export type NextRequest = () => Request;
