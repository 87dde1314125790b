import { createHash } from 'node:crypto';

/**
 * How better-auth stores a verification identifier with `storeIdentifier: 'hashed'`: SHA-256,
 * base64url without padding. Used to find the row of a token we were handed.
 */
export function hashedIdentifier(identifier: string): string {
  return createHash('sha256').update(identifier).digest('base64url');
}
