/**
 * The phrases both reports of a comparison use are highlighted in its paragraphs by the browser: each paragraph
 * names their places in `data-shared` ("start,end" pairs of UTF-16 offsets, separated by spaces) over its
 * visible text, the text outside the glossary tooltips and the permalink. With the CSS Custom Highlight API
 * the ranges are painted as the highlight `name` and no element is added; a browser without it gets a
 * `<mark class="shared">` around each (around each of its parts, for a phrase that runs into a link).
 */

/**
 * The offsets of a `data-shared` value, in order: pairs that are not two ascending whole numbers, and pairs that
 * overlap one before them, are left out.
 */
export function parseRanges(value: string | undefined): [number, number][] {
  const pairs: [number, number][] = [];
  for (const pair of (value ?? "").split(" ")) {
    const m = /^(\d+),(\d+)$/.exec(pair);
    if (m && Number(m[1]) < Number(m[2])) pairs.push([Number(m[1]), Number(m[2])]);
  }
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const out: [number, number][] = [];
  for (const p of pairs) if (out.length === 0 || p[0] >= out.at(-1)![1]) out.push(p);
  return out;
}

/** The text nodes of a paragraph whose text is visible in its flow: not in a tooltip, not in the permalink. */
function visibleTextNodes(paragraph: Element, skip: string): Text[] {
  const nodes: Text[] = [];
  const walker = paragraph.ownerDocument.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(skip) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
  return nodes;
}

/**
 * DOM ranges of the offsets over the text nodes, in order, one per text node a phrase runs over (a phrase that runs
 * into a glossary term's link gives two), so that no range holds a tooltip between them; offsets past the end of
 * the text are left out.
 */
export function rangesOver(nodes: readonly Text[], offsets: readonly [number, number][]): Range[] {
  const out: Range[] = [];
  let i = 0;
  let before = 0; // length of the text before nodes[i]
  for (const [start, end] of offsets) {
    while (i < nodes.length && before + nodes[i]!.length <= start) before += nodes[i++]!.length;
    for (let j = i, at = before; j < nodes.length && at < end; at += nodes[j++]!.length) {
      const node = nodes[j]!;
      const [from, to] = [Math.max(start - at, 0), Math.min(end - at, node.length)];
      if (to <= from) continue;
      const range = node.ownerDocument.createRange();
      range.setStart(node, from);
      range.setEnd(node, to);
      out.push(range);
    }
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
    // Last range first, so that wrapping one leaves the offsets of those before it in its text node in place.
    for (const range of ranges.reverse()) {
      const mark = range.startContainer.ownerDocument!.createElement("mark");
      mark.className = "shared";
      range.surroundContents(mark);
    }
  }
  return ranges.length;
}
