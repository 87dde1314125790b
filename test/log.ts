import pino, { type Logger } from 'pino';

export const silentLog: Logger = pino({ level: 'silent' });

/** A logger whose lines (parsed JSON) a test can read. */
export function capturingLog(): { log: Logger; lines: Array<Record<string, unknown>> } {
  const lines: Array<Record<string, unknown>> = [];
  const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line)) });
  return { log, lines };
}
