import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { reportMetaSchema } from "./lib/schema/report.ts";
import { glossaryEntrySchema } from "./lib/schema/glossary.ts";
import { storedFigureSchema } from "./lib/schema/figure.ts";

/** Generated structured Markdown, one entry per report (`content/reports/<id>.md`). */
const reports = defineCollection({
  loader: glob({ pattern: "*.md", base: "./content/reports" }),
  schema: reportMetaSchema,
});

/** Glossary entries from the reports' appendices (`content/glossary/<id>.json`). */
const glossary = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/glossary" }),
  schema: z.object({ report: z.string(), entries: z.array(glossaryEntrySchema) }),
});

/** Figure records of every report (`content/indicators/<id>.json`). */
const indicators = defineCollection({
  loader: glob({ pattern: "*.json", base: "./content/indicators" }),
  schema: z.object({ report: z.string(), figures: z.array(storedFigureSchema) }),
});

export const collections = { reports, glossary, indicators };
