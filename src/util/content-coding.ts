import type { Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';

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
