import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { placesCss } from "../lib/charts/palette.ts";

/** `/places.css`: a `--place` colour for every `.place-<id>` class, in the order of `content/places.json`. */
export const GET: APIRoute = async () => {
  const order = (await getCollection("places")).map((p) => p.id);
  return new Response(placesCss(order), { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
