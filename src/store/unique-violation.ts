/**
 * Whether a write failed because a row with the same unique key exists, on either backend
 * (SQLite's constraint codes, PostgreSQL's SQLSTATE 23505). Services check for an existing
 * row first, for a clear message; this catches the one that appeared in between.
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Runs `work`, turning a unique-key violation into `conflict()` and passing anything else on. */
export async function onUniqueViolation<T>(work: () => Promise<T>, conflict: () => Error): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw isUniqueViolation(error) ? conflict() : error;
  }
}
