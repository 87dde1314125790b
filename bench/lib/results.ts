import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatTable } from './stats';
import type { BenchRow, BenchSettings } from './suite';

/** Where `npm run bench` writes its results (git-ignored). */
export const RESULTS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'results');

export interface RunRecord {
  startedAt: string;
  seconds: number;
  commit: string | null;
  settings: BenchSettings;
  cpus: number;
  /** 1-, 5- and 15-minute load averages at the start and the end of the run. */
  load: { start: number[]; end: number[] };
  suites: string[];
  rows: Array<BenchRow & { suite: string }>;
  sections: string[];
}

const mark = (met: boolean | null) => (met === null ? 'not run' : met ? 'met' : 'MISSED');
const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');

/** The summary table: one row per figure, its goal and reference, and the load when it was taken. */
export function summaryTable(rows: RunRecord['rows']): string {
  return formatTable(
    ['metric', 'goal', 'measured', 'reference (same run)', 'load', ''],
    rows.map((row) => [row.metric, row.goal, row.measured, row.reference, row.load === undefined ? '' : row.load.toFixed(2), mark(row.met)]),
  );
}

export function toMarkdown(record: RunRecord): string {
  return [
    `# npm run bench, ${record.startedAt}`,
    '',
    `Commit ${record.commit ?? 'unknown'}; ${record.cpus} CPUs; suites ${record.suites.join(', ')}; ${record.seconds.toFixed(0)} s.`,
    `Load average (1, 5, 15 min): ${load(record.load.start)} at the start, ${load(record.load.end)} at the end.`,
    `Settings: ${JSON.stringify(record.settings)}`,
    '',
    summaryTable(record.rows),
    '',
    ...record.sections.map((section) => `\`\`\`\n${section}\n\`\`\`\n`),
  ].join('\n');
}

/** Writes the run as JSON and Markdown under bench/results/, named by its start time; returns the paths. */
export function writeResults(record: RunRecord, dir = RESULTS_DIR): string[] {
  mkdirSync(dir, { recursive: true });
  const base = path.join(dir, record.startedAt.replaceAll(':', '-').replace(/\..*$/, ''));
  writeFileSync(`${base}.json`, `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(`${base}.md`, toMarkdown(record));
  return [`${base}.json`, `${base}.md`];
}
