import { loadavg } from 'node:os';

/**
 * What a suite of `npm run bench` is: a name, a line of help, and a function that measures and
 * returns rows of the summary table (metric, goal, what was measured, its reference, met or not)
 * and any sections of detail to print under it. bench/run.ts lists the suites; a new one is a file
 * exporting a `BenchSuite` and one line in that list.
 */

export interface BenchRow {
  metric: string;
  goal: string;
  /** The figure compared with the goal, as printed ("1.21×", "12.3 ms"). */
  measured: string;
  /** What it was measured against, with the raw figures ("14.1 ms HTTP ÷ 11.6 ms bare"). */
  reference: string;
  /** null: not measured in this run (the reference says why). */
  met: boolean | null;
  /** The 1-minute load average when the figure was taken. */
  load?: number;
  /** The raw numbers, for the JSON file. */
  values?: Record<string, number>;
}

export interface SuiteResult {
  rows: BenchRow[];
  /** Plain-text detail printed after the summary (tables by endpoint, query kind, ...). */
  sections: string[];
}

/** The options every suite sees (bench/run.ts parses them once). */
export interface BenchSettings {
  /** Mentors seeded for the main measurements. */
  mentors: number;
  /** Members in all for the scale comparison (mentors included); equal to `mentors` when not asked for. */
  members: number;
  /** Mentors at the scale comparison's large size (see bench/suites/search.ts). */
  scaleMentors: number;
  queries: number;
  warmup: number;
  databases: Array<'postgres' | 'pglite'>;
  inboxCalls: number;
}

export interface SuiteContext {
  settings: BenchSettings;
  log: (message: string) => void;
  /** Registers an undo for an interrupted run (Ctrl-C); returns the function that unregisters it. */
  onInterrupt: (undo: () => Promise<void>) => () => void;
}

export interface BenchSuite {
  name: string;
  /** One line for --help. */
  description: string;
  /** Whether `npm run bench` runs it without --suites. */
  byDefault: boolean;
  run(context: SuiteContext): Promise<SuiteResult>;
}

export const loadNow = (): number => loadavg()[0]!;

export const ratio = (value: number): string => (Number.isFinite(value) ? `${value.toFixed(2)}×` : '–');

/** A row for a ratio with an upper bound. */
export function ratioRow(metric: string, goal: number, value: number, reference: string, values: Record<string, number> = {}): BenchRow {
  return { metric, goal: `≤ ${goal}×`, measured: ratio(value), reference, met: value <= goal, load: loadNow(), values: { ...values, ratio: value } };
}

/** A row that this run did not measure, saying why. */
export function notMeasured(metric: string, goal: string, why: string): BenchRow {
  return { metric, goal, measured: '–', reference: why, met: null };
}
