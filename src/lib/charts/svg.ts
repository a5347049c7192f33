import type { Element, ElementContent, Properties } from "hast";
import { toHtml } from "../render/to-html.ts";

/** Attributes of an SVG element, in hast property casing (`strokeWidth`, `textAnchor`, `viewBox`, `ariaLabelledBy`). */
export type Attributes = Record<string, string | number | string[]>;

/** Builds a hast element. */
export function el(tagName: string, attributes: Attributes = {}, children: ElementContent[] = []): Element {
  return { type: "element", tagName, properties: attributes as Properties, children };
}

/** Builds a hast text node. */
export const txt = (value: string): ElementContent => ({ type: "text", value });

/** Serialises an SVG element tree to markup (escaped as hast-util-to-html does, SVG attribute casing, empty elements closed). */
export function toSvgMarkup(svg: Element): string {
  return toHtml(svg, { closeEmptyElements: true });
}

/** The number of elements in a hast tree (the start tags its markup will have). */
export function countElements(node: Element | ElementContent): number {
  if (node.type !== "element") return 0;
  let n = 1;
  for (const child of node.children) n += countElements(child);
  return n;
}
