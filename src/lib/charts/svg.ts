import type { Element, ElementContent, Properties } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";

/** Attributes of an SVG element, in hast property casing (`strokeWidth`, `textAnchor`, `viewBox`, `ariaLabelledBy`). */
export type Attributes = Record<string, string | number | string[]>;

/** Builds a hast element. */
export function el(tagName: string, attributes: Attributes = {}, children: ElementContent[] = []): Element {
  return { type: "element", tagName, properties: attributes as Properties, children };
}

/** Builds a hast text node. */
export const txt = (value: string): ElementContent => ({ type: "text", value });

const processor = unified().use(rehypeStringify, { closeEmptyElements: true });

/** Serialises an SVG element tree to markup (escaped by hast-util-to-html, SVG attribute casing). */
export function toSvgMarkup(svg: Element): string {
  return processor.stringify({ type: "root", children: [svg] });
}

/** The number of elements in a hast tree (the start tags its markup will have). */
export function countElements(node: Element | ElementContent): number {
  if (node.type !== "element") return 0;
  let n = 1;
  for (const child of node.children) n += countElements(child);
  return n;
}
