/**
 * Which of a story's runs (width × language) to run now. Locally, all of them. In CI (CI=true),
 * one, chosen by the day and the story: each CI run walks every story once, in one width and
 * language, and every run of every story comes round within as many days as the story has runs.
 * This keeps the browser suite within CI's time as it grows; E2E_RUNS=all runs them all in CI too.
 */
export function runsToday<T>(story: string, runs: readonly T[]): T[] {
  if (process.env.CI !== 'true' || process.env.E2E_RUNS === 'all' || runs.length < 2) return [...runs];
  const day = Math.floor(Date.now() / 86_400_000);
  let hash = 0;
  for (const character of story) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return [runs[(day + hash) % runs.length]!];
}
