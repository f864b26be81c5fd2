/**
 * Gold annotation files (the format of ../shared/corpus/tamanrasset-summit.gold.json):
 * the document's entities with their surface forms, anonymous sources,
 * relations between canonical names, claims and events.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface GoldEntity {
  readonly canonical: string;
  readonly type: string;
  readonly kind?: string;
  readonly forms: readonly string[];
  readonly aliases?: readonly string[];
  readonly alias_forms?: readonly string[];
}

export interface GoldSource {
  readonly text: string;
  readonly canonical?: string;
  readonly kind?: string;
}

export interface GoldRelation {
  readonly from: string;
  readonly type: string;
  readonly to: string;
}

export interface GoldFile {
  readonly document: string;
  readonly language?: 'ar' | 'fr' | 'en';
  readonly entities: readonly GoldEntity[];
  readonly sources?: readonly GoldSource[];
  readonly relations?: readonly GoldRelation[];
}

/** The repository root (two levels above src/ingest/eval). */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
/**
 * The shared corpus folder: HOGGAR_SHARED_CORPUS if set, else `shared/corpus`
 * beside the repository or beside any folder above it (a clone may live deeper
 * than the working copy), else this project's machines' fixed place. It is read
 * where it is, never copied into the repository.
 */
export const SHARED_CORPUS = findSharedCorpus();

function findSharedCorpus(): string {
  const candidates: string[] = [];
  if (process.env.HOGGAR_SHARED_CORPUS) candidates.push(process.env.HOGGAR_SHARED_CORPUS);
  for (let dir = REPO_ROOT; ; dir = path.dirname(dir)) {
    candidates.push(path.resolve(dir, '..', 'shared', 'corpus'));
    if (path.dirname(dir) === dir) break;
  }
  candidates.push('/work/shared/corpus');
  return candidates.find((c) => existsSync(c)) ?? candidates[0]!;
}

export interface LoadedGold {
  readonly goldPath: string;
  readonly documentPath: string;
  readonly gold: GoldFile;
  readonly text: Buffer;
}

/** Reads a gold file and its document (beside it, else in the shared corpus). */
export function loadGold(goldPath: string): LoadedGold {
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
  if (typeof gold.document !== 'string' || !Array.isArray(gold.entities)) throw new Error(`${goldPath}: not a gold file (needs "document" and "entities")`);
  const beside = path.resolve(path.dirname(goldPath), gold.document);
  const documentPath = existsSync(beside) ? beside : path.resolve(SHARED_CORPUS, gold.document);
  if (!existsSync(documentPath)) throw new Error(`${goldPath}: document ${gold.document} not found beside it or in ${SHARED_CORPUS}`);
  return { goldPath, documentPath, gold, text: readFileSync(documentPath) };
}
