/**
 * Paragraph permalinks (¶): following one still moves to the paragraph; where the browser allows it, the
 * full link is also copied to the clipboard and a polite status message says so (`copied`, in the page's language).
 */
export function enhancePermalinks(
  root: ParentNode,
  status: HTMLElement,
  copied: (url: string) => string = (url) => `已复制本段链接：${url}`,
): void {
  let timer: number | undefined;
  root.addEventListener("click", (event) => {
    const link = (event.target as Element | null)?.closest?.("a.pilcrow");
    if (!(link instanceof HTMLAnchorElement) || !navigator.clipboard) return;
    const url = new URL(link.getAttribute("href") ?? "", location.href).href;
    navigator.clipboard.writeText(url).then(
      () => {
        status.textContent = copied(url);
        window.clearTimeout(timer);
        timer = window.setTimeout(() => (status.textContent = ""), 4000);
      },
      () => undefined,
    );
  });
}
