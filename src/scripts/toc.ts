/**
 * The table of contents is a collapsed <details>: open it where the media query matches (a wide screen,
 * where it sits beside the text), and on a narrow screen close it again after one of its links is followed.
 */
export function tocDisclosure(selector: string, wide: string): void {
  const details = document.querySelector<HTMLDetailsElement>(selector);
  if (!details) return;
  const query = window.matchMedia(wide);
  if (query.matches) details.open = true;
  details.addEventListener("click", (e) => {
    if (!query.matches && e.target instanceof HTMLAnchorElement) details.open = false;
  });
}
