import type { APIRoute, GetStaticPaths } from "astro";
import placesFile from "../../content/places.json";
import { placesCss } from "../lib/charts/palette.ts";
import { placesFileSchema } from "../lib/schema/place.ts";
import { keyed } from "./_cache-key.ts";

/** One stylesheet, `/places.css` (a parameter only so that it carries the build cache's key). */
export const getStaticPaths = (() => keyed([{ params: { sheet: "places" } }], {})) satisfies GetStaticPaths;

/** `/places.css`: a `--place` colour for every `.place-<id>` class, in the order of `content/places.json`. */
export const GET: APIRoute = () => {
  const order = placesFileSchema.parse(placesFile).map((p) => p.id);
  return new Response(placesCss(order), { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
