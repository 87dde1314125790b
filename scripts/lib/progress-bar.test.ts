import { describe, expect, it } from 'vitest';
import { createProgressBar, formatProgress } from './progress-bar';

describe('the progress bar', () => {
  it('shows the share done, the count and the rate', () => {
    expect(formatProgress({ done: 50_000, total: 100_000, elapsedMs: 2_000 }, 10)).toBe(
      '[#####-----]  50%  50,000/100,000  25,000 rows/s',
    );
    expect(formatProgress({ done: 0, total: 10, elapsedMs: 0 }, 4)).toBe('[----]   0%  0/10  0 rows/s');
    expect(formatProgress({ done: 10, total: 10, elapsedMs: 1_000 }, 4)).toBe('[####] 100%  10/10  10 rows/s');
  });

  it('writes a line per tenth when the output is not a terminal', () => {
    const lines: string[] = [];
    const bar = createProgressBar(100, { write: (text: string) => lines.push(text) });
    for (let done = 1; done <= 100; done++) bar.update(done);
    bar.finish();
    expect(lines).toHaveLength(11);
    expect(lines.at(-1)).toMatch(/^\[#+\] 100% {2}100\/100 /);
  });

  it('redraws in place on a terminal and ends the line when finished', () => {
    const writes: string[] = [];
    const bar = createProgressBar(3, { write: (text: string) => writes.push(text), isTTY: true });
    bar.update(1);
    bar.update(3);
    bar.finish();
    expect(writes[0]).toMatch(/^\r\[/);
    expect(writes.at(-2)).toContain('100%');
    expect(writes.at(-1)).toBe('\n');
  });
});
