import type { Element, Nodes, Properties, RootContent } from "hast";
import { lazily } from "../lazy.ts";
import { htmlVoidElements } from "html-void-elements";
import { find, html, svg, type Info, type Schema } from "property-information";
import { stringify as commas } from "comma-separated-tokens";
import { stringify as spaces } from "space-separated-tokens";

/** The reference serialiser, for the nodes {@link toHtml} leaves to it (and the tests that compare both). */
const hastUtilToHtml = lazily<typeof import("hast-util-to-html")>("hast-util-to-html");

/**
 * hast to HTML, the same bytes as hast-util-to-html with its default options (and `closeEmptyElements`, as SVG
 * charts are written), for the trees the site renders: elements and text. It is the serialiser of the readers,
 * the comparisons' paragraphs and the charts, the largest part of a build's page work: hast-util-to-html looks up
 * each attribute in the schema and copies its options for every attribute and text node, which for a build of
 * hundreds of reports costs seconds; here each attribute's schema entry is looked up once per name, and a value
 * without a character to escape is written as it is. Any other node (a comment, a doctype, raw HTML, a template)
 * goes to hast-util-to-html, so the output never differs (tests/unit/render/to-html.test.ts compares them on
 * every report and chart).
 */
export function toHtml(tree: Nodes, options: { closeEmptyElements?: boolean } = {}): string {
  try {
    return serialize(tree, html, options.closeEmptyElements ?? false);
  } catch (error) {
    if (error !== UNSUPPORTED) throw error;
    return hastUtilToHtml().toHtml(tree, options);
  }
}

/** Thrown when the tree holds a node this serialiser leaves to hast-util-to-html. */
const UNSUPPORTED = Symbol("unsupported node");

const voids = new Set(htmlVoidElements);
/** SVG elements whose content is HTML again (hast-util-to-html's integration points). */
const htmlIntegrationPoints = new Set(["desc", "foreignObject", "title"]);

/** Character references as hast-util-to-html writes them (stringify-entities' hexadecimal form). */
const reference = (c: string) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`;
/** An escaper of the characters in `set` (hast-util-to-html's subsets, without allowParseErrors or allowDangerousCharacters). */
function escaper(set: string): (value: string) => string {
  const chars = `[${set.replace(/[\\\]^-]/g, "\\$&")}]`;
  const test = new RegExp(chars);
  const all = new RegExp(chars, "g");
  return (value) => (test.test(value) ? value.replace(all, reference) : value);
}
const escapeText = escaper("<&");
const escapeValue = escaper("\0\"&'`");
const escapeName = escaper("\0\t\n\f\r \"&'/<=>`");

/** Each property's schema entry and escaped attribute name, looked up once per schema and name. */
const infos = new Map<Schema, Map<string, { info: Info; name: string }>>([
  [html, new Map()],
  [svg, new Map()],
]);
function attributeInfo(schema: Schema, key: string): { info: Info; name: string } {
  const known = infos.get(schema)!;
  let found = known.get(key);
  if (!found) {
    const info = find(schema, key);
    known.set(key, (found = { info, name: escapeName(info.attribute) }));
  }
  return found;
}

function attribute(schema: Schema, key: string, raw: unknown): string {
  const { info, name } = attributeInfo(schema, key);
  let value = raw;
  if (info.overloadedBoolean && (value === info.attribute || value === "")) value = true;
  else if ((info.boolean || info.overloadedBoolean) && (typeof value !== "string" || value === info.attribute || value === "")) value = Boolean(value);
  if (value === null || value === undefined || value === false || (typeof value === "number" && Number.isNaN(value))) return "";
  if (value === true) return name;
  const text = Array.isArray(value) ? (info.commaSeparated ? commas(value, { padLeft: true }) : spaces(value)) : String(value);
  return `${name}="${escapeValue(text)}"`;
}

function attributes(schema: Schema, properties: Properties | undefined): string {
  let out = "";
  for (const key in properties) {
    const raw = properties[key];
    if (raw === null || raw === undefined) continue;
    const one = attribute(schema, key, raw);
    if (one) out = out ? `${out} ${one}` : one;
  }
  return out;
}

function element(node: Element, schema: Schema, closeEmpty: boolean): string {
  if (node.tagName === "template") throw UNSUPPORTED;
  const inSvg = schema.space === "svg";
  let selfClosing = inSvg ? closeEmpty : voids.has(node.tagName.toLowerCase());
  const own = !inSvg && node.tagName === "svg" ? svg : schema;
  const attrs = attributes(own, node.properties);
  const inner = own.space === "svg" && htmlIntegrationPoints.has(node.tagName) ? html : own;
  const raw = node.tagName === "script" || node.tagName === "style";
  let content = "";
  for (const child of node.children ?? []) content += child.type === "text" && raw ? child.value : serialize(child, inner, closeEmpty);
  if (content) selfClosing = false;
  const open = `<${node.tagName}${attrs ? ` ${attrs}` : ""}${selfClosing && inSvg ? " /" : ""}>`;
  return selfClosing ? open + content : `${open}${content}</${node.tagName}>`;
}

function serialize(node: Nodes | RootContent, schema: Schema, closeEmpty: boolean): string {
  switch (node.type) {
    case "text":
      return escapeText(node.value);
    case "element":
      return element(node, schema, closeEmpty);
    case "root": {
      let out = "";
      for (const child of node.children ?? []) out += serialize(child, schema, closeEmpty);
      return out;
    }
    default:
      throw UNSUPPORTED;
  }
}
