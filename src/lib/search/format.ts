/**
 * The search index as the site ships it: a small manifest (`/search/manifest.json`) and one shard per
 * report (`/search/shards/<report>.json`). A shard holds its documents' metadata and the serialized fuse.js
 * index of their text; the text is stored once, in the index records.
 */
import type { SynonymTable } from "./synonyms.ts";

/** Version of the format; the client refuses other versions. */
export const FORMAT_VERSION = 2;

/** Kind of a searchable document: a paragraph, a heading, or a glossary entry. */
export type DocKind = "paragraph" | "heading" | "glossary";

/**
 * Part of the report a document sits in, as the report's structure names it: `review` (the past year or
 * years), `plan` (the new year), `outlook` (a five-year plan), any part added later, or null (preamble, glossary).
 */
export type DocPeriod = string | null;

/** A searchable document, as built from a report. */
export interface SearchDoc {
  kind: DocKind;
  /** Element id the result links to: `p-12`, `s-2-3`, or the glossary entry id. */
  anchor: string;
  period: DocPeriod;
  /** Ids of the headings above it, outermost first (`["s-2", "s-2-5"]`). */
  path: string[];
  /** Heading text or glossary term; empty for a paragraph. */
  title: string;
  /** Paragraph text or glossary definition; empty for a heading. */
  text: string;
  /** Length of the paragraph's lead (topic) sentence at the start of `text`, 0 when it has none. */
  lead: number;
  /** A glossary entry's page when the glossary is split (`/glossary/s/`, src/lib/glossary/pages.ts); else `/glossary/`. */
  page?: string;
}

/** Metadata of a shard's document: a {@link SearchDoc} without its title and text (those live in the index). */
export type ShardDoc = Omit<SearchDoc, "title" | "text">;

/** The report a shard covers. */
export interface ShardReport {
  id: string;
  /** Place id (`zhongwei`, `ningxia`), name (中卫市, 宁夏回族自治区) and English name (Zhongwei). */
  place: string;
  place_zh: string;
  place_en: string;
  title: string;
  year: number;
}

/** A serialized fuse.js index (`FuseIndex#toJSON()`), typed loosely so this module stays free of fuse.js. */
export interface SerializedIndex {
  keys: unknown[];
  records: { i: number; $: Record<string, { v: string; n: number }> }[];
}

/** One shard: a report's documents and the fuse.js index of their title and text. */
export interface Shard {
  version: typeof FORMAT_VERSION;
  report: ShardReport;
  docs: ShardDoc[];
  index: SerializedIndex;
}

/** A shard as the manifest lists it. */
export interface ShardEntry extends ShardReport {
  /** URL of the shard, with a content hash so caches never serve a stale one. */
  url: string;
  /** Size in bytes of the shard file (uncompressed). */
  bytes: number;
  /** Number of documents. */
  docs: number;
}

/** The manifest: what to load, and the synonym table. */
export interface Manifest {
  version: typeof FORMAT_VERSION;
  shards: ShardEntry[];
  /** Places in the order to show them (regions first, then the order of `content/places.json`), with their names. */
  places: { id: string; name: string; name_en: string }[];
  /** The reports' plan years, ascending. */
  years: number[];
  /** The parts of the reports that documents sit in (`review`, `plan`, `outlook` …), in order of first appearance. */
  parts: string[];
  synonyms: SynonymTable;
}

/** Permalink of a document. */
export function docUrl(report: string, doc: Pick<ShardDoc, "kind" | "anchor" | "page">): string {
  return doc.kind === "glossary" ? `${doc.page ?? "/glossary/"}#${doc.anchor}` : `/reports/${report}/#${doc.anchor}`;
}
