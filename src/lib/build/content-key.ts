import { createHash } from "node:crypto";
import type { GlossaryEntry } from "../schema/glossary.ts";
import { glossaryReads } from "./glossary-key.ts";
import { familyOf } from "../schema/glossary.ts";

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
 * Fields of a report's metadata that only the report's own pages show: the digest of its source file changes
 * with every edit of its text, so it belongs to the report, not to what every page reads.
 */
export const OWN_FIELDS: readonly string[] = ["source_sha256"];

const byId = (a: KeyedEntry, b: KeyedEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const sorted = (entries: readonly KeyedEntry[]) => [...entries].sort(byId);
const line = (e: KeyedEntry, data: unknown = e.data) => `\0${e.id}\0${e.digest ?? ""}\0${JSON.stringify(data)}\n`;

/**
 * One digest of every entry of every collection, for Astro's incremental build (`cacheKey` in
 * getStaticPaths): a page that reads every report is only re-rendered when this key, or its code, changed.
 *
 * The loader's digest covers each source file (a report's Markdown body included); the parsed data is hashed
 * too, so a change of the collections' schemas (a default, a transform) changes the key even where no file
 * did. Entries are taken in id order, so the order the loaders give them in does not matter.
 */
export function contentKey(collections: ReadonlyMap<string, readonly KeyedEntry[]>): string {
  const hash = createHash("sha256");
  for (const name of [...collections.keys()].sort()) {
    hash.update(`\0collection ${name}\n`);
    for (const e of sorted(collections.get(name)!)) hash.update(line(e));
  }
  return hash.digest("hex").slice(0, 32);
}

/** The digests a page's cache key is made of (`contentDigests`). */
export interface ContentDigests {
  /** All content (`contentKey`): the key of a page that reads every report. */
  all: string;
  /**
   * What any page may read of the whole corpus: `base`, the glossary and every report's metadata without its own
   * fields (`OWN_FIELDS`): ids, places, years, titles. An added or removed report changes it.
   */
  shared: string;
  /**
   * What any page may read but the reports' metadata and the glossary: the places, the sources, figure files
   * that name no report. The key of a page that names the reports whose metadata it reads
   * (`PageInputs.metadata`): a report added or removed leaves it as it was.
   */
  base: string;
  /**
   * The glossary's entries, every report's in one list (a file without entries, a report without an appendix,
   * adds nothing): what a page that links the glossary's terms in a report's text reads (`PageInputs.glossary`)
   * when the reports' bodies are not known (`glossaryReads`).
   */
  glossary: string;
  /**
   * What a page that links the glossary's terms in a report's text reads of the glossary, by report
   * (src/lib/build/glossary-key.ts): its own entries and those its text can link; made when the reports' bodies
   * are given to `contentDigests`.
   */
  glossaryReads?: ReadonlyMap<string, string>;
  /** Each report's own glossary entries (its appendix): what its search shard reads of the glossary (`glossary: "own"`). */
  ownGlossary: ReadonlyMap<string, string>;
  /** Each report's metadata without its own fields: what a page that names the report beside it reads of it. */
  meta: ReadonlyMap<string, string>;
  /** Each report's own content: its file (text and metadata) and its figure file. */
  reports: ReadonlyMap<string, string>;
  /**
   * Each report's figure file alone, for pages that show its figure records and not its text (the indicator
   * overview, the tracker's, the data tables): an edit of a report's text that changes none of its records
   * leaves their keys as they were.
   */
  figures: ReadonlyMap<string, string>;
}

/** Each report's family (`familyOf`: its parent, else its place), from its metadata, by report id. */
const familiesOf = (reports: readonly KeyedEntry[]): Map<string, string> =>
  new Map(
    reports.flatMap((r) => {
      const data = r.data as { place?: unknown; parent?: unknown } | null;
      return typeof data?.place === "string" ? [[r.id, familyOf({ place: data.place, parent: typeof data.parent === "string" ? data.parent : null })] as const] : [];
    }),
  );

/** The report a figure file belongs to (`{ report, … }`), if it names one. */
const reportOf = (e: KeyedEntry): string | undefined => {
  const report = (e.data as { report?: unknown } | null)?.report;
  return typeof report === "string" ? report : undefined;
};

/** What a glossary file gives the pages: its entries (a file with none, a report without an appendix, gives nothing). */
const glossaryEntries = (e: KeyedEntry): unknown[] => {
  const entries = (e.data as { entries?: unknown } | null)?.entries;
  return Array.isArray(entries) ? entries : [];
};

/**
 * The digests of a build's content, for cache keys that name what a page reads: a report's own pages need
 * not render again when another report's text changes, nor when a report is added that they do not name.
 * Figure files are counted with their report (a file that names no known report stays in `base`); glossary
 * files by their entries alone, apart (the pages read the entries of every report as one list); every other
 * collection is in `base`.
 */
export function contentDigests(collections: ReadonlyMap<string, readonly KeyedEntry[]>, bodies?: ReadonlyMap<string, string>): ContentDigests {
  const reports = sorted(collections.get("reports") ?? []);
  const own = new Map(reports.map((r) => [r.id, createHash("sha256").update(`report${line(r)}`)]));
  const figures = new Map(reports.map((r) => [r.id, createHash("sha256").update(`figures of ${r.id}\n`)]));
  const meta = new Map<string, string>();
  for (const r of reports) {
    const data = r.data && typeof r.data === "object" ? Object.fromEntries(Object.entries(r.data).filter(([k]) => !OWN_FIELDS.includes(k))) : r.data;
    meta.set(r.id, createHash("sha256").update(`\0meta\0${r.id}\0${JSON.stringify(data)}\n`).digest("hex"));
  }
  const base = createHash("sha256");
  const glossary = createHash("sha256").update("glossary\n");
  for (const name of [...collections.keys()].sort()) {
    if (name === "reports") continue;
    if (name === "glossary") {
      for (const e of sorted(collections.get(name)!)) {
        const entries = glossaryEntries(e);
        if (entries.length > 0) glossary.update(`\0${e.id}\0${JSON.stringify(entries)}\n`);
      }
      continue;
    }
    base.update(`\0collection ${name}\n`);
    for (const e of sorted(collections.get(name)!)) {
      const id = name === "indicators" ? reportOf(e) : undefined;
      const report = own.get(id ?? "");
      if (report) {
        report.update(`figures${line(e)}`);
        figures.get(id!)!.update(line(e));
      } else base.update(line(e));
    }
  }
  const [baseDigest, glossaryDigest] = [base.digest("hex"), glossary.digest("hex")];
  // Each report's own entries, as a search shard finds them: by the report each entry names, in the files' order.
  const entries = (collections.get("glossary") ?? []).flatMap(glossaryEntries) as GlossaryEntry[];
  const ownEntries = Map.groupBy(entries, (e) => e.report);
  const ownGlossary = new Map(reports.map((r) => [r.id, createHash("sha256").update(JSON.stringify(ownEntries.get(r.id) ?? [])).digest("hex")]));
  const shared = createHash("sha256").update(`shared\0${baseDigest}\0${glossaryDigest}\n`);
  for (const [id, digest] of meta) shared.update(`\0${id}\0${digest}\n`);
  return {
    all: contentKey(collections),
    shared: shared.digest("hex"),
    base: baseDigest,
    glossary: glossaryDigest,
    meta,
    reports: new Map([...own].map(([id, h]) => [id, h.digest("hex")])),
    figures: new Map([...figures].map(([id, h]) => [id, h.digest("hex")])),
    ownGlossary,
    ...(bodies ? { glossaryReads: glossaryReads(entries, bodies, familiesOf(reports)) } : {}),
  };
}

/** What a page reads beyond the shared content: reports' own content, and data computed for it (its props). */
export interface PageInputs {
  /** Ids of the reports whose text, metadata or figures the page shows. */
  reports?: Iterable<string>;
  /** Ids of the reports whose figure records, and nothing else of their own, the page shows. */
  figures?: Iterable<string>;
  /**
   * Ids of the reports whose metadata (place, year, title) the page shows beside those of `reports`, when it
   * does not read the list of every report: the key is then made from `base` and these, not from `shared`, so
   * that a report added or removed renders only the pages that name it again. A page that reads the list of
   * reports, or anything made from it, leaves this out (or states what it made from it in `data`).
   */
  metadata?: Iterable<string>;
  /**
   * With `metadata`: the page links the glossary's terms in the text of its `reports` (a reader, a comparison, a
   * search shard), so its key covers what those texts read of the glossary (`glossaryReads`; without it, the
   * glossary's entries); `"own"`: it reads its reports' own entries alone (a search shard indexes its report's
   * appendix). (A page keyed on the shared content covers them anyway.)
   */
  glossary?: boolean | "own";
  /** Anything else the page is made from, as JSON (a model computed from many reports, passed as props). */
  data?: unknown;
}

/**
 * A page's cache key: the shared content (or, for a page that names the reports whose metadata it reads, the
 * base content and those reports' metadata), each report it reads (in id order, each once), the figure files it
 * reads, and its data. A report unknown to the build is a bug in the caller: it throws rather than key a page
 * on nothing.
 */
export function pageKey(digests: ContentDigests, inputs: PageInputs): string {
  const named = inputs.metadata !== undefined;
  const hash = createHash("sha256").update(named ? `page of base\0${digests.base}\n` : `page\0${digests.shared}\n`);
  // What the texts of its reports read of the glossary, when known; else all of it.
  const reads = !named || !inputs.glossary ? undefined : inputs.glossary === "own" ? digests.ownGlossary : digests.glossaryReads;
  const reports = [...(inputs.reports ?? [])];
  if (named && inputs.glossary && !reads) hash.update(`\0glossary\0${digests.glossary}\n`);
  for (const [kind, of, ids] of [
    ["glossary", reads ?? new Map<string, string>(), reads ? reports : undefined],
    ["meta", digests.meta, inputs.metadata],
    ["report", digests.reports, reports],
    ["figures", digests.figures, inputs.figures],
  ] as const) {
    for (const id of [...new Set(ids ?? [])].sort()) {
      const digest = of.get(id);
      if (digest === undefined) throw new Error(`cache key: no report “${id}” in the content collections`);
      hash.update(`\0${kind}\0${id}\0${digest}\n`);
    }
  }
  if (inputs.data !== undefined) hash.update(`\0data\0${dataDigest(inputs.data)}\n`);
  return hash.digest("hex").slice(0, 32);
}

/** A value JSON writes as itself: no object, or an array of such values. */
const plain = (v: unknown): boolean => v === null || typeof v !== "object" || (Array.isArray(v) && v.every((x) => x === null || typeof x !== "object"));

/**
 * Whether an object or array holds plain values only (see `plain`): its JSON then holds all of it, and is what
 * the member-by-member text would be when each member is short (the same keys in the same order, `null` for a
 * function or `undefined` in an array, the same fields left out).
 */
const flat = (value: object): boolean => (Array.isArray(value) ? value : Object.values(value)).every(plain);

/** The digests of the objects and arrays already read, by identity (see {@link dataDigest}). */
const digests = new WeakMap<object, string>();

/**
 * A digest of a value as JSON would write it (a Map or a Set by its members, which JSON leaves out): the same JSON
 * gives the same digest, and any change in it another.
 * An object or array is written from the digests of its members (and hashed unless it is short), and each one's
 * digest is kept by identity: the records a build's models share (an indicator's records appear on its page in
 * both languages, in its CSV, on their report's records page and on their year's charts) are read once a build,
 * not once a page (at 400 reports, JSON of every page's data took about 3 s of each build). The models are not
 * changed once made, so a kept digest stays true.
 */
export function dataDigest(value: unknown): string {
  if (value === null || typeof value !== "object") return JSON.stringify(value) ?? "undefined";
  const known = digests.get(value);
  if (known !== undefined) return known;
  const json = (value as { toJSON?: () => unknown }).toJSON;
  let text: string;
  if (typeof json === "function") text = `json\0${dataDigest(json.call(value))}`;
  // JSON writes a Map or a Set as `{}`: their members count here, so that a model holding one is keyed on them.
  else if (value instanceof Map) text = `map\0${dataDigest([...value])}`;
  else if (value instanceof Set) text = `set\0${dataDigest([...value])}`;
  // A record of plain values (a figure record: numbers, strings, arrays of them) stands for its JSON, all of it,
  // which JSON.stringify writes faster than the members one by one (at 400 reports, about 74,000 records).
  else if (flat(value)) text = JSON.stringify(value);
  else if (Array.isArray(value)) text = `[${value.map((v) => (v === undefined || typeof v === "function" ? "null" : dataDigest(v))).join(",")}]`;
  else {
    const fields = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
    text = `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${dataDigest(v)}`).join(",")}}`;
  }
  // A small object stands for itself; a larger one for the hash of its text (`#…`, never the start of JSON).
  const digest = text.length <= 64 ? text : `#${createHash("sha256").update(text).digest("base64url")}`;
  digests.set(value, digest);
  return digest;
}
