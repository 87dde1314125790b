import { describe, expect, it } from 'vitest';
import { isDatabaseUnavailable, uniqueViolation } from './db-errors';

/** As Drizzle hands a driver error on: wrapped, with the driver's error as its cause. */
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select 1'), { cause });
const withCode = (code: string, message = 'failed') => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it.each([
    ['refused', withCode('ECONNREFUSED', 'connect ECONNREFUSED 127.0.0.1:5432')],
    ['reset', withCode('ECONNRESET')],
    ['the pool waiting too long for a connection', new Error('timeout exceeded when trying to connect')],
    ['a connection that timed out', new Error('Connection terminated due to connection timeout')],
    ['a connection dropped mid-query', new Error('Connection terminated unexpectedly')],
    ['no answer to a statement', new Error('Query read timeout')],
    ['a client whose connection failed', new Error('Client has encountered a connection error and is not queryable')],
    ['the server shutting down (57P01)', withCode('57P01', 'terminating connection due to administrator command')],
    ['the server starting up (57P03)', withCode('57P03', 'the database system is starting up')],
    ['too many connections (53300)', withCode('53300', 'sorry, too many clients already')],
    ['a connection exception (08006)', withCode('08006')],
    ['statement_timeout (57014)', withCode('57014', 'canceling statement due to statement timeout')],
    ['several addresses refused', Object.assign(new AggregateError([withCode('ECONNREFUSED')]), {})],
  ])('is true for %s, also wrapped by Drizzle', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    expect(isDatabaseUnavailable(wrapped(error))).toBe(true);
  });

  it.each([
    ['a unique violation', withCode('23505', 'duplicate key value violates unique constraint')],
    ['a missing table', withCode('42P01', 'relation "x" does not exist')],
    ['a syntax error', withCode('42601')],
    ['a serialization failure', withCode('40001')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['nothing', undefined],
    ['a string', 'Connection terminated'],
  ])('is false for %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(wrapped(error))).toBe(false);
  });

  it('leaves uniqueViolation as it was', () => {
    expect(uniqueViolation(wrapped(Object.assign(withCode('23505'), { constraint: 'users_email_unique' })))).toBe('users_email_unique');
  });
});
