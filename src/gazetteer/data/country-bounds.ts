/**
 * Bounding boxes (south, north, west, east; WGS84 degrees, rounded outwards) of
 * the countries with sub-national entries, used to check coordinates.
 */
export const COUNTRY_BOUNDS: Readonly<Record<string, readonly [number, number, number, number]>> = {
  DZ: [18.9, 37.2, -8.7, 12.0],
  ML: [10.1, 25.0, -12.3, 4.3],
  NE: [11.6, 23.6, 0.1, 16.0],
  MR: [14.7, 27.3, -17.1, -4.8],
  LY: [19.5, 33.2, 9.3, 25.2],
  TN: [30.2, 37.6, 7.5, 11.6],
  TD: [7.4, 23.5, 13.4, 24.0],
  BF: [9.4, 15.1, -5.6, 2.4],
  NG: [4.2, 13.9, 2.6, 14.7],
  MA: [27.6, 35.95, -13.2, -1.0],
  EH: [20.7, 27.7, -17.1, -8.6],
  EG: [22.0, 31.7, 24.7, 36.9],
  SD: [8.6, 22.3, 21.8, 38.7],
};

/** Africa and the Middle East, for entries whose country has no box above. */
export const AFRICA_MIDDLE_EAST: readonly [number, number, number, number] = [-35.0, 42.0, -26.0, 64.0];
