import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createTestDatabase } from '../../test/database';
import { serializeError } from './log-options';
import { redactSecrets } from './redact';

describe('redactSecrets', () => {
  it.each([
    ['our reset page', '/reset-password?token=abc-DEF_123', '/reset-password?token=[redacted]'],
    ['better-auth’s reset link (token in the path)', '/api/auth/reset-password/abcDEF123?callbackURL=%2Freset-password', '/api/auth/reset-password/[redacted]?callbackURL=%2Freset-password'],
    ['email verification', '/api/auth/verify-email?token=eyJhbGciOi.x.y&callbackURL=/', '/api/auth/verify-email?token=[redacted]&callbackURL=/'],
    ['email change confirmation', 'https://mentors.example.org/confirm-email?token=abc', 'https://mentors.example.org/confirm-email?token=[redacted]'],
    ['a provider’s callback', '/api/auth/callback/linkedin?code=AQT123&state=xyz', '/api/auth/callback/linkedin?code=[redacted]&state=xyz'],
    ['a link in HTML', '<a href="http://localhost:3000/x?lang=nl&amp;token=abc">', '<a href="http://localhost:3000/x?lang=nl&amp;token=[redacted]">'],
    ['a link in a sentence', 'Open http://localhost:3000/reset-password?token=abc to continue.', 'Open http://localhost:3000/reset-password?token=[redacted] to continue.'],
  ])('redacts %s', (_name, text, redacted) => {
    expect(redactSecrets(text)).toBe(redacted);
  });

  it.each([
    ['a page without secrets', '/api/mentors?q=token&page=2'],
    ['the reset page itself', '/reset-password'],
    ['a word that only ends in token', '/x?mytoken=abc'],
  ])('leaves %s alone', (_name, text) => {
    expect(redactSecrets(text)).toBe(text);
  });
});

describe('the logged error of a failed query', () => {
  it('keeps the statement but not the values it was given (tokens, hashes, addresses)', async () => {
    const database = await createTestDatabase();
    try {
      const secret = 'session-token-QDD3dmJMhoEgSctlmh29';
      const error = await database.db.execute(sql`select * from no_such_table where token = ${secret}`).then(
        () => undefined,
        (caught: Error) => caught,
      );
      expect(JSON.stringify({ ...error, message: error?.message, stack: error?.stack })).toContain(secret);
      const logged = JSON.stringify(serializeError(error!));
      expect(logged).toContain('select * from no_such_table where token = $1');
      expect(logged).not.toContain(secret);
    } finally {
      await database.close();
    }
  });
});
