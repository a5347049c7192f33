/**
 * Each raw report's parse time, in this process: every report parsed once to warm up (the first parses compile the
 * parser), then `runs` rounds that parse each report once, its time taken with the parser's text caches emptied first
 * (src/lib/text/cache.ts): the build parses a report once, its texts unknown, so no round may reuse the answers of the
 * round before. Prints one JSON line per report, `{"file","bytes","times"}`. The ingest bench runs it with the Node
 * flags of `npm run build` (scripts/lib/build-command.ts), in whose process the build's ingest parses the reports.
 *
 *   node [flags] scripts/lib/ingest-times.ts <project root> [runs]
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ingestReport } from "../../src/lib/ingest.ts";
import { forgetTexts } from "../../src/lib/text/cache.ts";
import { loadFigureExtractor } from "./figures.ts";
import { loadTables } from "./tables.ts";
import { timeSync } from "./timing.ts";

const [root = join(import.meta.dirname, "../.."), runs = "7"] = process.argv.slice(2);
const { places } = await loadTables(root);
const extractFigures = await loadFigureExtractor(root);
const reports = readdirSync(join(root, "content/raw"))
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((file) => ({ file, bytes: readFileSync(join(root, "content/raw", file)), times: [] as number[] }));
for (const r of reports) ingestReport(r.file, r.bytes, { places, extractFigures });
for (let round = 0; round < Number(runs); round++) {
  for (const r of reports) {
    forgetTexts();
    r.times.push(timeSync(() => ingestReport(r.file, r.bytes, { places, extractFigures })));
  }
}
for (const { file, bytes, times } of reports) console.log(JSON.stringify({ file, bytes: bytes.length, times }));
