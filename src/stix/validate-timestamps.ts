import { parseTimestamp } from './timestamps.js';

/**
 * Fast timestamp checks for the validator's hot path. They accept exactly what
 * timestamps.ts parseTimestamp accepts (RFC 3339, UTC "Z", optional fraction)
 * but read character codes instead of running a regular expression and building
 * a sortable key, because every SDO carries two or more timestamps.
 */
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const ZERO = 48;
const MIN_LENGTH = 20; // 2016-01-01T00:00:00Z

function digit(value: string, at: number): number {
  const d = value.charCodeAt(at) - ZERO;
  return d >= 0 && d <= 9 ? d : -1;
}

function twoDigits(value: string, at: number): number {
  const a = digit(value, at);
  const b = digit(value, at + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of fractional-second digits of a STIX timestamp, or -1 when `value` is not one. */
export function timestampPrecision(value: string): number {
  const length = value.length;
  if (length < MIN_LENGTH || value.charCodeAt(length - 1) !== 90 /* Z */) return -1;
  if (value[4] !== '-' || value[7] !== '-' || value[10] !== 'T' || value[13] !== ':' || value[16] !== ':') return -1;
  const hi = twoDigits(value, 0);
  const lo = twoDigits(value, 2);
  const month = twoDigits(value, 5);
  const day = twoDigits(value, 8);
  const hour = twoDigits(value, 11);
  const minute = twoDigits(value, 14);
  const second = twoDigits(value, 17);
  if (hi < 0 || lo < 0 || month < 1 || month > 12 || day < 1) return -1;
  const year = hi * 100 + lo;
  const monthDays = month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1]!;
  // Second 60 is RFC 3339's leap second.
  if (day > monthDays || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 60) return -1;
  if (length === MIN_LENGTH) return 0;
  if (value[19] !== '.' || length === MIN_LENGTH + 1) return -1;
  for (let i = 20; i < length - 1; i++) if (digit(value, i) < 0) return -1;
  return length - MIN_LENGTH - 1;
}

/**
 * Orders two valid timestamps: negative when `a` is earlier, 0 when equal.
 * Equal lengths mean equal layouts, so plain text order is time order; otherwise
 * the fixed-width keys of timestamps.ts decide ("…00Z" equals "…00.000Z").
 */
export function compareTimestamps(a: string, b: string): number {
  if (a.length !== b.length) {
    a = parseTimestamp(a)?.key ?? a;
    b = parseTimestamp(b)?.key ?? b;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}
