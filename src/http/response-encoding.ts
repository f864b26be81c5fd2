import type { CompressionCoding } from '../util/content-coding.js';

/** Answers smaller than this go as they are: compressing them saves too little to pay for. */
export const MIN_COMPRESSED_BYTES = 1024;

/**
 * The coding to answer with, from a request's Accept-Encoding (RFC 9110, section 12.5.3):
 * br if the client takes it, else gzip, else none. A coding given q=0 is refused by the client.
 */
export function chooseCoding(acceptEncoding: string | undefined): CompressionCoding | undefined {
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
