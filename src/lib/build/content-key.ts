import { createHash } from "node:crypto";

/** The content collections, by name: each page's cache key covers all of them (src/content.config.ts). */
export const COLLECTION_NAMES = ["reports", "glossary", "indicators", "places", "sources"] as const;
export type CollectionName = (typeof COLLECTION_NAMES)[number];

/** What the key reads of a collection entry: its id, the loader's digest of the source file and the parsed data. */
export interface KeyedEntry {
  id: string;
  digest?: number | string;
  data: unknown;
}

/**
 * One digest of every entry of every collection, for Astro's incremental build (`cacheKey` in
 * getStaticPaths): a page is only re-rendered when this key, or the code it is built from, changed.
 *
 * The loader's digest covers each source file (a report's Markdown body included); the parsed data is hashed
 * too, so a change of the collections' schemas (a default, a transform) changes the key even where no file
 * did. Entries are taken in id order, so the order the loaders give them in does not matter.
 */
export function contentKey(collections: ReadonlyMap<string, readonly KeyedEntry[]>): string {
  const hash = createHash("sha256");
  for (const name of [...collections.keys()].sort()) {
    hash.update(`\0collection ${name}\n`);
    const entries = [...collections.get(name)!].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    for (const e of entries) hash.update(`\0${e.id}\0${e.digest ?? ""}\0${JSON.stringify(e.data)}\n`);
  }
  return hash.digest("hex").slice(0, 32);
}
