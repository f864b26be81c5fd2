/** Where the TAXII resources live on a node. */
export const DISCOVERY_PATH = '/taxii2/';
export const API_ROOT_PATH = '/taxii2/root/';
