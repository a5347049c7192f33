/**
 * A term that several appendices define is one entry of the glossary, each appendix's entry id on the line that
 * names its source ("这一解释出自…"), below the term and its definition. A link to such an id (a reader's term
 * links its own appendix's entry) would scroll that line to the top and the term and its definition out of view:
 * bring the whole entry into view instead, heading first. The entry is still marked as the link's target (CSS
 * `:has(:target)`).
 */
export function landOnEntry(doc: Document, win: Window): void {
  const land = () => {
    let id = win.location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A fragment that is not valid percent-encoding is looked up as written.
    }
    const target = id ? doc.getElementById(id) : null;
    const entry = target?.closest(".gl-entry");
    if (target && entry && entry !== target) entry.scrollIntoView();
  };
  // The browser scrolls to the fragment itself as the page loads, after this script has run: land once loaded.
  if (doc.readyState === "complete") land();
  else win.addEventListener("load", () => win.requestAnimationFrame(land), { once: true });
  win.addEventListener("hashchange", land);
}
