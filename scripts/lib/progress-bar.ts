/** A one-line progress bar for long scripts, on stderr so stdout stays clean for results. */

export interface ProgressState {
  done: number;
  total: number;
  elapsedMs: number;
}

const numbers = new Intl.NumberFormat('en-US');
export const formatCount = (value: number): string => numbers.format(Math.round(value));

/** `[##########----------]  50%  50,000/100,000  21,345 rows/s` */
export function formatProgress({ done, total, elapsedMs }: ProgressState, width = 24): string {
  const fraction = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(fraction * width);
  const percent = `${Math.floor(fraction * 100)}%`.padStart(4);
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${percent}  ${formatCount(done)}/${formatCount(total)}  ${formatCount(rate)} rows/s`;
}

interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

/**
 * On a terminal the bar redraws in place (at most ten times a second); in a log file it writes a
 * line per tenth, so CI output stays short.
 */
export function createProgressBar(total: number, output: Output = process.stderr) {
  const started = performance.now();
  let lastDraw = 0;
  let lastTenth = -1;
  const state = (done: number): ProgressState => ({ done, total, elapsedMs: performance.now() - started });
  return {
    update(done: number): void {
      const now = performance.now();
      if (output.isTTY) {
        if (now - lastDraw < 100 && done < total) return;
        lastDraw = now;
        output.write(`\r${formatProgress(state(done))}`);
        return;
      }
      const tenth = total > 0 ? Math.floor((done / total) * 10) : 10;
      if (tenth === lastTenth) return;
      lastTenth = tenth;
      output.write(`${formatProgress(state(done))}\n`);
    },
    /** Ends the redrawn line so what follows starts on its own. */
    finish(): void {
      if (output.isTTY) output.write('\n');
    },
  };
}
