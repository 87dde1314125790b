import type { TFunction } from 'i18next';
import { knownErrorCode } from '../lib/api-client';

/**
 * The translated message for a failed call, chosen by its error code. i18n.test.ts makes sure
 * every code has one; a code the contract gained a moment ago still reads as a general error.
 */
export function errorMessage(t: TFunction, error: unknown): string {
  const messages: Record<string, string> = t('errors', { returnObjects: true });
  return messages[knownErrorCode(error)] ?? messages.internal_error ?? '';
}
