import { decodeEntities, splitLines, trimLine } from "../text/hygiene.ts";
import type { SourceLine } from "./lines.ts";
import { RUN_ON, splitRunOn } from "./runs.ts";

/**
 * The lines of a plain-text report: one paragraph per line, entities decoded, blank lines skipped. A run-on
 * line (paragraphs pasted into one line, set apart by spaces) is cut into its paragraphs, all on that line.
 */
export function readTextSource(text: string): SourceLine[] {
  return splitLines(text).flatMap((raw, i) => {
    const line = trimLine(decodeEntities(raw));
    if (!line) return [];
    if (line.length <= RUN_ON) return [{ text: line, line: i + 1 }];
    return splitRunOn([{ text: line, strong: false }])
      .map((runs) => trimLine(runs.map((r) => r.text).join("")))
      .filter(Boolean)
      .map((t) => ({ text: t, line: i + 1 }));
  });
}
