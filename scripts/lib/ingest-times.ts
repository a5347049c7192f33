/**
 * Each raw report's parse time, in this process: one warm-up parse (the first compiles the parser), then `runs`
 * timed ones. Prints one JSON line per report, `{"file","bytes","times"}`. The ingest bench runs it with the Node
 * flags of `npm run build` (scripts/lib/build-command.ts), in whose process the build's ingest parses the reports.
 *
 *   node [flags] scripts/lib/ingest-times.ts <project root> [runs]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ingestReport } from "../../src/lib/ingest.ts";
import { loadFigureExtractor } from "./figures.ts";
import { loadTables } from "./tables.ts";
import { timeSync } from "./timing.ts";

const [root = join(import.meta.dirname, "../.."), runs = "7"] = process.argv.slice(2);
const { places } = await loadTables(root);
const extractFigures = await loadFigureExtractor(root);
for (const file of readdirSync(join(root, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).sort()) {
  const bytes = readFileSync(join(root, "content/raw", file));
  ingestReport(file, bytes, { places, extractFigures });
  const times = Array.from({ length: Number(runs) }, () => timeSync(() => ingestReport(file, bytes, { places, extractFigures })));
  console.log(JSON.stringify({ file, bytes: bytes.length, times }));
}
