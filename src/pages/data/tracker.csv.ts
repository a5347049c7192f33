import type { APIRoute } from "astro";
import { recordsToCsv } from "../../lib/data/csv.ts";
import { trackerFields } from "../../lib/schema/tracker.ts";
import { trackerData } from "../tracker/_data.ts";

/** `/data/tracker.csv`: the same records as the JSON, UTF-8 with a BOM and a header row. */
export const GET: APIRoute = async () =>
  new Response(recordsToCsv(trackerFields, (await trackerData()).records), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
