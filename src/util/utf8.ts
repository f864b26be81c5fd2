import { isUtf8 } from 'node:buffer';

/**
 * Where the first byte sequence that is not UTF-8 starts in `bytes`, or -1 if they are all
 * UTF-8. JSON exchanged between systems must be UTF-8 (RFC 8259, section 8.1); a decoder
 * that quietly turns bad bytes into U+FFFD would store text its sender never wrote, so
 * every JSON entry point checks first. The check (simdutf) is fast; the scan for the
 * position runs only on a refusal.
 */
export function firstNonUtf8Byte(bytes: Uint8Array): number {
  if (isUtf8(bytes)) return -1;
  let i = 0;
  while (i < bytes.length) {
    const length = sequenceLength(bytes, i);
    if (length === 0) return i;
    i += length;
  }
  return bytes.length;
}

/** The length of the well-formed UTF-8 sequence at `i` (Unicode table 3-7), or 0. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const lead = bytes[i]!;
  if (lead < 0x80) return 1;
  const cont = (at: number, low = 0x80, high = 0xbf) => at < bytes.length && bytes[at]! >= low && bytes[at]! <= high;
  if (lead >= 0xc2 && lead <= 0xdf) return cont(i + 1) ? 2 : 0;
  if (lead >= 0xe0 && lead <= 0xef) {
    const [low, high] = lead === 0xe0 ? [0xa0, 0xbf] : lead === 0xed ? [0x80, 0x9f] : [0x80, 0xbf];
    return cont(i + 1, low, high) && cont(i + 2) ? 3 : 0;
  }
  if (lead >= 0xf0 && lead <= 0xf4) {
    const [low, high] = lead === 0xf0 ? [0x90, 0xbf] : lead === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
    return cont(i + 1, low, high) && cont(i + 2) && cont(i + 3) ? 4 : 0;
  }
  return 0;
}

/**
 * How a refusal names the bad bytes: their offset (plus `base`, where `bytes` is a slice of
 * a larger file) and up to four of them in hex.
 */
export function describeNonUtf8(bytes: Uint8Array, offset: number, base = 0): string {
  const shown = Array.from(bytes.subarray(offset, offset + 4), (b) => b.toString(16).padStart(2, '0')).join(' ');
  return `the bytes at offset ${base + offset} (${shown}) are not UTF-8; JSON must be sent as UTF-8`;
}
