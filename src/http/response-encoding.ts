import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Answers smaller than this go as they are: compressing them saves too little to pay for. */
export const MIN_COMPRESSED_BYTES = 1024;

export type ResponseCoding = 'br' | 'gzip';

/**
 * The coding to answer with, from a request's Accept-Encoding (RFC 9110, section 12.5.3):
 * br if the client takes it, else gzip, else none. A coding given q=0 is refused by the client.
 */
export function chooseCoding(acceptEncoding: string | undefined): ResponseCoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    if (name) weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const takes = (coding: string) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  return takes('br') ? 'br' : takes('gzip') ? 'gzip' : undefined;
}

/**
 * Compresses an answer off the JavaScript thread (zlib runs on libuv's pool), at the fastest
 * settings: on a thin link a tenth of the bytes matters far more than the last few percent
 * a slower setting would save, and the node's own thread is the one serving everyone.
 */
export function compress(body: Buffer, coding: ResponseCoding): Promise<Buffer> {
  return coding === 'br'
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 1, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipAsync(body, { level: 1 });
}
