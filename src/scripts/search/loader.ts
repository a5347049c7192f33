import { FORMAT_VERSION, type Manifest, type Shard } from "../../lib/search/format.ts";

/** URL of the search manifest. */
export const MANIFEST_URL = "/search/manifest.json";
/** Id of the `<script type="application/json">` the search page inlines the manifest in (saves a round trip). */
export const MANIFEST_ELEMENT_ID = "search-manifest";
/** Shards requested before the first results: only these share the bandwidth with the page's own files. */
export const FIRST_SHARDS = 1;
/** Shards requested at a time once the first results are in. */
export const SHARD_CONCURRENCY = 4;

/** Fetch JSON, with an error that says which file failed. */
async function getJson<T>(url: string): Promise<T> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** The manifest inlined in the page, else fetched. */
async function readManifest(): Promise<Manifest> {
  const inline = document.getElementById(MANIFEST_ELEMENT_ID)?.textContent;
  if (inline) {
    try {
      return JSON.parse(inline) as Manifest;
    } catch {
      // fall through to the file
    }
  }
  return getJson<Manifest>(MANIFEST_URL);
}

/** Resolves after the next frame has painted (or soon, in a hidden tab, where frames do not come). */
const afterPaint = () =>
  new Promise<void>((ok) => {
    requestAnimationFrame(() => setTimeout(ok, 0));
    setTimeout(ok, 250);
  });

/**
 * Load the index lazily and progressively: the manifest (inlined in the page), then the first
 * {@link FIRST_SHARDS} shards on their own (the page preloads them), so the first results render after one
 * small fetch rather than sharing the bandwidth with the others; once those results have painted, the
 * remaining shards in manifest order, a few at a time, each handed over as soon as it arrives.
 */
export async function loadIndex(
  onManifest: (m: Manifest) => void,
  onShard: (shard: Shard, order: number) => void,
): Promise<void> {
  const manifest = await readManifest();
  if (manifest.version !== FORMAT_VERSION)
    throw new Error(`search index format ${manifest.version}, expected ${FORMAT_VERSION}`);
  onManifest(manifest);
  const first = manifest.shards.slice(0, FIRST_SHARDS);
  await Promise.all(first.map(async (entry, order) => onShard(await getJson<Shard>(entry.url), order)));
  if (manifest.shards.length <= first.length) return;
  await afterPaint();
  let next = first.length;
  const worker = async () => {
    while (next < manifest.shards.length) {
      const order = next++;
      const entry = manifest.shards[order];
      if (entry) onShard(await getJson<Shard>(entry.url), order);
    }
  };
  await Promise.all(Array.from({ length: Math.min(SHARD_CONCURRENCY, manifest.shards.length - next) }, worker));
}
