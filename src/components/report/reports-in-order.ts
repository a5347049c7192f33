/** The reports of the collection in the order the site lists them: places (regions first, then `content/places.json`, then the places it lacks), then years. */
import { getCollection, type CollectionEntry } from "astro:content";
import { placeInfos } from "../../lib/indicators/places.ts";
import { placeList } from "../../pages/_places.ts";

let ordered: Promise<CollectionEntry<"reports">[]> | undefined;

/** The report entries in listing order (sorted once per build). */
export function reportsInPlaceOrder(): Promise<CollectionEntry<"reports">[]> {
  ordered ??= Promise.all([getCollection("reports"), placeList()]).then(([all, places]) => {
    const rank = new Map(placeInfos(places, all.map((r) => r.data.place)).map((p, i) => [p.id, i]));
    return all.sort((a, b) => rank.get(a.data.place)! - rank.get(b.data.place)! || a.data.year - b.data.year);
  });
  return ordered;
}
