import { badRequest } from '../errors.js';
import { bytesAt, bytesSource, type ByteSource } from './byte-source.js';
import { describeNonUtf8, firstNonUtf8Byte } from './utf8.js';

/** Where one entry of a bundle's `objects` list lies in the file, in bytes. */
export interface Span { readonly start: number; readonly end: number }

/**
 * The spans of a list's entries, two numbers each in one growing typed array: a bundle may
 * hold millions of entries, and an object per span would cost the heap several times more.
 */
export class SpanList {
  private bounds = new Float64Array(1024);
  length = 0;

  push(start: number, end: number): void {
    if (2 * this.length + 2 > this.bounds.length) {
      const grown = new Float64Array(this.bounds.length * 2);
      grown.set(this.bounds);
      this.bounds = grown;
    }
    this.bounds[2 * this.length] = start;
    this.bounds[2 * this.length + 1] = end;
    this.length++;
  }

  get(index: number): Span {
    return { start: this.bounds[2 * index]!, end: this.bounds[2 * index + 1]! };
  }
}

export interface ScannedBundle {
  /** The bundle's own properties (type, id...), parsed; `objects` is not among them. */
  readonly header: Record<string, unknown>;
  /** Each entry of `objects`, in order, still as bytes: parse them one batch at a time. */
  readonly objects: SpanList;
}

/** A property of the bundle other than `objects` larger than this is refused (no real bundle has one). */
const MAX_HEADER_VALUE = 1024 * 1024;

const QUOTE = 0x22, BACKSLASH = 0x5c, COMMA = 0x2c, COLON = 0x3a;
const OPEN_OBJECT = 0x7b, CLOSE_OBJECT = 0x7d, OPEN_LIST = 0x5b, CLOSE_LIST = 0x5d;
const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/**
 * Finds the entries of a STIX bundle's `objects` list without holding the file in memory:
 * V8 cannot hold a string over about 512 MB nor a Buffer over 2 GiB, and parsing a whole large
 * bundle at once would hold every object. The bytes are scanned once, a window at a time;
 * only the bundle's outline (braces, brackets, strings, commas and colons) is checked here,
 * and each entry is later read and parsed on its own (`readEntries`), so a malformed entry
 * fails alone, as an invalid object does. A file that is cut short or badly formed outside
 * the entries is refused whole, before anything is stored. JSON's structural characters are
 * ASCII, and UTF-8 never uses ASCII bytes inside a multi-byte character, so scanning bytes is
 * exact.
 */
export function scanBundle(input: Uint8Array | ByteSource, onRead?: (position: number) => void): ScannedBundle {
  const scanner = new Scanner(input instanceof Uint8Array ? bytesSource(input) : input, onRead);
  return scanner.bundle();
}

/** Bytes scanned per read of the source. */
const WINDOW = 1024 * 1024;

class Scanner {
  /** The absolute position of the next byte to scan. */
  private pos = 0;
  private readonly window = new Uint8Array(WINDOW);
  /** Where the window starts in the source, and how many of its bytes are filled. */
  private windowStart = 0;
  private windowLength = 0;

  /** `onRead` learns each position the scan reads from (about once a megabyte), for a progress bar. */
  constructor(private readonly source: ByteSource, private readonly onRead?: (position: number) => void) {
    // A UTF-8 byte order mark is allowed before the JSON text.
    if (this.at(0) === 0xef && this.at(1) === 0xbb && this.at(2) === 0xbf) this.pos = 3;
  }

  /** The byte at an absolute position, or undefined past the end; moves the window if needed. */
  private at(position: number): number | undefined {
    const offset = position - this.windowStart;
    if (offset >= 0 && offset < this.windowLength) return this.window[offset];
    if (position >= this.source.size) return undefined;
    this.windowStart = position;
    this.windowLength = this.source.read(this.window, position);
    this.onRead?.(position);
    return this.windowLength > 0 ? this.window[0] : undefined;
  }

  bundle(): ScannedBundle {
    const header: Record<string, unknown> = {};
    let objects: SpanList | undefined;
    if (this.peek() === undefined) throw badRequest('the input is empty; expected a STIX 2.1 bundle');
    this.expect(OPEN_OBJECT, 'the bundle must be a JSON object');
    if (this.peek() === CLOSE_OBJECT) this.pos++;
    else {
      for (;;) {
        const key = this.key();
        this.expect(COLON, `expected ':' after "${key}"`);
        if (key === 'objects') {
          if (objects) throw this.error('the bundle has "objects" twice');
          if (this.peek() !== OPEN_LIST) throw this.error('"objects" must be a list of STIX objects');
          objects = this.entries();
        } else {
          const start = this.pos;
          const end = this.skipValue();
          if (end - start > MAX_HEADER_VALUE) throw this.error(`the bundle's "${key}" is over 1 MB; only "objects" may be large`);
          header[key] = this.parse(start, end);
        }
        if (this.peek() === COMMA) { this.pos++; continue; }
        this.expect(CLOSE_OBJECT, "expected ',' or '}' in the bundle");
        break;
      }
    }
    if (this.peek() !== undefined) throw this.error('unexpected text after the bundle');
    return { header, objects: objects ?? new SpanList() };
  }

  /** The entries of a list, each as a span; `pos` is at its '['. */
  private entries(): SpanList {
    const spans = new SpanList();
    this.pos++;
    if (this.peek() === CLOSE_LIST) { this.pos++; return spans; }
    for (;;) {
      const start = this.skipSpace();
      spans.push(start, this.skipValue());
      if (this.peek() === COMMA) { this.pos++; continue; }
      this.expect(CLOSE_LIST, "expected ',' or ']' in \"objects\"");
      return spans;
    }
  }

  /** Skips one JSON value, checking only that its brackets and strings close; returns its end. */
  private skipValue(): number {
    const first = this.peek();
    if (first === undefined) throw this.error('the file ends where a value was expected');
    if (first === QUOTE) return this.skipString();
    if (first !== OPEN_OBJECT && first !== OPEN_LIST) return this.skipScalar();
    const closers: number[] = [];
    // The loops below read the window directly, a byte at a time, and ask `at` only to move it:
    // most of a bundle's bytes are inside its entries, so this is where the scan spends its time.
    reading: for (;;) {
      if (this.at(this.pos) === undefined) break;
      const { window, windowStart: base, windowLength: end } = this;
      for (let i = this.pos - base; i < end; i++) {
        const byte = window[i]!;
        if (byte === QUOTE) {
          this.pos = base + i;
          this.skipString();
          continue reading;
        }
        if (byte === OPEN_OBJECT) closers.push(CLOSE_OBJECT);
        else if (byte === OPEN_LIST) closers.push(CLOSE_LIST);
        else if (byte === CLOSE_OBJECT || byte === CLOSE_LIST) {
          this.pos = base + i;
          if (closers.pop() !== byte) throw this.error(`unexpected '${String.fromCharCode(byte)}'`);
          if (closers.length === 0) return ++this.pos;
        }
      }
      this.pos = base + end;
    }
    throw this.error(`the file ends inside a value (${closers.length} bracket${closers.length === 1 ? '' : 's'} left open)`);
  }

  /** `pos` is at an opening quote; returns the end of the string. */
  private skipString(): number {
    const start = this.pos++;
    while (this.at(this.pos) !== undefined) {
      const { window, windowStart: base, windowLength: end } = this;
      let i = this.pos - base;
      while (i < end) {
        const byte = window[i++]!;
        // An escape at the window's last byte leaves i past the end: the next window skips it.
        if (byte === BACKSLASH) i++;
        else if (byte === QUOTE) return (this.pos = base + i);
      }
      this.pos = base + i;
    }
    this.pos = start;
    throw this.error('the file ends inside a string');
  }

  /** A number, true, false or null: up to the next structural character or space. */
  private skipScalar(): number {
    const start = this.pos;
    for (let byte = this.at(this.pos); byte !== undefined; byte = this.at(this.pos)) {
      if (byte === COMMA || byte === CLOSE_OBJECT || byte === CLOSE_LIST || isSpace(byte)) break;
      this.pos++;
    }
    if (this.pos === start) throw this.error('expected a value');
    return this.pos;
  }

  private key(): string {
    const start = this.skipSpace();
    if (this.at(start) !== QUOTE) throw this.error('expected a property name in quotes');
    const end = this.skipString();
    if (end - start > MAX_HEADER_VALUE) throw this.error('a property name of the bundle is over 1 MB');
    return this.parse(start, end) as string;
  }

  private parse(start: number, end: number): unknown {
    const bytes = bytesAt(this.source, start, end);
    const bad = firstNonUtf8Byte(bytes);
    if (bad >= 0) {
      this.pos = start + bad;
      throw this.error(describeNonUtf8(bytes, bad, start));
    }
    try {
      return JSON.parse(bytes.toString('utf8'));
    } catch (error) {
      this.pos = start;
      throw this.error(`not valid JSON: ${(error as Error).message}`);
    }
  }

  private expect(byte: number, message: string): void {
    const next = this.peek();
    if (next === undefined) throw this.error(`the file ends early (${message})`);
    if (next !== byte) throw this.error(message);
    this.pos++;
  }

  /** The next byte that is not white space (undefined at the end); `pos` moves to it. */
  private peek(): number | undefined {
    this.skipSpace();
    return this.at(this.pos);
  }

  private skipSpace(): number {
    for (let byte = this.at(this.pos); byte !== undefined && isSpace(byte); byte = this.at(this.pos)) this.pos++;
    return this.pos;
  }

  private error(message: string) {
    return badRequest(`the bundle is not valid JSON at byte ${this.pos}: ${message}`);
  }
}

export type Entry = { ok: true; value: unknown } | { ok: false; message: string };

/** Contiguous entries are read from the source together, up to this many bytes at a time. */
const READ_AT_ONCE = 16 * 1024 * 1024;
/** An entry larger than this is refused unread: V8 cannot make one string of it. */
export const MAX_ENTRY_BYTES = 512 * 1024 * 1024;

/**
 * Reads and parses the entries `first` to `end` (exclusive) of a scanned bundle. A malformed
 * entry is reported, as an invalid object is, and the others are still returned.
 */
export function readEntries(source: ByteSource, spans: SpanList, first: number, end: number): Entry[] {
  const entries: Entry[] = [];
  let next = first;
  while (next < end) {
    const from = spans.get(next).start;
    if (spans.get(next).end - from > MAX_ENTRY_BYTES) {
      entries.push({ ok: false, message: `this entry is ${spans.get(next).end - from} bytes; objects over ${MAX_ENTRY_BYTES / 1024 / 1024} MB are not imported` });
      next++;
      continue;
    }
    let last = next;
    while (last + 1 < end && spans.get(last + 1).end - from <= READ_AT_ONCE) last++;
    const bytes = bytesAt(source, from, spans.get(last).end);
    for (; next <= last; next++) {
      const span = spans.get(next);
      const entry = bytes.subarray(span.start - from, span.end - from);
      // Decoding would turn bytes that are not UTF-8 into U+FFFD and import text nobody wrote.
      const bad = firstNonUtf8Byte(entry);
      entries.push(bad >= 0 ? { ok: false, message: describeNonUtf8(entry, bad, span.start) } : parseText(entry.toString('utf8')));
    }
  }
  return entries;
}

function parseText(text: string): Entry {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    return { ok: false, message: `not valid JSON: ${(error as Error).message}` };
  }
}
