/** The database cannot be reached or opened; the message is meant for the operator. */
export class DatabaseUnavailableError extends Error {
  override name = 'DatabaseUnavailableError';
}
