/** After this many attempts a row is given up ('failed') and waits for a person to look at it. */
export const MAX_ATTEMPTS = 8;

// Short at first (a mail server restarting), then long enough to ride out an outage of hours.
const DELAYS_MS = [30_000, 2 * 60_000, 10 * 60_000, 30 * 60_000, 60 * 60_000, 2 * 60 * 60_000, 4 * 60 * 60_000];

/** How long to wait before the next try after `attempts` failed attempts (1-based). */
export function retryDelayMs(attempts: number): number {
  const index = Math.min(Math.max(attempts, 1), DELAYS_MS.length) - 1;
  return DELAYS_MS[index]!;
}

/** True when a row that has now failed `attempts` times should not be tried again. */
export function isLastAttempt(attempts: number): boolean {
  return attempts >= MAX_ATTEMPTS;
}
