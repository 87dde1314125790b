import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../app';
import { testConfig } from '../../../test/app';
import { createTestDatabase } from '../../../test/database';
import { ORIGIN, createMember } from '../../../test/factories';
import type { TestApp } from '../../../test/app';

describe('a refused sign-in is logged for whoever investigates', () => {
  let t: TestApp;
  const lines: Array<Record<string, unknown>> = [];
  beforeAll(async () => {
    const config = testConfig({ LOG_LEVEL: 'info' });
    const database = await createTestDatabase();
    const app = await buildApp({ config, database, webDist: false, logStream: { write: (line: string) => void lines.push(JSON.parse(line)) } });
    await app.ready();
    t = { app, database, config, close: async () => (await app.close(), await database.close()) };
  });
  afterAll(() => t.close());

  it('with the login tried, the client address and the request id, never the password', async () => {
    const { input } = await createMember(t);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/email',
      headers: { origin: ORIGIN, 'x-request-id': 'sign-in-probe-0001' },
      payload: { email: input.email.toUpperCase(), password: 'wrong-password-guess' },
      remoteAddress: '203.0.113.40',
    });
    expect(res.statusCode).toBe(401);
    const line = lines.find((entry) => entry.msg === 'sign-in refused');
    expect(line).toMatchObject({ login: input.email.toLowerCase(), ip: '203.0.113.40', code: 'invalid_credentials', reqId: 'sign-in-probe-0001' });
    expect(JSON.stringify(lines)).not.toContain('wrong-password-guess');
  });
});
