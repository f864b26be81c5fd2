/**
 * STIX 2.1 timestamps: RFC 3339, always UTC ("Z"), optional fractional seconds.
 * Objects keep the string they arrived with; comparisons use a fixed-width key so
 * "…00Z" and "…00.000Z" are the same instant and sort as text in both databases.
 */
const TIMESTAMP_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?Z$/;
const FRACTION_DIGITS = 9;

export interface ParsedTimestamp {
  /** Fixed-width, lexically sortable form with nine fractional digits. */
  readonly key: string;
  /** Number of fractional digits written in the original. */
  readonly precision: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Parses a STIX timestamp; undefined when it is not one. */
export function parseTimestamp(value: unknown): ParsedTimestamp | undefined {
  if (typeof value !== 'string') return undefined;
  const m = TIMESTAMP_PATTERN.exec(value);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, frac = ''] = m;
  const year = Number(y), month = Number(mo), day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  // Second 60 is allowed by RFC 3339 for leap seconds.
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 60) return undefined;
  const fraction = frac.slice(0, FRACTION_DIGITS).padEnd(FRACTION_DIGITS, '0');
  return { key: `${y}-${mo}-${d}T${h}:${mi}:${s}.${fraction}Z`, precision: frac.length };
}

export function isTimestamp(value: unknown): value is string {
  return parseTimestamp(value) !== undefined;
}

/** The sortable key of a timestamp the caller already validated. */
export function timestampKey(value: string): string {
  const parsed = parseTimestamp(value);
  if (!parsed) throw new RangeError(`not a STIX timestamp: ${value}`);
  return parsed.key;
}

/** Millisecond-precision STIX timestamp, the form STIX requires for created/modified. */
export function formatMillis(date: Date): string {
  return date.toISOString();
}

/** Microsecond-precision timestamp from microseconds since the epoch (TAXII date_added). */
export function formatMicros(micros: bigint): string {
  const millis = micros / 1000n;
  const iso = new Date(Number(millis)).toISOString(); // 2024-01-01T00:00:00.123Z
  const extra = (micros % 1000n).toString().padStart(3, '0');
  return `${iso.slice(0, 23)}${extra}Z`;
}

/** Microseconds since the epoch of a STIX/TAXII timestamp (digits past 6 truncated). */
export function toMicros(value: string): bigint {
  const key = timestampKey(value);
  const millis = BigInt(Date.parse(`${key.slice(0, 19)}Z`));
  return millis * 1000n + BigInt(key.slice(20, 26));
}

/** Current time in microseconds since the epoch. */
export function nowMicros(): bigint {
  // performance.timeOrigin + now() gives sub-millisecond resolution on one clock.
  return BigInt(Math.floor((performance.timeOrigin + performance.now()) * 1000));
}
