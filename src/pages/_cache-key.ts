/**
 * The cache keys of pre-rendered pages (Astro's incremental build, `experimental.incrementalBuild`). A page whose
 * route code and key are those of the last build is copied from Astro's cache instead of rendered again.
 * - `keyedBy`: each page keyed on what it reads: the content every page may read (metadata, glossary, places),
 *   and the reports' own files and figures it names (a reader, its citations, a comparison of two); a page that
 *   names the reports whose metadata it shows (`reportsAlone`, a reader's related reports) is not keyed on the
 *   list of every report, so a report added renders again only the pages that name it or list every report; or every
 *   report's figure file (`"figures"`: the indicator and tracker overviews, the data tables), or its data; or
 *   all content (`"all"`: the glossary and search, which read every report's text), so that any change renders
 *   it again.
 * The digests are computed once per build (src/lib/build/content-key.ts).
 */
import { getCollection } from "astro:content";
import { withBodies } from "./_reports.ts";
import { COLLECTION_NAMES, contentDigests, pageKey, type ContentDigests, type KeyedEntry, type PageInputs } from "../lib/build/content-key.ts";

let digests: Promise<ContentDigests> | undefined;

/**
 * The content digests of this build, with what each report's text reads of the glossary: the reports' bodies are
 * read for it (at 400 reports 20 MB of files, read and scanned for every spelling of every term in about 0.4 s),
 * which the pages then read from memory.
 */
function buildDigests(): Promise<ContentDigests> {
  digests ??= (async () => {
    const all = await Promise.all(COLLECTION_NAMES.map(async (name) => [name, (await getCollection(name)) as KeyedEntry[]] as const));
    const bodies = await withBodies(await getCollection("reports"));
    return contentDigests(new Map(all), new Map(bodies.map((r) => [r.id, r.body])));
  })();
  return digests;
}

/**
 * What a page reads beyond the shared content: the reports and data it names (`PageInputs`; `{}` for a page of
 * the shared content alone), every report's figure file and no text (`"figures"`), or all content (`"all"`).
 */
export type PageReads = PageInputs | "figures" | "all";

/** getStaticPaths' entries, each keyed on what `uses` says the page reads. */
export async function keyedBy<T extends object>(paths: readonly T[], uses: (path: T) => PageReads): Promise<(T & { cacheKey: string })[]> {
  const d = await buildDigests();
  return paths.map((p) => {
    const reads = uses(p);
    return { ...p, cacheKey: reads === "all" ? d.all : pageKey(d, reads === "figures" ? { figures: d.figures.keys() } : reads) };
  });
}

/**
 * What a page made from the given reports alone reads (their text, metadata and figure files, and the base
 * content: places, sources): a report added or removed elsewhere leaves its key as it was.
 */
export const reportsAlone = (...ids: string[]): PageInputs => ({ reports: ids, metadata: [] });

/** What a page made from the given reports alone reads, when it links the glossary's terms in their text. */
export const reportsWithGlossary = (...ids: string[]): PageInputs => ({ ...reportsAlone(...ids), glossary: true });

/** What a page made from the given reports alone reads, when it shows their own glossary entries (their appendices). */
export const reportsWithOwnGlossary = (...ids: string[]): PageInputs => ({ ...reportsAlone(...ids), glossary: "own" });

/** getStaticPaths' entries of pages that all read the same (all content unless told), each with its key. */
export const keyed = <T extends object>(paths: readonly T[], reads: PageReads = "all") => keyedBy(paths, () => reads);

/**
 * A getStaticPaths for a page at a fixed address (`[...index].astro`, the rest parameter empty), keyed on what
 * it reads (all content unless told).
 */
export const onePage = (reads: PageReads = "all") => () => keyed([{ params: { index: undefined }, props: {} }], reads);
