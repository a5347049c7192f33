// A zero may be typed as a circle or a letter O (`二○二四`, `二Ο二四`), as copies of years in words have it.
const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, "○": 0, Ο: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};

/** Value of a Chinese numeral up to 99 (`十二` → 12, `二十` → 20) or of digit strings (`二〇二〇` → 2020); NaN otherwise. */
export function chineseNumeral(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  if (!text.includes("十")) {
    if (![...text].every((c) => c in DIGITS)) return Number.NaN;
    return Number([...text].map((c) => DIGITS[c]).join(""));
  }
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (!m) return Number.NaN;
  return (m[1] ? DIGITS[m[1]]! : 1) * 10 + (m[2] ? DIGITS[m[2]]! : 0);
}

/** Character class of the Chinese numerals used in section markers. */
export const CN_NUM = "[一二三四五六七八九十]+";

/**
 * The number of a list item written in Chinese numerals, `五、` or `十二、` (one to ninety-nine as numerals are written),
 * and not a run of numerals naming things (`一、二、三产业`) nor a name (`三一、中联`: 三一 is no numeral).
 */
export const CN_ITEM_NUMBER = "(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])、(?![一二三四五六七八九十两])";
