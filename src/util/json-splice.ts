/**
 * `head`, then the JSON texts separated by commas, then `tail`, as UTF-8 bytes: stored JSON
 * is spliced in, never parsed and serialised again. Each text is encoded straight into one
 * buffer. Joining the texts first and encoding the result took eight times as long (5.4
 * against 0.65 ms for 1,000 objects): one Arabic name makes the joined string two-byte,
 * and encoding it then takes the slow path for the whole of it.
 */
export function spliceJson(head: string, texts: readonly string[], tail: string): Buffer<ArrayBuffer> {
  const lengths = texts.map((text) => Buffer.byteLength(text, 'utf8'));
  const size = Buffer.byteLength(head, 'utf8') + lengths.reduce((sum, n) => sum + n, 0)
    + Math.max(0, texts.length - 1) + Buffer.byteLength(tail, 'utf8');
  const bytes = Buffer.allocUnsafe(size);
  let at = bytes.write(head, 0, 'utf8');
  texts.forEach((text, i) => {
    if (i > 0) at += bytes.write(',', at, 'utf8');
    at += bytes.write(text, at, lengths[i]!, 'utf8');
  });
  at += bytes.write(tail, at, 'utf8');
  if (at !== size) throw new Error(`spliced JSON encoded to ${at} bytes, expected ${size}`);
  return bytes;
}
