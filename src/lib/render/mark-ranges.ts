import type { PhrasingContent } from "mdast";

/** A range of a paragraph's plain text to wrap, in UTF-16 offsets [start, end). */
export interface MarkRange {
  start: number;
  end: number;
  /** Builds the node that replaces the range's text. */
  wrap: (children: PhrasingContent[]) => PhrasingContent;
}

/**
 * Wrap ranges of a paragraph's plain text in new nodes, splitting text nodes where needed. Offsets count
 * the text of every descendant in order (as mdast-util-to-string does). A range that crosses the edge of
 * a formatted node (e.g. from a lead sentence into the rest) or overlaps an earlier one is left unwrapped
 * and returned, so the caller can report it; the text itself is never changed.
 */
export function markRanges(children: PhrasingContent[], ranges: MarkRange[]): { children: PhrasingContent[]; skipped: MarkRange[] } {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || b.end - a.end);
  const skipped: MarkRange[] = [];
  let offset = 0;
  let last = 0;

  const walk = (nodes: PhrasingContent[]): PhrasingContent[] => {
    const out: PhrasingContent[] = [];
    for (const node of nodes) {
      if (node.type === "text") {
        const from = offset;
        const to = offset + node.value.length;
        offset = to;
        let cursor = from;
        for (const r of sorted) {
          if (r.start < from || r.start >= to) continue;
          if (r.end > to || r.start < last) {
            skipped.push(r);
            continue;
          }
          if (r.start > cursor) out.push({ type: "text", value: node.value.slice(cursor - from, r.start - from) });
          out.push(r.wrap([{ type: "text", value: node.value.slice(r.start - from, r.end - from) }]));
          cursor = r.end;
          last = r.end;
        }
        if (cursor < to) out.push({ type: "text", value: node.value.slice(cursor - from) });
      } else if ("children" in node) {
        out.push({ ...node, children: walk(node.children as PhrasingContent[]) } as PhrasingContent);
      } else {
        offset += "value" in node ? String(node.value).length : 0;
        out.push(node);
      }
    }
    return out;
  };

  const result = walk(children);
  for (const r of sorted) if (r.start >= offset && !skipped.includes(r)) skipped.push(r);
  return { children: result, skipped };
}
