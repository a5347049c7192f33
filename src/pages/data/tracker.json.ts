import type { APIRoute } from "astro";
import { trackerData } from "../tracker/_data.ts";

/** `/data/tracker.json`: one record per tracked target (GUIDE §2b). */
export const GET: APIRoute = async () =>
  new Response(`${JSON.stringify((await trackerData()).records, null, 2)}\n`, {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
