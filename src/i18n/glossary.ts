/**
 * Glossary terms on English pages: the term in Hanyu Pinyin, to stand beside the characters, word by word
 * as ICU breaks them, first letter capitalised: `“六稳”工作` → `Liu wen gongzuo`. Unlike a personal name,
 * no character is read as a surname (六 is liù here, not the surname Lù).
 */
import { pinyin } from "pinyin-pro";

const HAN = /\p{Script=Han}/u;

/** A term in pinyin, quotation marks left out; null when it has no Chinese characters (`5+3`). */
export function termPinyin(term: string): string | null {
  const core = term.replace(/[“”‘’"「」『』]/g, "");
  if (!HAN.test(core)) return null;
  const words: string[] = [];
  let prevHan = false;
  for (const { segment } of new Intl.Segmenter("zh", { granularity: "word" }).segment(core)) {
    if (!segment.trim()) continue;
    const han = HAN.test(segment);
    const word = han ? pinyin(segment, { toneType: "none", type: "array", nonZh: "consecutive" }).join("") : segment;
    if (han || prevHan || !words.length) words.push(word);
    else words[words.length - 1] += word;
    prevHan = han;
  }
  const out = words.join(" ");
  return out.charAt(0).toUpperCase() + out.slice(1);
}
