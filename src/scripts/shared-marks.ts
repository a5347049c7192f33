/**
 * The phrases both reports of a comparison use are highlighted in its paragraphs by the browser: each paragraph
 * names their places in `data-shared` ("start,end" pairs of UTF-16 offsets, separated by spaces) over its
 * visible text, the text outside the glossary tooltips and the permalink. With the CSS Custom Highlight API
 * the ranges are painted as the highlight `name` and no element is added; a browser without it gets a
 * `<mark class="shared">` around each.
 */

/** The offsets of a `data-shared` value; pairs that are not two ascending whole numbers are left out. */
export function parseRanges(value: string | undefined): [number, number][] {
  const out: [number, number][] = [];
  for (const pair of (value ?? "").split(" ")) {
    const m = /^(\d+),(\d+)$/.exec(pair);
    if (m && Number(m[1]) < Number(m[2])) out.push([Number(m[1]), Number(m[2])]);
  }
  return out;
}

/** The text nodes of a paragraph whose text is visible in its flow: not in a tooltip, not in the permalink. */
function visibleTextNodes(paragraph: Element, skip: string): Text[] {
  const nodes: Text[] = [];
  const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/** DOM ranges of the offsets over the text nodes, in order; a range past the end of the text is left out. */
export function rangesOver(nodes: readonly Text[], offsets: readonly [number, number][]): Range[] {
  const out: Range[] = [];
  let i = 0;
  let before = 0; // length of the text before nodes[i]
  const locate = (offset: number, end: boolean): [Text, number] | undefined => {
    while (i < nodes.length && (end ? before + nodes[i]!.length < offset : before + nodes[i]!.length <= offset)) {
      before += nodes[i]!.length;
      i++;
    }
    return i < nodes.length ? [nodes[i]!, offset - before] : undefined;
  };
  for (const [start, end] of offsets) {
    const from = locate(start, false);
    const to = from && locate(end, true);
    if (!from || !to) break;
    const range = document.createRange();
    range.setStart(...from);
    range.setEnd(...to);
    out.push(range);
  }
  return out;
}

/** Highlight the shared phrases of every `selector` element with `data-shared` under `root`. */
export function highlightShared(root: ParentNode, selector: string, skip: string, name: string): number {
  const ranges: Range[] = [];
  for (const p of root.querySelectorAll<HTMLElement>(`${selector}[data-shared]`))
    ranges.push(...rangesOver(visibleTextNodes(p, skip), parseRanges(p.dataset.shared)));
  if (typeof Highlight === "function" && "highlights" in CSS) {
    CSS.highlights.set(name, new Highlight(...ranges));
  } else {
    // Last range first, so that wrapping one leaves the offsets of those before it in place.
    for (const range of ranges.reverse()) {
      if (range.startContainer !== range.endContainer) continue;
      const mark = document.createElement("mark");
      mark.className = "shared";
      range.surroundContents(mark);
    }
  }
  return ranges.length;
}
