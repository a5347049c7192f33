import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { allFigures } from "../../lib/figures/all.ts";
import { figuresToJson } from "../../lib/figures/export.ts";

/** `/data/indicators.json`: every figure record of every report (GUIDE §2). */
export const GET: APIRoute = async () =>
  new Response(figuresToJson(allFigures(await getCollection("indicators"))), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
