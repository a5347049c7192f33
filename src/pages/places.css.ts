import type { APIRoute } from "astro";
import placesFile from "../../content/places.json";
import { placesCss } from "../lib/charts/palette.ts";
import { placesFileSchema } from "../lib/schema/place.ts";

/** `/places.css`: a `--place` colour for every `.place-<id>` class, in the order of `content/places.json`. */
export const GET: APIRoute = () => {
  const order = placesFileSchema.parse(placesFile).map((p) => p.id);
  return new Response(placesCss(order), { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
