/**
 * Bytes → text. Detects the encoding instead of guessing: a byte-order mark
 * decides UTF-8 / UTF-16; otherwise strict UTF-8 is tried first and legacy
 * Arabic (windows-1256) is accepted only when the bytes are not UTF-8 and
 * decode as mostly Arabic letters. A UTF-8 text cut in the middle of its last
 * character keeps everything before the cut and says so in a warning.
 * HTML is reduced to its article text (see html.ts).
 */
import { IngestError } from './errors.js';
import { htmlToArticle, looksLikeHtml } from './html.js';

/** Default size limit: 5 MB of input. */
export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export type DetectedEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1256';

export interface DecodeOptions {
  readonly maxBytes?: number;
  /** Declared content type, e.g. 'text/html; charset=windows-1256'. */
  readonly contentType?: string;
}

export interface DecodedDocument {
  /** The text every offset of the draft refers to (the article text for HTML). */
  readonly text: string;
  readonly encoding: DetectedEncoding;
  readonly format: 'text' | 'html';
  readonly title?: string;
  readonly published?: string;
  readonly warnings: readonly string[];
}

const ARABIC_LETTER = /[\u0621-\u064A]/g;
const LETTER = /\p{L}/gu;
// C0 controls other than tab, line feed, form feed and carriage return, plus DEL.
const CONTROL = /[\u0000-\u0008\u000B\u000E-\u001F\u007F]/g;

function checkSize(length: number, maxBytes: number): void {
  if (!Number.isFinite(maxBytes) || maxBytes <= 0) throw new IngestError('invalid_option', `maxBytes must be a positive number, got ${maxBytes}`);
  if (length > maxBytes) throw new IngestError('too_large', `input is ${length} bytes, over the limit of ${maxBytes} bytes`);
}

function strictDecode(bytes: Uint8Array, label: string): string | undefined {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Length of an incomplete UTF-8 sequence at the very end of `bytes`, or 0. */
function truncatedTail(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const byte = bytes[n - back]!;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    const expected = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
    return expected > back ? back : 0;
  }
  return 0;
}

function arabicShare(text: string): number {
  const letters = text.match(LETTER)?.length ?? 0;
  if (letters === 0) return 0;
  return (text.match(ARABIC_LETTER)?.length ?? 0) / letters;
}

function declaredCharset(contentType: string | undefined): string | undefined {
  const match = contentType ? /charset\s*=\s*"?([\w-]+)/i.exec(contentType) : null;
  return match?.[1]?.toLowerCase();
}

function decodeBytes(bytes: Uint8Array, contentType: string | undefined, warnings: string[]): { text: string; encoding: DetectedEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8WithTail(bytes.subarray(3), warnings), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    if (bytes[2] === 0 && bytes[3] === 0) throw new IngestError('unsupported_encoding', 'UTF-32 input is not supported');
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  if (bytes.includes(0)) throw new IngestError('binary_input', 'input contains NUL bytes and has no UTF-16 byte-order mark');
  const declared = declaredCharset(contentType);
  if (declared === 'windows-1256' || declared === 'cp1256') {
    const utf8 = strictDecode(bytes, 'utf-8');
    if (utf8 !== undefined && /[^\x00-\x7f]/.test(utf8)) warnings.push('declared windows-1256 but the bytes are valid UTF-8; decoded as UTF-8');
    return utf8 !== undefined ? { text: utf8, encoding: 'utf-8' } : { text: new TextDecoder('windows-1256').decode(bytes), encoding: 'windows-1256' };
  }
  const utf8 = strictDecode(bytes, 'utf-8');
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  const tail = truncatedTail(bytes);
  if (tail > 0) {
    const head = strictDecode(bytes.subarray(0, bytes.length - tail), 'utf-8');
    if (head !== undefined) {
      warnings.push(`truncated_utf8: dropped ${tail} trailing byte(s) of an incomplete UTF-8 character`);
      return { text: head, encoding: 'utf-8' };
    }
  }
  const legacy = new TextDecoder('windows-1256').decode(bytes);
  if (arabicShare(legacy) >= 0.6) {
    warnings.push('input is not UTF-8; decoded as windows-1256 (legacy Arabic)');
    return { text: legacy, encoding: 'windows-1256' };
  }
  throw new IngestError('unsupported_encoding', 'input is neither UTF-8, UTF-16 with a byte-order mark, nor windows-1256 Arabic');
}

function decodeUtf8WithTail(bytes: Uint8Array, warnings: string[]): string {
  const text = strictDecode(bytes, 'utf-8');
  if (text !== undefined) return text;
  const tail = truncatedTail(bytes);
  const head = tail > 0 ? strictDecode(bytes.subarray(0, bytes.length - tail), 'utf-8') : undefined;
  if (head === undefined) throw new IngestError('unsupported_encoding', 'input starts with a UTF-8 byte-order mark but is not valid UTF-8');
  warnings.push(`truncated_utf8: dropped ${tail} trailing byte(s) of an incomplete UTF-8 character`);
  return head;
}

function rejectBinaryText(text: string): void {
  if (text.includes('\u0000')) throw new IngestError('binary_input', 'input contains NUL characters');
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls > text.length * 0.01) throw new IngestError('binary_input', `input contains ${controls} control characters`);
}

/**
 * Decodes raw input (bytes, or text already decoded) into the document text.
 * Throws IngestError: empty_input, binary_input, too_large, unsupported_encoding.
 */
export function decodeDocument(input: Uint8Array | string, options: DecodeOptions = {}): DecodedDocument {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const warnings: string[] = [];
  let text: string;
  let encoding: DetectedEncoding = 'utf-8';
  if (typeof input === 'string') {
    // Cheap upper bound first so a huge string is refused without a full byte count.
    if (input.length > maxBytes) checkSize(input.length, maxBytes);
    checkSize(Buffer.byteLength(input, 'utf8'), maxBytes);
    text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  } else {
    checkSize(input.length, maxBytes);
    if (input.length === 0) throw new IngestError('empty_input', 'input is empty');
    ({ text, encoding } = decodeBytes(input, options.contentType, warnings));
  }
  if (text.trim().length === 0) throw new IngestError('empty_input', 'input contains no text');
  rejectBinaryText(text);

  const declaredHtml = options.contentType !== undefined && /html|xml/i.test(options.contentType);
  if (!declaredHtml && !looksLikeHtml(text)) return { text, encoding, format: 'text', warnings };
  const article = htmlToArticle(text);
  if (article.text.trim().length === 0) throw new IngestError('empty_input', 'the HTML page contains no article text');
  return {
    text: article.text,
    encoding,
    format: 'html',
    ...(article.title ? { title: article.title } : {}),
    ...(article.published ? { published: article.published } : {}),
    warnings,
  };
}
