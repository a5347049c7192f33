import { FORMAT_VERSION, type Manifest, type Shard } from "../../lib/search/format.ts";

/** URL of the search manifest. */
export const MANIFEST_URL = "/search/manifest.json";
/** Shards requested at a time: the first results come after the first shard, not after all of them. */
export const SHARD_CONCURRENCY = 4;

/** Fetch JSON, with an error that says which file failed. */
async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/**
 * Load the index lazily and progressively: the manifest, then the shards in manifest order, a few at a
 * time, handing each one over as soon as it arrives so results can show before the last one is in.
 */
export async function loadIndex(
  onManifest: (m: Manifest) => void,
  onShard: (shard: Shard, order: number) => void,
): Promise<void> {
  const manifest = await getJson<Manifest>(MANIFEST_URL);
  if (manifest.version !== FORMAT_VERSION)
    throw new Error(`search index format ${manifest.version}, expected ${FORMAT_VERSION}`);
  onManifest(manifest);
  let next = 0;
  const worker = async () => {
    while (next < manifest.shards.length) {
      const order = next++;
      const entry = manifest.shards[order];
      if (entry) onShard(await getJson<Shard>(entry.url), order);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SHARD_CONCURRENCY, manifest.shards.length) }, worker));
}
