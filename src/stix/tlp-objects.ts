import { TLP2_EXTENSION_ID, TLP2_MARKING_IDS, TLP_LEVELS } from './markings.js';
import type { StixObject } from './types.js';

/**
 * The TLP 2.0 marking-definition objects as OASIS publishes them (extension-based
 * markings with fixed ids), so a node can serve them to clients that do not carry them.
 */
export const TLP_MARKING_OBJECTS: readonly StixObject[] = TLP_LEVELS.map((level) => ({
  type: 'marking-definition',
  spec_version: '2.1',
  id: TLP2_MARKING_IDS[level],
  created: '2022-10-01T00:00:00.000Z',
  name: `TLP:${level.toUpperCase()}`,
  extensions: { [TLP2_EXTENSION_ID]: { extension_type: 'property-extension', tlp_2_0: level } },
}));
