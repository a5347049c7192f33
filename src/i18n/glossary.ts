/**
 * Glossary terms on English pages: the term in Hanyu Pinyin, to stand beside the characters
 * (`“六稳”工作` → `Liu wen gongzuo`).
 */
import { pinyinText } from "./format.ts";

const HAN = /\p{Script=Han}/u;

/** A term in pinyin, quotation marks left out; null when it has no Chinese characters (`5+3`). */
export function termPinyin(term: string): string | null {
  const core = term.replace(/[“”‘’"「」『』]/g, "");
  return HAN.test(core) ? pinyinText(core) : null;
}
