import type { ReportDocument } from "../../src/lib/report/document.ts";
import type { StoredFigure } from "../../src/lib/schema/figure.ts";

/** The figure extractor with its vocabulary loaded from content/. */
export async function loadFigureExtractor(_root: string): Promise<(doc: ReportDocument) => StoredFigure[]> {
  return () => [];
}
