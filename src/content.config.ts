import { defineCollection } from "astro/content/config";
import { z } from "astro/zod";
import { reportMetaSchema } from "./lib/schema/report.ts";
import { glossaryEntrySchema } from "./lib/schema/glossary.ts";
import { figureFileSummarySchema } from "./lib/schema/figure.ts";
import { placeSchema } from "./lib/schema/place.ts";
import { sourceSchema } from "./lib/schema/source.ts";
import type { CollectionName } from "./lib/build/content-key.ts";
import { figureFolder, jsonFolder, jsonListFile, markdownFolder } from "./loaders/folders.ts";

/**
 * Generated structured Markdown, one entry per report (`content/reports/<id>.md`): the front matter, validated,
 * and the file's digest. The pages read the Markdown body from the file and parse it themselves
 * (src/pages/_reports.ts): it is neither kept in the store nor rendered at sync.
 */
const reports = defineCollection({
  loader: markdownFolder("./content/reports"),
  schema: reportMetaSchema,
});

/** Glossary entries from the reports' appendices (`content/glossary/<id>.json`). */
const glossary = defineCollection({
  loader: jsonFolder("./content/glossary"),
  schema: z.object({ report: z.string(), entries: z.array(glossaryEntrySchema) }),
});

/**
 * The figure files of the reports (`content/indicators/<id>.json`), validated in full at sync; the collection
 * keeps each file's report and record count, and the pages read the records from the file (src/pages/_figures.ts).
 */
const indicators = defineCollection({
  loader: figureFolder("./content/indicators"),
  schema: figureFileSummarySchema,
});

/** The hand-kept places (`content/places.json`): names, level and parent of every place with a report. */
const places = defineCollection({
  loader: jsonListFile("./content/places.json"),
  schema: placeSchema,
});

/** Provenance of every raw report (`content/sources.json`), keyed by file name. */
const sources = defineCollection({
  loader: jsonListFile("./content/sources.json", (source) => source["file"]),
  schema: sourceSchema,
});

// Every collection is named in COLLECTION_NAMES, which the pages' cache key covers (no more, no fewer).
export const collections = { reports, glossary, indicators, places, sources } satisfies Record<CollectionName, unknown>;
