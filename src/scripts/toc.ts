/** Close the matching <details> when the media query matches (a phone), and close it again after a link in it is followed. */
export function collapseOnNarrow(selector: string, query: string): void {
  const details = document.querySelector<HTMLDetailsElement>(selector);
  if (!details) return;
  const narrow = window.matchMedia(query);
  if (narrow.matches) details.open = false;
  details.addEventListener("click", (e) => {
    if (narrow.matches && e.target instanceof HTMLAnchorElement) details.open = false;
  });
}
