/** Hoggar's TAXII 2.1 client: the only way `src/sync` talks to a peer. */
export { TaxiiClient, type AddOptions, type Page, type TaxiiClientOptions, type WaitOptions } from './taxii-client.js';
export { TaxiiClientError, isTaxiiClientError, type TaxiiClientErrorCode } from './errors.js';
export { authorizationHeader, type TaxiiAuth } from './transport.js';
export { resolveApiRootUrl, type ObjectFilter } from './urls.js';
export { TAXII_MEDIA_TYPE, STIX_MEDIA_TYPE, isTaxii21MediaType, isJsonMediaType, parseMediaType } from './media-type.js';
export {
  errorMessageSchema,
  statusSchema,
  type ApiRootInfo,
  type CollectionInfo,
  type Discovery,
  type Envelope,
  type ManifestRecord,
  type StatusDetail,
  type TaxiiErrorMessage,
  type TaxiiStatus,
} from './schemas.js';
