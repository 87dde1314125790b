import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Config } from '../../config';

export const SESSION_COOKIE_PREFIX = 'mn';
/** Sessions last 30 days and are extended (once a day at most) while they are used. */
export const SESSION_EXPIRES_IN_S = 60 * 60 * 24 * 30;
export const SESSION_UPDATE_AGE_S = 60 * 60 * 24;

const cookieNames = [`__Secure-${SESSION_COOKIE_PREFIX}.session_token`, `${SESSION_COOKIE_PREFIX}.session_token`];

/** The signed session cookie's value (`<token>.<base64 HMAC-SHA256>`), unchecked, or null. */
export function readSignedSessionCookie(cookieHeader: string | undefined): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || !cookieNames.includes(part.slice(0, eq).trim())) continue;
    try {
      return decodeURIComponent(part.slice(eq + 1).trim());
    } catch {
      return null;
    }
  }
  return null;
}

/** The session token of a signed session cookie's value, or null when its signature is not ours. */
export function verifySessionCookie(signed: string, config: Pick<Config, 'authSecret'>): string | null {
  const dot = signed.lastIndexOf('.');
  if (dot < 1) return null;
  const token = signed.slice(0, dot);
  const signature = Buffer.from(signed.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', config.authSecret).update(token).digest();
  return signature.length === expected.length && timingSafeEqual(signature, expected) ? token : null;
}

/** The session token from better-auth's signed cookie, or null when it is missing or its signature is not ours. */
export function readSessionToken(cookieHeader: string | undefined, config: Pick<Config, 'authSecret'>): string | null {
  const signed = readSignedSessionCookie(cookieHeader);
  return signed === null ? null : verifySessionCookie(signed, config);
}

/** better-auth's rule: extend a session once it was last extended more than a day ago. */
export function isDueForRefresh(session: { expiresAt: Date }, now: Date): boolean {
  return session.expiresAt.getTime() - SESSION_EXPIRES_IN_S * 1000 + SESSION_UPDATE_AGE_S * 1000 <= now.getTime();
}
