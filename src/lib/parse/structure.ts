import type { IngestWarning } from "../errors.ts";
import { enumerationOf, isAppendix, markerOf, type MarkerFamily } from "./markers.ts";
import { parseGlossaryLine } from "./glossary-line.ts";

/** A block of a report's body, in document order. */
export type Block =
  | { type: "heading"; depth: number; text: string; line: number; appendix?: true }
  | { type: "paragraph"; text: string; lead: string | null; line: number }
  | { type: "enumeration"; n: number; text: string; lead: string | null; line: number }
  | { type: "glossary"; n: number; term: string; sep: string; definition: string; line: number };

/** Sentence terminators that end a run-on heading. */
const END = /[。！？]/;
/** A run-on heading longer than this is taken for a paragraph that starts with a marker. */
const MAX_HEADING = 60;
/** A first sentence of at most this many characters can be a paragraph's lead (topic) sentence. */
const MAX_LEAD = 32;

/** The lead sentence of a paragraph, if its first sentence reads as a topic title. */
export function leadOf(text: string): string | null {
  const m = /^[^。！？]+[。！？]/.exec(text);
  if (!m) return null;
  const lead = m[0];
  const len = [...lead].length;
  if (len < 5 || len > MAX_LEAD || lead.length === text.length) return null;
  if (/\d|[：:]|^各位代表/.test(lead)) return null;
  return lead;
}

/**
 * Turn body lines into blocks: headings with their depth inferred from the numbering sequence, run-on
 * headings split from their text, enumerations, the appendix and its glossary entries.
 */
export function parseStructure(
  lines: { text: string; line: number }[],
  file: string,
  warn: (w: IngestWarning) => void,
): Block[] {
  const blocks: Block[] = [];
  /** Open numbering levels, outermost first. */
  let stack: { family: MarkerFamily; last: number }[] = [];
  let inAppendix = false;

  for (const { text, line } of lines) {
    if (isAppendix(text)) {
      inAppendix = true;
      stack = [];
      blocks.push({ type: "heading", depth: 2, text, line, appendix: true });
      continue;
    }
    if (inAppendix) {
      const entry = parseGlossaryLine(text);
      if (entry) blocks.push({ type: "glossary", ...entry, line });
      else {
        warn({ file, line, message: "appendix line is not a numbered entry “N.term：definition”; kept as a paragraph" });
        blocks.push({ type: "paragraph", text, lead: null, line });
      }
      continue;
    }

    const marker = markerOf(text);
    if (marker) {
      const end = END.exec(text);
      const headLen = end ? end.index + 1 : text.length;
      if ([...text.slice(0, headLen)].length <= MAX_HEADING) {
        const depth = placeMarker(stack, marker.family, marker.n, (expected) =>
          warn({ file, line, message: `heading “${marker.text}” breaks the numbering (expected ${expected}); placed by its marker` }),
        );
        if (depth > 6) warn({ file, line, message: "headings nest deeper than 5 levels; shown at level 6" });
        blocks.push({ type: "heading", depth: Math.min(depth, 6), text: text.slice(0, headLen), line });
        const rest = text.slice(headLen);
        if (rest) blocks.push({ type: "paragraph", text: rest, lead: null, line });
        continue;
      }
    }

    const n = enumerationOf(text);
    if (n !== null) {
      blocks.push({ type: "enumeration", n, text, lead: leadOf(text), line });
      continue;
    }
    blocks.push({ type: "paragraph", text, lead: leadOf(text), line });
  }

  if (!blocks.some((b) => b.type === "heading" && !b.appendix)) {
    warn({ file, line: lines[0]?.line ?? 1, message: "no numbered headings (一、… （一）…) found: the report is kept as plain paragraphs" });
  }
  return blocks;
}

/**
 * Find the depth of a numbered heading. The deepest open level of the same family that this ordinal
 * continues wins; an ordinal 1 opens a new level below the current one. Depth 2 is the outermost.
 */
function placeMarker(
  stack: { family: MarkerFamily; last: number }[],
  family: MarkerFamily,
  n: number,
  onJump: (expected: string) => void,
): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i]!.family === family && stack[i]!.last + 1 === n) {
      stack.length = i + 1;
      stack[i]!.last = n;
      return i + 2;
    }
  }
  if (n === 1) {
    // A new sequence nests below the current level, even when its family is open higher up
    // (Zhongwei's 一、 inside part 二、).
    stack.push({ family, last: 1 });
    return stack.length + 1;
  }
  const same = stack.map((s) => s.family).lastIndexOf(family);
  onJump(same === -1 ? "a first item 1" : String(stack[same]!.last + 1));
  if (same === -1) {
    stack.push({ family, last: n });
    return stack.length + 1;
  }
  stack.length = same + 1;
  stack[same]!.last = n;
  return same + 2;
}
