/** The unique constraint a failed write ran into, or undefined (drizzle wraps the driver error). */
export function uniqueViolation(error: unknown): string | undefined {
  const cause = (error as { cause?: { code?: string; constraint?: string } })?.cause ?? (error as { code?: string; constraint?: string });
  return cause?.code === '23505' ? (cause.constraint ?? 'unknown') : undefined;
}
