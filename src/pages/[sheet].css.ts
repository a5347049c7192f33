import type { APIRoute, GetStaticPaths } from "astro";
import { placesCss } from "../lib/charts/palette.ts";
import { placeList } from "./_places.ts";
import { keyed } from "./_cache-key.ts";

/** One stylesheet, `/places.css` (a parameter only so that it carries the build cache's key). */
export const getStaticPaths = (() => keyed([{ params: { sheet: "places" } }], {})) satisfies GetStaticPaths;

/** `/places.css`: a `--place` colour for every `.place-<id>` class, in the order of the site's places (`placeList`). */
export const GET: APIRoute = async () => {
  const order = (await placeList()).map((p) => p.id);
  return new Response(placesCss(order), { headers: { "Content-Type": "text/css; charset=utf-8" } });
};
