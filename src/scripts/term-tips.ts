/**
 * Glossary terms in running text (`a.term + .term-tip`) show their definition on hover and on focus
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

/** The term link of a term or of its definition (`a.term + .term-tip`), from any element inside either. */
function termOf(el: Element | null | undefined): HTMLAnchorElement | null {
  const hit = el?.closest?.("a.term, .term-tip");
  const term = hit?.matches("a.term") ? hit : hit?.previousElementSibling;
  return term instanceof HTMLAnchorElement && term.matches("a.term") ? term : null;
}

/** A term link's definition, the element right after it. */
function tipOf(term: Element): Element | null {
  const next = term.nextElementSibling;
  return next?.classList.contains("term-tip") ? next : null;
}

export function enhanceTermTips(root: HTMLElement | Document, { hint }: TermTipOptions): void {
  const doc = root instanceof Document ? root : root.ownerDocument;
  let lastPointer = "";
  const close = (except?: Element) => {
    for (const term of root.querySelectorAll(`a.term.${OPEN}`)) {
      if (term === except) continue;
      term.classList.remove(OPEN);
      term.setAttribute("aria-expanded", "false");
      // The line is for the tap that opened it: a later hover or focus shows the definition alone.
      tipOf(term)?.querySelector(".term-hint")?.remove();
    }
  };
  root.addEventListener("pointerdown", (event) => {
    lastPointer = (event as PointerEvent).pointerType;
  });
  root.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a.term");
    const tip = link && tipOf(link);
    if (!(link instanceof HTMLAnchorElement) || !tip || !tapped(event as MouseEvent, lastPointer)) return;
    // The second tap on an open definition follows the link.
    if (link.classList.contains(OPEN)) return;
    event.preventDefault();
    close(link);
    if (!tip.querySelector(".term-hint")) {
      const line = doc.createElement("span");
      line.className = "term-hint";
      // The page's language: an English page's report text, the tip within it, is marked Chinese.
      line.lang = doc.documentElement.lang;
      line.textContent = hint;
      tip.append(line);
    }
    link.classList.remove(DISMISSED);
    link.classList.add(OPEN);
    link.setAttribute("aria-expanded", "true");
    link.focus();
  });
  // A tap outside an open definition, or on the definition itself (it covers the lines below its term), closes it.
  doc.addEventListener("click", (event) => {
    const target = event.target as Element | null;
    if (!target?.closest?.(".term-tip")) return close(termOf(target) ?? undefined);
    close();
    // A touch screen leaves :hover on what it touched, where the device hovers too (a laptop): hidden until the
    // pointer leaves. The link keeps the focus, which shows its definition too.
    termOf(target)?.classList.add(DISMISSED);
    const focused = doc.activeElement;
    if (focused instanceof HTMLElement && focused.matches("a.term")) focused.blur();
  });
  doc.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const shown = [...root.querySelectorAll(`a.term.${OPEN}, a.term:hover, .term-tip:hover`), doc.activeElement].map(termOf);
    for (const term of shown) term?.classList.add(DISMISSED);
    close();
  });
  // A dismissed definition shows again when the pointer or the focus comes back to its term.
  const undismiss = (event: Event) => {
    const term = termOf(event.target as Element | null);
    const to = (event as FocusEvent).relatedTarget as Node | null;
    if (term && !term.contains(to) && !tipOf(term)?.contains(to)) term.classList.remove(DISMISSED);
  };
  root.addEventListener("mouseout", undismiss);
  root.addEventListener("focusout", undismiss);
}
