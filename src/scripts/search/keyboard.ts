/**
 * Arrow keys on the results page: ↓ from the search box goes to the first result, ↓/↑ move between
 * results, ↑ from the first goes back to the box. Enter on a result follows its link (the browser's own).
 */
export function arrowNavigation(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a[href]")];
  input.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowDown" || e.isComposing) return;
    const first = links()[0];
    if (!first) return;
    e.preventDefault();
    first.focus();
  });
  list.addEventListener("keydown", (e) => {
    if (e.key !== "ArrowDown" && e.key !== "ArrowUp") return;
    const all = links();
    const i = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (i === -1) return;
    e.preventDefault();
    const next = e.key === "ArrowDown" ? all[i + 1] : all[i - 1];
    if (next) next.focus();
    else if (e.key === "ArrowUp") input.focus();
  });
}
