/**
 * What an English page shows, read in the browser (so what its scripts write counts too): Chinese outside
 * the elements marked `lang="zh-CN"` (text and the attributes assistive technology reads), and links to
 * site pages that leave the English edition. The same rules as tests/e2e/i18n.test.ts, which reads dist/.
 */
import type { HtmlElement } from "html-validate";
import type { Page } from "playwright-core";

/** Chinese script, as the edition tests count it (CJK ideographs, punctuation and full-width forms). */
export const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/u;

/** Texts with Chinese outside `lang="zh-CN"` subtrees of the page (its <title> included), each with the element it is in. */
export function chineseOutsideZh(page: Page): Promise<string[]> {
  return page.evaluate((source) => {
    const cjk = new RegExp(source, "u");
    const found: string[] = [];
    const walk = (el: Element) => {
      if (el.getAttribute("lang") === "zh-CN" || ["SCRIPT", "STYLE", "NOSCRIPT"].includes(el.tagName)) return;
      for (const attr of ["aria-label", "title", "alt", "placeholder"]) {
        const v = el.getAttribute(attr);
        if (v && cjk.test(v)) found.push(`<${el.tagName.toLowerCase()} ${attr}>: ${v}`);
      }
      for (const node of el.childNodes) {
        if (node.nodeType === Node.ELEMENT_NODE) walk(node as Element);
        else if (node.nodeType === Node.TEXT_NODE && cjk.test(node.textContent ?? "")) found.push(`<${el.tagName.toLowerCase()}>: ${node.textContent!.trim().slice(0, 60)}`);
      }
    };
    walk(document.documentElement);
    return found;
  }, CJK.source);
}

/** Links of the page's <main> to site pages (paths ending in `/`) outside `/en/`. */
export function linksOutsideEnglish(page: Page): Promise<string[]> {
  return page.locator("main a[href]").evaluateAll((links) =>
    links.flatMap((a) => {
      const url = new URL(a.getAttribute("href")!, location.href);
      return url.origin === location.origin && url.pathname.endsWith("/") && !url.pathname.startsWith("/en/") ? [a.getAttribute("href")!] : [];
    }),
  );
}

const READ_ATTRS = ["aria-label", "title", "alt", "placeholder", "aria-description"];

/** The text and read-out attributes of `el` outside `lang="zh-CN"` subtrees, with the elements they are in. */
export function englishText(el: HtmlElement, out: { where: string; text: string }[] = []): { where: string; text: string }[] {
  if (el.getAttributeValue?.("lang") === "zh-CN") return out;
  if (el.tagName === "script" || el.tagName === "style") return out;
  for (const attr of READ_ATTRS) {
    const v = el.getAttributeValue?.(attr);
    if (typeof v === "string" && v) out.push({ where: `<${el.tagName} ${attr}>`, text: v });
  }
  if (el.tagName === "meta" && el.getAttributeValue("name") === "description") {
    out.push({ where: "<meta description>", text: String(el.getAttributeValue("content") ?? "") });
  }
  for (const node of el.childNodes) {
    if ("tagName" in node && node.tagName) englishText(node as HtmlElement, out);
    else if (node.textContent.trim()) out.push({ where: `<${el.tagName}>`, text: node.textContent.trim() });
  }
  return out;
}
