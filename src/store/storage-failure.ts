import { HoggarError } from '../errors.js';

/**
 * A write the store's environment refused (a full disk, a failing disk, a lost database
 * server), as an `unavailable` error that says so. Such a failure is not a fault in Hoggar nor
 * in the request: the request can be sent again once the operator has fixed the cause.
 * Anything else is passed on as it is.
 */
export function storageFailure(error: unknown): HoggarError | undefined {
  const code = String((error as { code?: unknown } | undefined)?.code ?? '');
  const why = SQLITE_CAUSES.find(([prefix]) => code.startsWith(prefix))?.[1] ?? postgresCause(code);
  return why ? new HoggarError('unavailable', `the store cannot take this write: ${why} (${(error as Error).message})`) : undefined;
}

const SQLITE_CAUSES: readonly (readonly [string, string])[] = [
  ['SQLITE_FULL', 'the disk that holds it is full'],
  ['SQLITE_IOERR', 'its disk failed to read or write'],
  ['SQLITE_READONLY', 'its files cannot be written'],
  ['SQLITE_BUSY', 'another process held its lock too long'],
];

/** SQLSTATE classes 53 (insufficient resources), 57P (server shut down) and 08 (connection). */
function postgresCause(code: string): string | undefined {
  if (code === '53100') return 'the disk that holds the database is full';
  if (code.startsWith('53')) return 'the database server is out of resources';
  if (code.startsWith('57P')) return 'the database server is shutting down or restarting';
  if (code.startsWith('08')) return 'the connection to the database server was lost';
  return undefined;
}
