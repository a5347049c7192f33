import Fuse from "fuse.js/basic";
import { FORMAT_VERSION, type SearchDoc, type SerializedIndex, type Shard, type ShardReport } from "./format.ts";
import { FUSE_KEYS } from "./fuse-options.ts";

/** Build a report's shard: document metadata plus the serialized fuse.js index of titles and texts. */
export function buildShard(report: ShardReport, docs: readonly SearchDoc[]): Shard {
  const index = Fuse.createIndex(FUSE_KEYS, docs).toJSON() as unknown as SerializedIndex;
  return {
    version: FORMAT_VERSION,
    report,
    docs: docs.map((d) => ({ kind: d.kind, anchor: d.anchor, period: d.period, path: d.path, lead: d.lead, ...(d.page ? { page: d.page } : {}) })),
    index,
  };
}
