/** The named references a pasted query realistically carries; numeric references are decoded in full. */
const NAMED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/**
 * Decode the character references a pasted query may carry (`R&amp;D` → `R&D`, `&#25945;` → 教). The
 * reports' own entities are decoded by the ingest (with the `entities` package); this small decoder keeps
 * that package's 28 KB table of HTML names out of the browser bundle. Unknown names stay as typed.
 */
export function decodeQueryEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&(#[xX][0-9a-fA-F]{1,6}|#\d{1,7}|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] !== "#") return NAMED[body.toLowerCase()] ?? whole;
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : whole;
  });
}
