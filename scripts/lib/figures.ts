import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { IngestError } from "../../src/lib/errors.ts";
import { extractFigures } from "../../src/lib/figures/extract.ts";
import type { ReportDocument } from "../../src/lib/report/document.ts";
import type { StoredFigure } from "../../src/lib/schema/figure.ts";
import { metricsFileSchema, type Metric } from "../../src/lib/schema/metric.ts";

const FILE = "content/metrics.json";

/** Read and validate the vocabulary; a problem becomes one line naming the file and the bad entry. */
export async function loadMetrics(root: string): Promise<Metric[]> {
  const text = await readFile(join(root, FILE), "utf8").catch(() => {
    throw new IngestError(FILE, "cannot read the indicator vocabulary (it should be a JSON array of metrics)");
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new IngestError(FILE, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = metricsFileSchema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [index, ...field] = issue.path;
  const entry = Array.isArray(data) && typeof index === "number" ? (data[index] as { id?: unknown } | undefined) : undefined;
  const where =
    typeof index === "number" ? `entry ${index + 1}${typeof entry?.id === "string" ? ` (“${entry.id}”)` : ""}` : "the file";
  throw new IngestError(FILE, `${where}${field.length ? `, field ${field.join(".")}` : ""}: ${issue.message}`);
}

/** The figure extractor with its vocabulary loaded from content/. */
export async function loadFigureExtractor(root: string): Promise<(doc: ReportDocument) => StoredFigure[]> {
  const metrics = await loadMetrics(root);
  return (doc) => extractFigures(doc, metrics);
}
