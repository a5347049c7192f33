import type { HeadingInfo } from "./document.ts";

/** A heading with the headings nested under it. */
export interface HeadingNode {
  heading: HeadingInfo;
  children: HeadingNode[];
}

/** Nest a flat list of headings by depth (for a table of contents). */
export function headingTree(headings: HeadingInfo[]): HeadingNode[] {
  const roots: HeadingNode[] = [];
  const stack: HeadingNode[] = [];
  for (const heading of headings) {
    const node: HeadingNode = { heading, children: [] };
    while (stack.length && stack.at(-1)!.heading.depth >= heading.depth) stack.pop();
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  }
  return roots;
}
