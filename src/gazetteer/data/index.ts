/** Every bundled entry except the countries, which are generated from the locale package. */
import { ARMED_GROUPS } from './armed-groups.js';
import { BURKINA_PLACES } from './bf.js';
import { CAPITALS } from './capitals.js';
import { ALGERIA_PLACES } from './dz-places.js';
import { ALGERIA_WILAYAS } from './dz-wilayas.js';
import { LEADERS } from './leaders.js';
import { LIBYA_PLACES } from './ly.js';
import { MOROCCO_PLACES } from './ma.js';
import { MEDIA } from './media.js';
import { MALI_PLACES } from './ml.js';
import { MAURITANIA_PLACES } from './mr.js';
import { NIGER_PLACES } from './ne.js';
import { NIGERIA_PLACES } from './ng.js';
import { ORGANISATIONS } from './organisations.js';
import { REGION_ENTRIES } from './regions.js';
import { CHAD_PLACES } from './td.js';
import { TUNISIA_PLACES } from './tn.js';
import type { GazetteerEntry } from '../types.js';

/** Sub-national places and regions, by country, then the macro-regions. */
export const PLACE_ENTRIES: readonly GazetteerEntry[] = [
  ...ALGERIA_WILAYAS, ...ALGERIA_PLACES, ...MALI_PLACES, ...NIGER_PLACES, ...MAURITANIA_PLACES,
  ...LIBYA_PLACES, ...TUNISIA_PLACES, ...CHAD_PLACES, ...BURKINA_PLACES, ...NIGERIA_PLACES,
  ...MOROCCO_PLACES, ...CAPITALS, ...REGION_ENTRIES,
];

/** Armed groups, their leaders, organisations and media. */
export const ACTOR_ENTRIES: readonly GazetteerEntry[] = [...ARMED_GROUPS, ...LEADERS, ...ORGANISATIONS, ...MEDIA];
