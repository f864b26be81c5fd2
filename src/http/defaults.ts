/** Server defaults, kept apart from the server so the CLI can show them without loading it. */
export const DEFAULT_PORT = 8470;
export const DEFAULT_MAX_CONTENT_LENGTH = 16 * 1024 * 1024;
/**
 * How long a client may take to send one whole request. The framework's default is no limit,
 * so a client trickling a large body could hold a connection and its buffers for ever; five
 * minutes (Node's own default) carries the 16 MB default envelope over a link of 0.5 Mbit/s.
 */
export const DEFAULT_REQUEST_TIMEOUT_SECONDS = 300;
/** How many bodies of the largest allowed size the server reads at once (body-budget.ts). */
export const BODIES_IN_FLIGHT = 8;
/** Limits on fetching a document by URL for ingestion. */
export const INGEST_FETCH_LIMITS = { maxBytes: 5 * 1024 * 1024, timeoutMs: 20_000 };
