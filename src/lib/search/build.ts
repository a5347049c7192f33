import type { ReportDocument } from "../report/document.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import { searchDocuments } from "./documents.ts";
import { FORMAT_VERSION, type Manifest, type Shard } from "./format.ts";
import { buildShard } from "./shard.ts";
import type { SynonymTable } from "./synonyms.ts";

/** The shard of one report, from its document and the glossary entries of its appendix. */
export function reportShard(doc: ReportDocument, glossary: readonly GlossaryEntry[] = []): Shard {
  const { id, place, place_zh, place_en, title, year } = doc.meta;
  return buildShard({ id, place, place_zh, place_en, title, year }, searchDocuments(doc, glossary));
}

/** A shard serialized as the site ships it. */
export function serializeShard(shard: Shard): string {
  return JSON.stringify(shard);
}

/** URL path of a report's shard file (without the cache-busting hash). */
export function shardPath(report: string): string {
  return `/search/shards/${report}.json`;
}

/** FNV-1a hash of a string, 8 hex digits: a cache-busting version for a file's URL. */
export function contentHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/** The manifest of a set of shards (in the order given, which is also the order of the places), with the synonym table. */
export function buildManifest(shards: readonly Shard[], synonyms: SynonymTable): Manifest {
  const places = new Map<string, { name: string; name_en: string }>();
  for (const s of shards)
    if (!places.has(s.report.place)) places.set(s.report.place, { name: s.report.place_zh, name_en: s.report.place_en });
  const parts = [...new Set(shards.flatMap((s) => s.docs.flatMap((d) => (d.period ? [d.period] : []))))];
  return {
    version: FORMAT_VERSION,
    shards: shards.map((s) => {
      const body = serializeShard(s);
      return {
        ...s.report,
        url: `${shardPath(s.report.id)}?v=${contentHash(body)}`,
        bytes: new TextEncoder().encode(body).length,
        docs: s.docs.length,
      };
    }),
    places: [...places].map(([id, names]) => ({ id, ...names })),
    years: [...new Set(shards.map((s) => s.report.year))].sort((a, b) => a - b),
    parts,
    synonyms,
  };
}
