import { describe, expect, it } from 'vitest';
import { storageFailure } from './storage-failure.js';

const failed = (code: string, message = 'driver message') => Object.assign(new Error(message), { code });

describe('storageFailure', () => {
  it('tells the environment\'s refusals as unavailable, with the cause and the driver\'s words', () => {
    expect(storageFailure(failed('SQLITE_FULL', 'database or disk is full'))).toMatchObject({
      code: 'unavailable', message: 'the store cannot take this write: the disk that holds it is full (database or disk is full)',
    });
    expect(storageFailure(failed('SQLITE_IOERR_WRITE'))?.message).toMatch(/its disk failed to read or write/);
    expect(storageFailure(failed('SQLITE_READONLY_DBMOVED'))?.message).toMatch(/its files cannot be written/);
    expect(storageFailure(failed('53100'))?.message).toMatch(/the disk that holds the database is full/);
    expect(storageFailure(failed('53200'))?.message).toMatch(/out of resources/);
    expect(storageFailure(failed('57P01'))?.message).toMatch(/shutting down or restarting/);
    expect(storageFailure(failed('08006'))?.message).toMatch(/connection to the database server was lost/);
  });

  it('passes anything else on: a constraint, a syntax error, a plain error', () => {
    for (const error of [failed('SQLITE_CONSTRAINT_UNIQUE'), failed('23505'), failed('42601'), new Error('x'), undefined]) {
      expect(storageFailure(error)).toBeUndefined();
    }
  });
});
