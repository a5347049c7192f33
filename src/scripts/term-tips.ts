/**
 * Glossary terms in running text (`.term-wrap > a.term + .term-tip`) show their definition on hover and on focus
 * (CSS, src/components/glossary/terms.css). Two things CSS cannot do:
 *
 * - A tap on a touch screen both focuses the link and follows it, so the definition was never seen. A first tap
 *   (a click from a finger or a pen, whatever else the device has: a laptop with a touch screen hovers too) opens
 *   the definition, with a line saying that a second tap opens the entry; the second tap follows the link. A tap
 *   elsewhere, or on the definition, closes it. A mouse click and the keyboard's Enter follow the link at once.
 * - Escape closes an open definition (hover or focus) without moving the pointer or the focus (WCAG 1.4.13); it
 *   opens again when the pointer or the focus comes back.
 */
export interface TermTipOptions {
  /** The line added to a definition opened by a tap: how to open the entry. */
  hint: string;
}

const OPEN = "open";
const DISMISSED = "dismissed";

/** Whether a click comes from a finger or a pen: the click's own pointer type, else the last pointer pressed. */
function tapped(event: MouseEvent, lastPointer: string): boolean {
  // A click from the keyboard (Enter on a focused link) has no pointer and counts no presses.
  if (event.detail === 0) return false;
  const type = "pointerType" in event && typeof event.pointerType === "string" && event.pointerType !== "" ? event.pointerType : lastPointer;
  return type === "touch" || type === "pen";
}

export function enhanceTermTips(root: HTMLElement | Document, { hint }: TermTipOptions): void {
  const doc = root instanceof Document ? root : root.ownerDocument;
  let lastPointer = "";
  const close = (except?: Element) => {
    for (const wrap of root.querySelectorAll(`.term-wrap.${OPEN}`)) {
      if (wrap === except) continue;
      wrap.classList.remove(OPEN);
      wrap.querySelector("a.term")?.setAttribute("aria-expanded", "false");
      // The line is for the tap that opened it: a later hover or focus shows the definition alone.
      wrap.querySelector(".term-hint")?.remove();
    }
  };
  root.addEventListener("pointerdown", (event) => {
    lastPointer = (event as PointerEvent).pointerType;
  });
  root.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a.term");
    const wrap = link?.parentElement;
    if (!(link instanceof HTMLAnchorElement) || !wrap?.classList.contains("term-wrap") || !tapped(event as MouseEvent, lastPointer)) return;
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
    // A touch screen leaves :hover on what it touched, where the device hovers too (a laptop): hidden until the
    // pointer leaves. The link keeps the focus, which shows its definition too.
    target.closest(".term-wrap")?.classList.add(DISMISSED);
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
