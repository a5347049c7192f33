/**
 * The cache key of every pre-rendered page (Astro's incremental build, `experimental.incrementalBuild`): the
 * digest of all content collections, computed once per build. A page whose route code and key are those of
 * the last build is copied from Astro's cache instead of rendered again; any change to the content renders
 * every page again (pages draw on many reports: the glossary, the tracker's neighbours, the place lists).
 */
import { getCollection } from "astro:content";
import { COLLECTION_NAMES, contentKey, type KeyedEntry } from "../lib/build/content-key.ts";

let key: Promise<string> | undefined;

/** The content digest of this build. */
export function buildContentKey(): Promise<string> {
  key ??= Promise.all(COLLECTION_NAMES.map(async (name) => [name, (await getCollection(name)) as KeyedEntry[]] as const)).then(
    (all) => contentKey(new Map(all)),
  );
  return key;
}

/** getStaticPaths' entries, each with the build's cache key. */
export async function keyed<T extends object>(paths: readonly T[]): Promise<(T & { cacheKey: string })[]> {
  const cacheKey = await buildContentKey();
  return paths.map((p) => ({ ...p, cacheKey }));
}

/** getStaticPaths of a page at a fixed address (`[...index].astro`, the rest parameter empty), with the cache key. */
export const onePage = () => keyed([{ params: { index: undefined }, props: {} }]);
