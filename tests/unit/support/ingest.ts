import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ingestReport, type CityTable, type IngestResult } from "../../../src/lib/ingest.ts";

/** The project root. */
export const root = join(import.meta.dirname, "../../..");

/** The hand-kept city table. */
export const cities = JSON.parse(readFileSync(join(root, "content/cities.json"), "utf8")) as CityTable;

/** Ingest a file of the project (a raw report or a fixture), without figures. */
export function ingestFile(path: string): IngestResult {
  return ingestReport(path.split("/").pop()!, readFileSync(join(root, path)), { cities });
}

/** Ingest a report given as text, under a file name such as `test-2020.txt`. */
export function ingestText(name: string, text: string): IngestResult {
  return ingestReport(name, new TextEncoder().encode(text), { cities });
}

/** The raw reports of content/raw. */
export const RAW = ["content/raw/zhongwei-2020.txt", "content/raw/shizuishan-2020.txt"];
