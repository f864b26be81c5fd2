import type { Transform } from 'node:stream';
import { promisify } from 'node:util';
import { brotliCompress, constants, createBrotliDecompress, createGunzip, createInflate, gzip } from 'node:zlib';

/** The content codings Hoggar inflates (RFC 9110, section 8.4.1), in requests and in fetched documents. */
const DECOMPRESSORS: Record<string, () => Transform> = {
  gzip: createGunzip, 'x-gzip': createGunzip, deflate: createInflate, br: createBrotliDecompress,
};

/** A Content-Encoding header as a coding name: lowercase, trimmed, undefined for none or identity. */
export function contentCoding(header: string | string[] | undefined): string | undefined {
  const coding = String(header ?? '').trim().toLowerCase();
  return coding === '' || coding === 'identity' ? undefined : coding;
}

/** A fresh decompressor for `coding`, or undefined when Hoggar does not know it. */
export function decompressorFor(coding: string): Transform | undefined {
  return Object.hasOwn(DECOMPRESSORS, coding) ? DECOMPRESSORS[coding]!() : undefined;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** The codings Hoggar compresses with: its answers (serve --compress) and its pushes (--compress-push). */
export type CompressionCoding = 'br' | 'gzip';

/**
 * Compresses a body off the JavaScript thread (zlib runs on libuv's pool), at the fastest
 * settings: on a thin link a tenth of the bytes matters far more than the last few percent
 * a slower setting would save, and the node's own thread is the one serving everyone.
 */
export function compress(body: Uint8Array, coding: CompressionCoding): Promise<Buffer> {
  return coding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipAsync(body, { level: 1 });
}
