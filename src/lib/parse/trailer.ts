/**
 * A header set at the end of the text: some web pages and copies give the report's words first and its title,
 * dateline and speaker after them, as credits (`…创造更多的福祉！` / `包头市代市长 包钢` / `包头市政府工作报告` /
 * `———2014年1月9日在包头市第十四届人民代表大会第二次会议上`). Such a trailing block is the header, and is read first.
 */

import { compact } from "./dateline.ts";
import { isDateline } from "./head-lines.ts";
import { isOfficeOnly, readSpeaker } from "./speaker.ts";

interface Line {
  text: string;
  line: number;
}

/** How many lines the top of a text is searched for a dateline or title of its own, and the end for a trailing one. */
const TOP = 12;
const TAIL = 6;
const SHORT = 80;

const isTitle = (t: string) => /政府工作报告$/.test(compact(t).replace(/[（(][^（）()]*[）)]$/, "")) && [...t].length <= 40;
const isSpeaker = (t: string) => [...t].length <= 30 && (isOfficeOnly(t) || readSpeaker(t)?.speaker_title);

/**
 * The lines with a header that trails the text moved to the top (each keeps its line number), and the lines moved;
 * the lines as they are when the top has a dateline or a title of its own, or the end no dateline.
 */
export function leadTrailingHeader<T extends Line>(lines: readonly T[]): { lines: T[]; moved: T[] } {
  let start = lines.length;
  while (start > 0 && lines.length - start < TAIL) {
    const t = lines[start - 1]!.text;
    if ([...t].length > SHORT || !(isDateline(t) || isTitle(t) || isSpeaker(t))) break;
    start--;
  }
  const tail = lines.slice(start);
  const top = lines.slice(0, Math.min(TOP, start));
  const headed = top.some((l) => [...l.text].length <= SHORT && (isDateline(l.text) || isTitle(l.text)));
  if (start === 0 || headed || !tail.some((l) => isDateline(l.text))) return { lines: [...lines], moved: [] };
  // The title first, then the dateline and the speaker in the order the copy gives them.
  const moved = [...tail.filter((l) => isTitle(l.text)), ...tail.filter((l) => !isTitle(l.text))];
  return { lines: [...moved, ...lines.slice(0, start)], moved };
}
