/**
 * A report's title in Hanyu Pinyin for an English reference, written as the rules for proper names have it
 * (GB/T 16159): the place name as its own words, capitalised, its generic parts apart (`中卫市` → `Zhongwei Shi`,
 * `宁夏回族自治区` → `Ningxia Huizu Zizhiqu`); the other words in lower case (`政府工作报告` → `zhengfu gongzuo
 * baogao`), numbers kept (`2021年` → `2021 nian`).
 */
import { pinyinWord as word, pinyinWords } from "../../i18n/format.ts";

/** The peoples named in the names of autonomous places (宁夏回族自治区, 黔西南布依族苗族自治州). */
const PEOPLES =
  "回族|壮族|维吾尔|藏族|蒙古族|朝鲜族|满族|土家族|苗族|布依族|彝族|侗族|瑶族|白族|哈尼族|傣族|黎族|傈僳族|佤族|畲族|拉祜族|水族|东乡族|纳西族|景颇族|柯尔克孜|土族|达斡尔族|仫佬族|羌族|撒拉族|毛南族|仡佬族|锡伯族|普米族|塔吉克|怒族|鄂温克族|鄂伦春族|裕固族|保安族|独龙族|哈萨克";

/** The generic parts a place name ends with (longest first), and the peoples of autonomous places. */
const GENERIC = new RegExp(`(?:特别行政区|自治区|自治州|自治县|自治旗|地区|[省市州盟县区旗]|${PEOPLES})$`, "u");

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A place name in pinyin, its proper part and each generic part as a capitalised word: `宁夏回族自治区` → `Ningxia Huizu Zizhiqu`. */
export function placePinyin(name: string): string {
  const parts: string[] = [];
  let rest = name;
  for (let m = GENERIC.exec(rest); m && m.index >= 2; m = GENERIC.exec(rest)) {
    parts.unshift(m[0]);
    rest = rest.slice(0, m.index);
  }
  return [rest, ...parts].map((p) => (p === "特别行政区" ? "Tebie Xingzhengqu" : cap(word(p)))).join(" ");
}

/** Chinese text in lower-case pinyin, word by word, numbers and Latin letters as they are. */
export const plainPinyin = pinyinWords;

/**
 * A report's title in pinyin: `2021年中卫市政府工作报告` → `2021 nian Zhongwei Shi zhengfu gongzuo baogao`.
 * The place is found by its Chinese name; a title without it is written word by word. The first letter is
 * capitalised, as the first word of a title is.
 */
export function titlePinyin(title: string, placeZh: string): string {
  const at = placeZh ? title.indexOf(placeZh) : -1;
  const out =
    at === -1
      ? plainPinyin(title)
      : [plainPinyin(title.slice(0, at)), placePinyin(placeZh), plainPinyin(title.slice(at + placeZh.length))].filter(Boolean).join(" ");
  return cap(out);
}
