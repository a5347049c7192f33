/**
 * On every page: `/` focuses the search box (the search page's own, else the header's), unless the user
 * is typing somewhere. The index itself is only loaded by the search page.
 */
const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));

document.addEventListener("keydown", (e) => {
  if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || e.isComposing || typing(e.target)) return;
  const box =
    document.querySelector<HTMLInputElement>("[data-search-input]") ??
    document.querySelector<HTMLInputElement>("#site-search-q");
  if (!box) return;
  e.preventDefault();
  box.focus();
  box.select();
});
