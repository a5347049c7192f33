/**
 * The site's places, made once per build: the hand-kept list (`content/places.json`) and the place of every report
 * it lacks, from the report's front matter (`sitePlaces`). The pages that list or chart every report use it, so a
 * report whose place is not in the list yet still appears under its name.
 */
import { getCollection } from "astro:content";
import placesJson from "../../content/places.json";
import { placesFileSchema, type Place } from "../lib/schema/place.ts";
import { sitePlaces } from "../lib/render/places.ts";

let loaded: Promise<Place[]> | undefined;

/** Every place of the site, in the list's order, those the list lacks last (by id). */
export function placeList(): Promise<Place[]> {
  loaded ??= getCollection("reports").then((reports) => sitePlaces(placesFileSchema.parse(placesJson), reports.map((r) => r.data)));
  return loaded;
}
