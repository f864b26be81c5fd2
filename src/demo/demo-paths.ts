import { fileURLToPath } from 'node:url';

/**
 * The demo data ships as files beside the sources (src/demo/); this module sits in
 * src/demo or dist/demo, so the same relative path finds them from both.
 */
export function demoFile(name: string): string {
  return fileURLToPath(new URL(`../../src/demo/${name}`, import.meta.url));
}
