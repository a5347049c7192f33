/**
 * The cite dialog. A click on a 引用 / Cite link (`a.cite-link`) opens a modal <dialog> with the paragraph's
 * GB/T 7714-2015 and English references, each with a copy button, instead of following the link. The
 * references are read from the paragraph's entry on the report's cite page (the link's target, fetched once
 * per report), so the page stays their one source. Without JavaScript, or when the page cannot be read, the
 * link is simply followed. Esc, the close button or a click outside closes the dialog and focus returns to
 * the link; copying says so in a polite status message.
 */
import zh from "../i18n/ui/zh/cite.ts";
import en from "../i18n/ui/en/cite.ts";
import dialogCss from "../components/cite/dialog.css?url";

const t = document.documentElement.lang === "en" ? en : zh;
const pages = new Map<string, Promise<Document>>();

/** The cite page at `url` (without its fragment), parsed; fetched once. */
function citePage(url: URL): Promise<Document> {
  const key = url.origin + url.pathname;
  let page = pages.get(key);
  if (!page) {
    page = fetch(key).then(async (res) => {
      if (!res.ok) throw new Error(`${key}: HTTP ${res.status}`);
      return new DOMParser().parseFromString(await res.text(), "text/html");
    });
    page.catch(() => pages.delete(key));
    pages.set(key, page);
  }
  return page;
}

let styled: Promise<void> | undefined;

/** The dialog's stylesheet, loaded on first use (pages without JavaScript never need it). */
function dialogStyles(): Promise<void> {
  styled ??= new Promise((resolve) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = dialogCss;
    link.addEventListener("load", () => resolve());
    link.addEventListener("error", () => resolve());
    document.head.append(link);
  });
  return styled;
}

/** An element with a class and, optionally, text. */
function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

interface Dialog {
  dialog: HTMLDialogElement;
  title: HTMLElement;
  excerpt: HTMLElement;
  texts: Record<"gbt" | "en", HTMLElement>;
  copies: Record<"gbt" | "en", HTMLButtonElement>;
  status: HTMLElement;
  all: HTMLAnchorElement;
}

let built: Dialog | undefined;
let opener: HTMLElement | null = null;

/** Copies `text`: the Clipboard API, else a selected textarea and `execCommand("copy")`. */
async function copy(text: string, within: HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = el("textarea", "cite-dialog__scratch");
    area.value = text;
    area.readOnly = true;
    within.append(area);
    area.select();
    let done = false;
    try {
      done = document.execCommand("copy");
    } catch {
      done = false;
    }
    area.remove();
    return done;
  }
}

/** The dialog, built on first use. */
function dialog(): Dialog {
  if (built) return built;
  const dialog = el("dialog", "cite-dialog");
  dialog.setAttribute("aria-labelledby", "cite-dialog-title");
  const head = el("div", "cite-dialog__head");
  const title = el("h2", "cite-dialog__title");
  title.id = "cite-dialog-title";
  const close = el("button", "cite-dialog__close", t.close);
  close.type = "button";
  close.addEventListener("click", () => dialog.close());
  head.append(title, close);
  const excerpt = el("p", "cite-dialog__excerpt");
  excerpt.lang = "zh-CN";
  const status = el("p", "cite-dialog__status");
  status.setAttribute("role", "status");
  const texts = {} as Dialog["texts"];
  const copies = {} as Dialog["copies"];
  const refs = (["gbt", "en"] as const).map((style) => {
    const label = t[style];
    const section = el("section", "cite-dialog__ref");
    const heading = el("h3", "cite-dialog__style", label);
    const text = el("p", "cite-dialog__text");
    text.lang = style === "gbt" ? "zh-CN" : "en";
    const button = el("button", "cite-dialog__copy", t.copy);
    button.type = "button";
    button.setAttribute("aria-label", t.copyLabel(label));
    button.addEventListener("click", async () => {
      status.textContent = "";
      const ok = await copy(text.textContent ?? "", section);
      status.textContent = ok ? t.copied(label) : t.copyFailed;
      if (!ok) getSelection()?.selectAllChildren(text);
      button.focus();
    });
    section.append(heading, text, button);
    texts[style] = text;
    copies[style] = button;
    return section;
  });
  const foot = el("p", "cite-dialog__foot");
  const all = el("a", "cite-dialog__all", t.allParagraphs);
  foot.append(all);
  dialog.append(head, excerpt, ...refs, status, foot);
  // A click on the backdrop (the dialog itself, outside its content box) closes it.
  dialog.addEventListener("click", (event) => {
    if (event.target !== dialog) return;
    const r = dialog.getBoundingClientRect();
    const inside = event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
    if (!inside) dialog.close();
  });
  dialog.addEventListener("close", () => {
    opener?.focus();
    opener = null;
  });
  document.body.append(dialog);
  built = { dialog, title, excerpt, texts, copies, status, all };
  return built;
}

/** Opens the dialog for a cite link, or follows the link when its entry cannot be read. */
async function open(link: HTMLAnchorElement): Promise<void> {
  const url = new URL(link.href);
  try {
    const [page] = await Promise.all([citePage(url), dialogStyles()]);
    const entry = page.getElementById(decodeURIComponent(url.hash.slice(1)));
    const gbt = entry?.querySelector("[data-cite='gbt']")?.textContent?.trim();
    const english = entry?.querySelector("[data-cite='en']")?.textContent?.trim();
    if (!entry || !gbt || !english) throw new Error(`no citation at ${url.href}`);
    const d = dialog();
    const n = Number(/\d+$/.exec(entry.id)?.[0] ?? 0);
    d.title.textContent = t.dialogTitle(n);
    d.excerpt.textContent = entry.querySelector(".cite-entry__excerpt")?.textContent?.trim() ?? "";
    d.texts.gbt.textContent = gbt;
    d.texts.en.textContent = english;
    d.status.textContent = "";
    d.all.href = url.href;
    opener = link;
    if (!d.dialog.open) d.dialog.showModal();
    d.copies.gbt.focus();
  } catch {
    location.assign(url.href);
  }
}

document.addEventListener("click", (event) => {
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  const link = (event.target as Element | null)?.closest?.("a.cite-link");
  if (!(link instanceof HTMLAnchorElement) || typeof HTMLDialogElement !== "function") return;
  event.preventDefault();
  void open(link);
});
