import type { TaxiiAuth } from '../../src/sync/taxii-client/index.js';

/**
 * A running TAXII 2.1 server the conformance suite may write to. The suite adds its
 * own objects (fresh ids, TLP:CLEAR) to the read-write collection and reads back only
 * what it added, so a server that already holds data can be tested too, provided
 * nothing else writes to that collection while the suite runs.
 */
export interface ConformanceTarget {
  readonly discoveryUrl: string;
  readonly apiRootUrl: string;
  /** A collection the valid credentials may read and write. */
  readonly readWriteCollectionId: string;
  /** A collection the valid credentials may read but not write. */
  readonly readOnlyCollectionId: string;
  /** A collection the valid credentials may neither read nor write. */
  readonly noAccessCollectionId: string;
  readonly auth: TaxiiAuth;
  /** Credentials the server must refuse (wrong password or unknown token). */
  readonly invalidAuth: TaxiiAuth;
  /** The API root's max_content_length, which the suite expects to be enforced. */
  readonly maxContentLength: number;
  stop(): Promise<void>;
}
