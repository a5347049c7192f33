/** The reports of the collection in the order the site lists them: places (regions first, then `content/places.json`), then years. */
import { getCollection, type CollectionEntry } from "astro:content";
import placesFile from "../../../content/places.json";
import { placeInfos } from "../../lib/indicators/places.ts";
import { placesFileSchema } from "../../lib/schema/place.ts";

let ordered: Promise<CollectionEntry<"reports">[]> | undefined;

/** The report entries in listing order (sorted once per build). */
export function reportsInPlaceOrder(): Promise<CollectionEntry<"reports">[]> {
  ordered ??= getCollection("reports").then((all) => {
    const rank = new Map(placeInfos(placesFileSchema.parse(placesFile), all.map((r) => r.data.place)).map((p, i) => [p.id, i]));
    return all.sort((a, b) => rank.get(a.data.place)! - rank.get(b.data.place)! || a.data.year - b.data.year);
  });
  return ordered;
}
