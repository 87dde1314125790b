import type { FastifyServerOptions } from 'fastify';
import pino from 'pino';
import { REDACTED, redactSecrets } from './redact';

/**
 * The server's logger: Fastify's request and error serializers, with what must not be written
 * down taken out. A logged URL loses its one-time tokens (reset and confirmation links, a
 * provider's code); a failed query loses its parameter values, which are session tokens, reset
 * tokens, password hashes and addresses (Drizzle puts them in its error and its message).
 */
export function loggerOptions(
  level: string,
  { stream, format = 'json' }: { stream?: { write(line: string): void }; format?: 'json' | 'pretty' } = {},
): FastifyServerOptions['logger'] {
  return {
    level,
    ...(stream ? { stream } : format === 'pretty' ? { transport: prettyTransport() } : {}),
    serializers: {
      req: (request: { method: string; url: string; host?: string; ip?: string; socket?: { remotePort?: number } }) => ({
        method: request.method,
        url: redactSecrets(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
      err: serializeError,
    },
  };
}

/**
 * Readable lines for a developer's terminal. pino-pretty is a development dependency: an install
 * without it (npm ci --omit=dev) logs JSON instead of failing to start.
 */
export function prettyTransport(): pino.TransportSingleOptions | undefined {
  try {
    import.meta.resolve('pino-pretty');
  } catch {
    return undefined;
  }
  return { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss.l', ignore: 'pid,hostname' } };
}

/** pino's error serializer (message and stack with their causes), without secrets. */
export function serializeError(error: Error): ReturnType<typeof pino.stdSerializers.err> {
  const serialized = pino.stdSerializers.err(error);
  const params = (error as { params?: unknown }).params;
  const clean = (text: string) => {
    // Drizzle's message is `Failed query: <sql>\nparams: <values joined by commas>`.
    const withoutParams = Array.isArray(params) ? text.split(`\nparams: ${String(params)}`).join(`\nparams: ${REDACTED}`) : text;
    return redactSecrets(withoutParams);
  };
  if ('params' in serialized) serialized.params = REDACTED;
  serialized.message = clean(serialized.message);
  if (serialized.stack) serialized.stack = clean(serialized.stack);
  return serialized;
}
