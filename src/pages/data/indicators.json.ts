import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { figureCiter, siteOf } from "../../lib/cite/data.ts";
import { allFigures } from "../../lib/figures/all.ts";
import { figuresToJson } from "../../lib/figures/export.ts";

/** `/data/indicators.json`: every figure record of every report (GUIDE §2), each with its citation fields. */
export const GET: APIRoute = async ({ site }) => {
  const cite = figureCiter((await getCollection("reports")).map((r) => r.data), siteOf(site));
  return new Response(figuresToJson(allFigures(await getCollection("indicators")), cite), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
};
