/**
 * Link checking over the built site: every internal URL in the markup (href, src, srcset, form action)
 * must resolve to a file, and every `#fragment` on an HTML target must name an element id there.
 */
import type { HtmlElement } from "html-validate";

/** A URL found in a page: where, and the attribute value as written. */
export interface Reference {
  tag: string;
  attr: string;
  value: string;
}

/** What a page offers and points to. */
export interface PageLinks {
  /** URL path the page is served at. */
  path: string;
  /** Ids (and `<a name>`) a fragment can land on. */
  targets: Set<string>;
  references: Reference[];
}

/** What a site path serves, as the static server resolves it. */
export type Target = { kind: "file"; file: string } | { kind: "redirect"; location: string } | { kind: "missing" };

const urlAttributes: [selector: string, attr: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["source[src]", "src"],
  ["iframe[src]", "src"],
  ["video[poster]", "poster"],
  ["use[href]", "href"],
  ["form[action]", "action"],
];

/** Collects the link targets and references of one parsed page. */
export function pageLinks(path: string, root: HtmlElement): PageLinks {
  const targets = new Set<string>();
  for (const el of root.querySelectorAll("[id]")) if (el.id) targets.add(el.id);
  for (const el of root.querySelectorAll("a[name]")) targets.add(el.getAttributeValue("name") ?? "");
  const references: Reference[] = [];
  for (const [selector, attr] of urlAttributes) {
    for (const el of root.querySelectorAll(selector)) {
      const value = el.getAttributeValue(attr);
      if (value !== null) references.push({ tag: el.tagName, attr, value });
    }
  }
  for (const el of root.querySelectorAll("img[srcset], source[srcset]")) {
    for (const candidate of (el.getAttributeValue("srcset") ?? "").split(",")) {
      const url = candidate.trim().split(/\s+/)[0];
      if (url) references.push({ tag: el.tagName, attr: "srcset", value: url });
    }
  }
  return { path, targets, references };
}

/**
 * Lists the broken references of the site, one readable line each (duplicates once). `resolve` maps a site path to what
 * the server sends; `targetsOf` gives the fragment targets of a served HTML file.
 */
export async function brokenLinks(
  pages: readonly PageLinks[],
  resolve: (pathname: string) => Promise<Target>,
  targetsOf: (file: string) => Set<string> | undefined,
): Promise<string[]> {
  const origin = "http://site.invalid";
  const broken: string[] = [];
  for (const page of pages) {
    for (const ref of page.references) {
      const where = `${page.path}: <${ref.tag} ${ref.attr}="${ref.value}">`;
      if (/^\s*javascript:/i.test(ref.value)) {
        broken.push(`${where} is a javascript: URL`);
        continue;
      }
      let url: URL;
      try {
        url = new URL(ref.value, origin + page.path);
      } catch {
        broken.push(`${where} is not a valid URL`);
        continue;
      }
      if (url.origin !== origin) continue;
      const target = await resolve(url.pathname);
      if (target.kind === "redirect") broken.push(`${where} redirects to ${target.location} (link to that instead)`);
      if (target.kind === "missing") broken.push(`${where} → ${url.pathname} does not exist`);
      if (target.kind !== "file" || url.hash.length <= 1 || ref.attr === "action") continue;
      const id = decodeURIComponent(url.hash.slice(1));
      const ids = targetsOf(target.file);
      if (ids && !ids.has(id) && id !== "top") broken.push(`${where} → no element with id "${id}" in ${url.pathname}`);
      if (!ids && !target.file.endsWith(".svg")) broken.push(`${where} → fragment on a file that is not a page`);
    }
  }
  return [...new Set(broken)];
}
