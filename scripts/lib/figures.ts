import { loadTable } from "./tables.ts";
import { extractFigures } from "../../src/lib/figures/extract.ts";
import type { ReportDocument } from "../../src/lib/report/document.ts";
import type { StoredFigure } from "../../src/lib/schema/figure.ts";
import { metricsFileSchema, type Metric } from "../../src/lib/schema/metric.ts";

const FILE = "content/metrics.json";

/** Read and validate the vocabulary. */
export async function loadMetrics(root: string): Promise<Metric[]> {
  return loadTable(root, FILE, metricsFileSchema, "the indicator vocabulary (it should be a JSON array of metrics)");
}

/** The figure extractor with its vocabulary loaded from content/. */
export async function loadFigureExtractor(root: string): Promise<(doc: ReportDocument) => StoredFigure[]> {
  const metrics = await loadMetrics(root);
  return (doc) => extractFigures(doc, metrics);
}
