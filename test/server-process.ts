// One real server process (`node --import tsx server/server.ts`, or a built bundle) that a test can
// kill with any signal and start again on the same port, as an operator's supervisor would.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { projectRoot } from '../server/lib/paths';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  /** True from the moment the process is gone (killed, crashed or stopped). */
  readonly exited: boolean;
  /** Sends `signal` and resolves once the process is gone. */
  kill(signal: NodeJS.Signals): Promise<void>;
  /** SIGTERM (a clean shutdown), SIGKILL after 5 s. */
  stop(): Promise<void>;
}

/**
 * Starts the server on `port` with `env` on top of the test's environment; resolves once /readyz
 * answers. From source, or from `bundle` (a built server.js, relative to the project).
 */
export async function startServerProcess(
  port: number,
  env: Record<string, string>,
  { timeoutMs = 90_000, bundle }: { timeoutMs?: number; bundle?: string } = {},
): Promise<ServerProcess> {
  const url = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(process.execPath, bundle ? [bundle] : ['--import', 'tsx', 'server/server.ts'], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const exited = () => child.exitCode !== null || child.signalCode !== null;
  const kill = async (signal: NodeJS.Signals) => {
    if (!exited()) child.kill(signal);
    await gone;
  };
  const stop = async () => {
    if (exited()) return;
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await kill('SIGTERM');
    clearTimeout(force);
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exited()) throw new Error(`server on port ${port} exited before it was ready: ${stderr}`);
    if (await fetch(`${url}/readyz`).then((res) => res.ok, () => false)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`server on port ${port} not ready after ${timeoutMs} ms: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    url,
    get exited() {
      return exited();
    },
    kill,
    stop,
  };
}
