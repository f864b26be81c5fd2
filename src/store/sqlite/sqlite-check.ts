import { dirname } from 'node:path';
import { exposedStoreParts } from '../open-store.js';
import { expectedSchema, integrityProblems, openReadOnly, requireNodeDatabase, schemaDifferences, schemaObjects, schemaVersionOf } from './schema-check.js';
import { NEWEST_SQLITE_SCHEMA } from './sqlite-migrations.js';

/** One thing `hoggar check` looked at, and what it found. */
export interface Finding {
  readonly check: 'permissions' | 'integrity' | 'schema';
  readonly ok: boolean;
  readonly detail: string;
}


/**
 * How the schema of a serving node's database differs from Hoggar's at its version; empty when
 * it matches. Cheap (no integrity check), so `serve` runs it at every start.
 */
export async function schemaDrift(databaseFile: string): Promise<string[]> {
  const db = openReadOnly(databaseFile);
  try {
    const version = schemaVersionOf(db);
    return schemaDifferences(schemaObjects(db), await expectedSchema(version));
  } finally {
    db.close();
  }
}

/**
 * Checks a node's SQLite store without changing it, safe while the node serves (it reads one
 * snapshot): who else may read its files, whether its pages are sound (`PRAGMA integrity_check`,
 * which reads the whole file), and whether its tables, indexes and triggers are exactly what
 * Hoggar's migrations make, so that one added by hand or by an intruder is found.
 */
export async function checkSqliteStore(databaseFile: string): Promise<Finding[]> {
  requireNodeDatabase(databaseFile);
  const exposed = exposedStoreParts(dirname(databaseFile));
  const findings: Finding[] = [{ check: 'permissions', ok: exposed.length === 0, detail: exposed.length === 0 ? 'the data directory and the database are private' : exposed.join('; ') }];
  const db = openReadOnly(databaseFile);
  try {
    const problems = integrityProblems(db, databaseFile);
    findings.push({ check: 'integrity', ok: problems.length === 0, detail: problems.length === 0 ? 'every page and index is sound' : problems.slice(0, 5).join('; ') });
    const version = schemaVersionOf(db);
    if (version > NEWEST_SQLITE_SCHEMA) {
      findings.push({ check: 'schema', ok: false, detail: `schema version ${version} is newer than this Hoggar knows (${NEWEST_SQLITE_SCHEMA}): check it with the version that wrote it` });
      return findings;
    }
    const differences = schemaDifferences(schemaObjects(db), await expectedSchema(version));
    const later = version < NEWEST_SQLITE_SCHEMA ? `; the node migrates it to version ${NEWEST_SQLITE_SCHEMA} when it next opens it` : '';
    findings.push({
      check: 'schema', ok: differences.length === 0,
      detail: differences.length === 0 ? `exactly what Hoggar's migrations make at version ${version}${later}` : `differs from what Hoggar's migrations make at version ${version}: ${differences.join(', ')}`,
    });
    return findings;
  } finally {
    db.close();
  }
}
