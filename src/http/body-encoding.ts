import { Transform, type Readable } from 'node:stream';
import { HoggarError } from '../errors.js';
import { contentCoding, decompressorFor } from '../util/content-coding.js';

/**
 * The request body as it was before the client compressed it. A coding this server does not
 * know is refused (415) instead of being parsed as if it were plain text. The decompressed
 * bytes are counted against `limit` as they come, and decompressing stops at once past it: a
 * small body that inflates to gigabytes (a "zip bomb") costs no more than `limit`.
 */
export function decodedBody(header: string | undefined, payload: Readable, limit: number): Readable {
  const encoding = contentCoding(header);
  if (encoding === undefined) return payload;
  const inflate = decompressorFor(encoding);
  if (!inflate) {
    throw new HoggarError('unsupported_media_type', `Content-Encoding ${JSON.stringify(encoding)} is not supported; send the body as it is, or compressed with gzip, deflate or br`);
  }
  let decoded = 0;
  const limited = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      decoded += chunk.length;
      if (decoded <= limit) return done(null, chunk);
      stop();
      done(new HoggarError('too_large', `the request body inflates to more than ${limit} bytes, the most this server accepts (max_content_length of the API root)`));
    },
  }) as Transform & { receivedEncodedLength: number };
  // Stops inflating, but leaves the request itself open, so the refusal can still be answered.
  const stop = () => {
    payload.unpipe(inflate);
    inflate.destroy();
  };
  // The framework compares what arrived on the wire, not what it inflated to, with Content-Length.
  limited.receivedEncodedLength = 0;
  payload.on('data', (chunk: Buffer) => { limited.receivedEncodedLength += chunk.length; });
  inflate.on('error', (error) => {
    stop();
    limited.destroy(new HoggarError('bad_request', `the request body is not valid ${encoding} data, as its Content-Encoding says (${error.message})`));
  });
  return payload.pipe(inflate).pipe(limited);
}
