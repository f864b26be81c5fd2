import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { badRequest } from '../errors.js';
import { fileErrorWords } from '../util/file-errors.js';

/** The node's certificate chain and private key (PEM), checked to belong together. */
export interface TlsCredentials {
  readonly cert: Buffer;
  readonly key: Buffer;
}

/** The oldest protocol the server accepts: TLS 1.0 and 1.1 are broken and deprecated (RFC 8996). */
export const MIN_TLS_VERSION = 'TLSv1.2';

/**
 * Reads and checks the node's certificate and key before the server starts, so a wrong path,
 * a file that is not PEM or a key of another certificate is one clear error at start-up
 * instead of a failure on the first client's handshake.
 */
export function loadTlsCredentials(certFile: string, keyFile: string): TlsCredentials {
  const read = (file: string, what: string) => {
    try {
      return readFileSync(file);
    } catch (error) {
      throw badRequest(`cannot read the TLS ${what} ${file}: ${fileErrorWords(error, 'read')}`);
    }
  };
  const credentials = { cert: read(certFile, 'certificate'), key: read(keyFile, 'key') };
  try {
    createSecureContext({ ...credentials, minVersion: MIN_TLS_VERSION });
  } catch (error) {
    const reason = (error as Error).message;
    const mismatch = /key values mismatch/i.test(reason);
    throw badRequest(mismatch
      ? `the TLS key ${keyFile} is not the key of the certificate ${certFile}`
      : `the TLS certificate ${certFile} or key ${keyFile} cannot be used (PEM files are expected): ${reason}`);
  }
  return credentials;
}
