import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SESSION_EXPIRES_IN_S, isDueForRefresh, readSessionToken } from './session-cookie';

const config = { authSecret: 'a-secret-that-is-long-enough-for-the-test' };
const sign = (token: string, secret = config.authSecret) =>
  encodeURIComponent(`${token}.${createHmac('sha256', secret).update(token).digest('base64')}`);

describe('the session cookie', () => {
  it('reads the token from a cookie signed with our secret, in development and production names', () => {
    expect(readSessionToken(`theme=dark; mn.session_token=${sign('abc123')}`, config)).toBe('abc123');
    expect(readSessionToken(`__Secure-mn.session_token=${sign('abc123')}`, config)).toBe('abc123');
  });

  it('refuses a cookie signed with another secret, a tampered token and a missing signature', () => {
    expect(readSessionToken(`mn.session_token=${sign('abc123', 'another-secret-entirely-0000000000')}`, config)).toBeNull();
    const forged = sign('abc123').replace('abc123', 'abc124');
    expect(readSessionToken(`mn.session_token=${forged}`, config)).toBeNull();
    expect(readSessionToken('mn.session_token=abc123', config)).toBeNull();
    expect(readSessionToken(undefined, config)).toBeNull();
    expect(readSessionToken('other=1', config)).toBeNull();
  });

  it('is due for its refresh once it was last extended more than a day ago', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    const extendedAt = (msAgo: number) => ({ expiresAt: new Date(now.getTime() - msAgo + SESSION_EXPIRES_IN_S * 1000) });
    expect(isDueForRefresh(extendedAt(60 * 60 * 1000), now)).toBe(false);
    expect(isDueForRefresh(extendedAt(25 * 60 * 60 * 1000), now)).toBe(true);
  });
});
