import type { TFunction } from 'i18next';
import { ApiError, knownErrorCode } from '../lib/api-client';

/**
 * The translated message for a failed call, chosen by its error code. i18n.test.ts makes sure
 * every code has one; a code the contract gained a moment ago still reads as a general error.
 * Too many attempts with a known wait (`details.retryAfterSeconds`, also sent as Retry-After)
 * says when to try again.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  const wait = retryAfterSeconds(error);
  if (wait !== null) {
    if (wait < 60) return t('retryAfter.seconds', { count: wait });
    if (wait < 3600) return t('retryAfter.minutes', { count: Math.ceil(wait / 60) });
    return t('retryAfter.hours', { count: Math.ceil(wait / 3600) });
  }
  const messages: Record<string, string> = t('errors', { returnObjects: true });
  return messages[knownErrorCode(error)] ?? messages.internal_error ?? '';
}

/** The whole seconds a `rate_limited` answer asks to wait, when it says. */
function retryAfterSeconds(error: unknown): number | null {
  if (!(error instanceof ApiError) || error.code !== 'rate_limited') return null;
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : null;
}
