/** Server defaults, kept apart from the server so the CLI can show them without loading it. */
export const DEFAULT_PORT = 8470;
export const DEFAULT_MAX_CONTENT_LENGTH = 16 * 1024 * 1024;
/** Limits on fetching a document by URL for ingestion. */
export const INGEST_FETCH_LIMITS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000 };
