import { HoggarError } from '../../errors.js';

/**
 * SQLite stores a table's rows in primary-key order. Numbered in arrival order, objects of
 * every type lie mixed on disk, and a TAXII page of 1,000 objects of one type (`match[type]`,
 * the usual poll) reads a page of the file for nearly each of them. Numbering each new object
 * inside a range of keys of its own type keeps one type's objects together, so that page
 * reads about a tenth as many pages of the file, and more of them stay in the page cache.
 *
 * A region is 2^40 keys; a type's region is chosen by a hash of its name, so types never
 * need registering and custom types work alike (two types may share a region: they then lie
 * together, and nothing else changes). Keys stay below 2^53, exact as JavaScript numbers.
 * Rows stored before regions existed keep their keys, all below the first region.
 */

const REGION_SIZE = 2 ** 40;
const REGIONS = 1023;

/** The region (1 to REGIONS) of a type: FNV-1a over the name's UTF-16 code units. */
export function regionOf(type: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < type.length; i++) {
    hash ^= type.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return 1 + ((hash >>> 0) % REGIONS);
}

/**
 * Hands out primary keys for new objects, each the next free one in its type's region.
 * `lastBelow(limit)` returns the greatest stored key below `limit`; it is asked once per
 * region the allocator serves, so make one allocator per write transaction: another
 * process may have written since the last one.
 */
export function typeRegionKeys(lastBelow: (limit: number) => number | undefined): (type: string) => number {
  const nextInRegion = new Map<number, number>();
  return (type) => {
    const region = regionOf(type);
    let key = nextInRegion.get(region);
    if (key === undefined) {
      const start = region * REGION_SIZE;
      const last = lastBelow(start + REGION_SIZE);
      key = last !== undefined && last >= start ? last + 1 : start;
    }
    if (key >= (region + 1) * REGION_SIZE) throw new HoggarError('unavailable', `the store's key region for type ${type} is full`);
    nextInRegion.set(region, key + 1);
    return key;
  };
}
