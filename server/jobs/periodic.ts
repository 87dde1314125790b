export interface PeriodicJob {
  stop(): Promise<void>;
}

/**
 * Runs `run` now and then every `intervalMs`, never two runs at once (a tick while one runs is
 * skipped); the timer does not keep the process alive. `stop` waits for a run in progress.
 * `run` handles its own errors: what a failure means differs per job.
 */
export function startPeriodicJob(run: () => Promise<void>, intervalMs: number): PeriodicJob {
  let running: Promise<void> | undefined;
  const tick = () => {
    if (running) return;
    running = run().finally(() => (running = undefined));
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
