/**
 * Glossary terms in running text (`.term-wrap > a.term + .term-tip`) show their definition on hover and on focus
 * (CSS, src/components/glossary/terms.css). Two things CSS cannot do:
 *
 * - On a touch screen there is no hover, and a tap both focuses the link and follows it, so the definition was
 *   never seen. There a first tap opens the definition, with a line saying that a second tap opens the entry; the
 *   second tap follows the link. A tap elsewhere, or on the definition, closes it.
 * - Escape closes an open definition (hover or focus) without moving the pointer or the focus (WCAG 1.4.13); it
 *   opens again when the pointer or the focus comes back.
 */
export interface TermTipOptions {
  /** The line added to a definition opened by a tap: how to open the entry. */
  hint: string;
  /** Whether the device has no hover (a touch screen): read at each tap. */
  touch?: () => boolean;
}

const OPEN = "open";
const DISMISSED = "dismissed";

export function enhanceTermTips(root: HTMLElement | Document, { hint, touch = () => matchMedia("(hover: none)").matches }: TermTipOptions): void {
  const doc = root instanceof Document ? root : root.ownerDocument;
  const close = (except?: Element) => {
    for (const wrap of root.querySelectorAll(`.term-wrap.${OPEN}`)) {
      if (wrap === except) continue;
      wrap.classList.remove(OPEN);
      wrap.querySelector("a.term")?.removeAttribute("aria-expanded");
    }
  };
  root.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a.term");
    const wrap = link?.parentElement;
    if (!(link instanceof HTMLAnchorElement) || !wrap?.classList.contains("term-wrap") || !touch()) return;
    // The second tap on an open definition follows the link.
    if (wrap.classList.contains(OPEN)) return;
    event.preventDefault();
    close(wrap);
    const tip = wrap.querySelector(".term-tip");
    if (tip && !tip.querySelector(".term-hint")) {
      const line = doc.createElement("span");
      line.className = "term-hint";
      // The page's language: an English page's report text, the tip within it, is marked Chinese.
      line.lang = doc.documentElement.lang;
      line.textContent = hint;
      tip.append(line);
    }
    wrap.classList.remove(DISMISSED);
    wrap.classList.add(OPEN);
    link.setAttribute("aria-expanded", "true");
    link.focus();
  });
  // A tap outside an open definition, or on the definition itself (it covers the lines below its term), closes it.
  doc.addEventListener("click", (event) => {
    const target = event.target as Element | null;
    if (!target?.closest?.(".term-tip")) return close(target?.closest?.(".term-wrap") ?? undefined);
    close();
    // The link keeps the focus, which shows its definition too.
    const focused = doc.activeElement;
    if (focused instanceof HTMLElement && focused.matches("a.term")) focused.blur();
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const focused = doc.activeElement?.closest(".term-wrap");
    const shown = [...root.querySelectorAll(`.term-wrap.${OPEN}, .term-wrap:hover`), ...(focused ? [focused] : [])];
    for (const wrap of shown) wrap.classList.add(DISMISSED);
    close();
  });
  // A dismissed definition shows again when the pointer or the focus comes back to its term.
  const undismiss = (event: Event) => {
    const wrap = (event.target as Element | null)?.closest?.(".term-wrap");
    if (wrap && !wrap.contains((event as FocusEvent).relatedTarget as Node | null)) wrap.classList.remove(DISMISSED);
  };
  root.addEventListener("mouseout", undismiss);
  root.addEventListener("focusout", undismiss);
}
