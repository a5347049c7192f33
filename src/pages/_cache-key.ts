/**
 * The cache keys of pre-rendered pages (Astro's incremental build, `experimental.incrementalBuild`). A page whose
 * route code and key are those of the last build is copied from Astro's cache instead of rendered again.
 * - `keyed`: pages that read the whole corpus (the index, the glossary, the tracker, indicators, downloads):
 *   the digest of all content collections, so any change renders them again.
 * - `keyedBy`: pages that read some reports (a reader, its citations, a comparison of two): the content every
 *   page may read (metadata, glossary, places) and the named reports' own files and figures, or the page's data.
 * The digests are computed once per build (src/lib/build/content-key.ts).
 */
import { getCollection } from "astro:content";
import { COLLECTION_NAMES, contentDigests, pageKey, type ContentDigests, type KeyedEntry, type PageInputs } from "../lib/build/content-key.ts";

let digests: Promise<ContentDigests> | undefined;

/** The content digests of this build. */
function buildDigests(): Promise<ContentDigests> {
  digests ??= Promise.all(COLLECTION_NAMES.map(async (name) => [name, (await getCollection(name)) as KeyedEntry[]] as const)).then(
    (all) => contentDigests(new Map(all)),
  );
  return digests;
}

/** getStaticPaths' entries of pages that read every report, each with the digest of all content. */
export async function keyed<T extends object>(paths: readonly T[]): Promise<(T & { cacheKey: string })[]> {
  const { all } = await buildDigests();
  return paths.map((p) => ({ ...p, cacheKey: all }));
}

/**
 * getStaticPaths' entries, each keyed on what `uses` says the page reads beyond the shared content, or on all
 * content (`"all"`) for a page of the route that reads every report.
 */
export async function keyedBy<T extends object>(paths: readonly T[], uses: (path: T) => PageInputs | "all"): Promise<(T & { cacheKey: string })[]> {
  const d = await buildDigests();
  return paths.map((p) => {
    const inputs = uses(p);
    return { ...p, cacheKey: inputs === "all" ? d.all : pageKey(d, inputs) };
  });
}

/** getStaticPaths of a page at a fixed address (`[...index].astro`, the rest parameter empty), with the cache key. */
export const onePage = () => keyed([{ params: { index: undefined }, props: {} }]);
