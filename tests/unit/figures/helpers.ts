import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFigures } from "../../../src/lib/figures/extract.ts";
import { ingestReport } from "../../../src/lib/ingest.ts";
import { places as projectPlaces } from "../support/ingest.ts";
import type { ReportDocument } from "../../../src/lib/report/document.ts";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { metricsFileSchema } from "../../../src/lib/schema/metric.ts";

/** The project root. */
export const root = join(import.meta.dirname, "../../..");

/** The hand-kept vocabulary, validated. */
export const metrics = metricsFileSchema.parse(JSON.parse(readFileSync(join(root, "content/metrics.json"), "utf8")));

const places = [
  ...projectPlaces,
  { id: "ceshi", name_zh: "测试市", name_en: "Ceshi", level: "city" as const, parent: null },
];

/** A parsed report and its figures. */
export interface Extracted {
  doc: ReportDocument;
  figures: StoredFigure[];
}

function extract(name: string, bytes: Uint8Array): Extracted {
  const { document } = ingestReport(name, bytes, { places });
  return { doc: document, figures: extractFigures(document, metrics) };
}

const cache = new Map<string, Extracted>();

/** A real report of content/raw (`zhongwei-2020`), parsed and extracted once. */
export function real(id: "zhongwei-2020" | "shizuishan-2020"): Extracted {
  if (!cache.has(id)) cache.set(id, extract(`${id}.txt`, readFileSync(join(root, "content/raw", `${id}.txt`))));
  return cache.get(id)!;
}

/** A small report: its review part (2019), plan part (2020) and optional appendix lines, one paragraph each. */
export function fixture(review: string[], plan: string[], appendix: string[] = []): Extracted {
  const text = [
    "2020年测试市政府工作报告",
    "2020年1月6日在测试市第一届人民代表大会第一次会议上",
    "市长 张三",
    "各位代表：",
    "一、2019年工作回顾",
    ...review,
    "二、2020年主要目标和重点任务",
    ...plan,
    ...(appendix.length ? ["附：有关情况说明", ...appendix] : []),
  ].join("\n");
  return extract("ceshi-2020.txt", new TextEncoder().encode(text));
}

/** The text a figure's span covers. */
export function written(e: Extracted, f: StoredFigure): string {
  return e.doc.paragraphs.find((p) => p.id === f.paragraph)!.text.slice(...f.span);
}

/** The records whose quote contains `text`, in order. */
export function quoting(e: Extracted, text: string): StoredFigure[] {
  return e.figures.filter((f) => f.quote.includes(text));
}

/** The fields a construction test compares. */
export function typed(f: StoredFigure) {
  const { kind, year, metric, label_zh, value, min, max, unit, qualifier, estimate, direction } = f;
  return { kind, year, metric, label_zh, value, min, max, unit, qualifier, estimate, direction };
}
