/**
 * Plain text wrapped at a fixed width, as a copy of a PDF or of a printed page leaves it: most lines end at the same
 * column, mid-sentence, and a paragraph ends on a shorter line (or the next one is indented). Such lines are joined
 * back into the paragraphs they were cut from; text whose lines do not share a width is left as it is.
 */

/** A line of the source before it is read: its text (untrimmed) and 1-based line number. */
export interface RawLine {
  text: string;
  line: number;
}

/** How a text was wrapped: the width in columns, and how many lines were joined to the one before. */
export interface Wrap {
  width: number;
  joined: number;
}

/** The narrowest width taken for a wrap: 20 Chinese characters. Shorter uniform lines are more likely a list. */
const MIN_WIDTH = 40;
/** How far short of the width a line may end and still be full: a character of two columns that did not fit, or
 * punctuation a typesetter kept off the start of the next line. */
const SLACK = 4;
/** The share of lines that must end within the slack of one width for the text to be read as wrapped. */
const MIN_SHARE = 0.4;
/** The share of lines that may run past the width (a long word, a table's line) in a wrapped text. */
const MAX_OVER = 0.05;

/**
 * Display width on a Chinese page: Han, kana, Hangul, CJK punctuation and the full-width forms take two columns, and
 * so do the signs a Chinese font sets full width (quotation marks “ ” ‘ ’, the dash —, the ellipsis …, the dot ·).
 */
const WIDE = /[\u00b7\u2014\u2015\u2018\u2019\u201c\u201d\u2026\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u;

/** A line's width in columns (see {@link WIDE}). */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += WIDE.test(ch) ? 2 : 1;
  return n;
}

/** A paragraph's indentation: an ideographic space, a tab, or two spaces and more (one space is a copy's slip). */
const INDENT = /^(?:\u3000|\t| {2})/;
/** A numbered part or section (`二、`, `（三）`, `第四，`) starts a line of its own, even after a full line. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[，,、])/;
const trimmed = (s: string) => s.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, "");
/** How far a line reaches across the page: its indentation counts, the blanks after its end do not. */
const reach = (s: string) => (trimmed(s) ? columns(s.replace(/^\ufeff/, "").replace(/[\s\u3000]+$/, "")) : 0);

/** The width a text is wrapped at, or null when its lines do not end at one column. */
export function wrapWidth(lines: readonly string[]): number | null {
  const widths = lines.map(reach).filter((w) => w > 0);
  if (widths.length < 20) return null;
  const count = new Map<number, number>();
  for (const w of widths) if (w >= MIN_WIDTH - SLACK) count.set(w, (count.get(w) ?? 0) + 1);
  let best: { width: number; n: number } | null = null;
  for (const width of count.keys()) {
    if (width < MIN_WIDTH) continue;
    let n = 0;
    for (let w = width - SLACK; w <= width; w++) n += count.get(w) ?? 0;
    if (!best || n > best.n || (n === best.n && width > best.width)) best = { width, n };
  }
  if (!best || best.n < widths.length * MIN_SHARE) return null;
  const over = widths.filter((w) => w > best.width).length;
  return over <= widths.length * MAX_OVER ? best.width : null;
}

/**
 * What stands for the line break in a joined line: a space the copy kept at the end of the line or the start of the
 * next (`“云天中卫” 推动`), or between two Latin words; nothing between Han characters or the digits of a number cut at
 * the margin (`5` `8%`).
 */
function joiner(left: string, right: string): string {
  if (/[ \t]$/.test(left) || /^ /.test(right)) return " ";
  return /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? " " : "";
}

/**
 * The lines of a plain text with those of a wrapped text joined into paragraphs: a line that reaches the width
 * runs on into the next line, unless that one is blank, or indented where the text indents its paragraphs. A joined
 * line keeps the number of its first line. Lines of a text that is not wrapped come back as they are.
 */
export function unwrapLines(raw: readonly RawLine[]): { lines: RawLine[]; wrap: Wrap | null } {
  const width = wrapWidth(raw.map((l) => l.text));
  if (width === null) return { lines: [...raw], wrap: null };
  const indents = raw.filter((l) => INDENT.test(l.text) && trimmed(l.text)).length >= raw.filter((l) => trimmed(l.text)).length * 0.05;
  const lines: RawLine[] = [];
  let joined = 0;
  let open: RawLine | null = null;
  for (const l of raw) {
    const text = trimmed(l.text);
    if (open && text && !(indents && INDENT.test(l.text)) && !NUMBERED.test(text)) {
      open = { text: open.text.replace(/[\s\u3000]+$/, "") + joiner(open.text, l.text) + text, line: open.line };
      lines[lines.length - 1] = open;
      joined++;
    } else {
      open = { text: l.text, line: l.line };
      lines.push(open);
    }
    if (!text || reach(l.text) < width - SLACK) open = null;
  }
  return { lines, wrap: { width, joined } };
}
