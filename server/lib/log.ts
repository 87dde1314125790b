/**
 * The part of a logger that background code needs. Both Fastify's `app.log` and a standalone pino
 * logger fit it (their full types differ between pino versions, so neither is named here).
 */
export interface Log {
  info(objOrMsg: object | string, msg?: string): void;
  warn(objOrMsg: object | string, msg?: string): void;
  error(objOrMsg: object | string, msg?: string): void;
}
