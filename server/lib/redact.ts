/**
 * Secrets that travel in URLs: one-time tokens (password reset, email confirmation and
 * verification) and an identity provider's authorization code. Whoever reads them in a log or a
 * kept mail can use them, so they are written down as REDACTED.
 */
export const REDACTED = '[redacted]';

/** Query parameters whose value is a secret (`?token=…`, `&code=…`; `&amp;` in HTML). */
const SECRET_QUERY = /([?&](?:amp;)?(?:token|code|id_token|access_token|refresh_token)=)[^&#\s"'<>]+/gi;
/** better-auth's reset link carries its token in the path: `/api/auth/reset-password/<token>`. */
const SECRET_PATH = /(\/reset-password\/)[^/?#\s"'<>]+/gi;

/** The text (a URL, a mail body, a log line) with every secret in a URL replaced by REDACTED. */
export function redactSecrets(text: string): string {
  return text.replace(SECRET_QUERY, `$1${REDACTED}`).replace(SECRET_PATH, `$1${REDACTED}`);
}
