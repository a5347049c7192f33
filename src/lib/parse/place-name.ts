import { OFFICE } from "./speaker.ts";
import { pinyin } from "../text/pinyin.ts";

/** A level alone (`区`, `自治州`): what a report of the place writes for itself, no name. */
const BARE = /^(?:省|自治区|市|自治州|州|地区|盟|县|自治县|区|旗)$/;

/** A place's name, or empty for a level alone. */
const named = (place: string): string => (BARE.test(place) ? "" : place);

/**
 * The place a title names before `(人民)政府工作报告`, stopping before the government and an office that ends the
 * name or says where it spoke: a content farm's `区人民政府区长政府工作报告` names none, nor
 * `县长在县第十五届人民代表大会第一次会议上的政府工作报告`; `甲县人民政府县长政府工作报告` names 甲县, and
 * `西安市长安区…` is no 市长.
 */
export function placeOfTitle(title: string): string {
  // A year the title sets after the place (`合肥市2015年政府工作报告`) is no part of the name, nor the government
  // named before that year (`江苏省政府2007年政府工作报告`).
  const m = (/^(.+?)(?:人民)?政府工作报告/.exec(title)?.[1] ?? "").replace(/(?<=.)(?:(?:人民)?政府)?(?:\d{4}|[〇零一二三四五六七八九]{4})年度?$/u, "");
  // A title that names the session before the report (`厦门市第十三届人民代表大会第五次会议政府工作报告`, Xiamen 2010) names
  // the place before the session.
  const place = m.replace(/(?<=\p{Script=Han}{2})第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)第?[一二三四五六七八九十\d]+次(?:全体)?会议(?:上的?|的)?$/u, "");
  return named(place.replace(/人民政府.*$/, "").replace(new RegExp(`${OFFICE}(?:在.*)?$`, "u"), ""));
}

/** The place the report's opening names (`现在,我代表西城区人民政府向大会报告工作`), or empty (`我代表区人民政府`). */
export function placeOfOpening(text: string): string {
  const m = /我代表(?:第[一二三四五六七八九十\d]+届)?((?:(?!人民政府)[^，,。；;：:\s]){1,20}?)人民政府/u.exec(text);
  return named(m?.[1] ?? "");
}

/** The office of the government the opening speaks for without its name (`我代表省人民政府` → 省长), or empty. */
export function levelOfOpening(text: string): string {
  const m = /我代表(省|市|州|盟|县|区|旗)人民政府/u.exec(text);
  return m ? `${m[1]}长` : "";
}

/**
 * The place a header line that is no title names before `(人民)政府工作报告` (a document site's
 * `綦江县人民政府政府工作报告工作总结`), when what stands there reads as a place's name alone.
 */
export function placeOfHeadline(line: string): string {
  const place = placeOfTitle(line.replace(/^(?:\d{4}|[〇零一二三四五六七八九]{4})年/, ""));
  return /^\p{Script=Han}{1,15}?(?:省|自治区|市|州|地区|盟|县|区|旗)$/u.test(place) ? place : "";
}

/** The level a speaker's office implies, as the suffix of the place's name (`省长` → 省). */
const SUFFIX_OF_OFFICE: [RegExp, string][] = [[/省长$/, "省"], [/市长$/, "市"], [/州长$/, "州"], [/盟长$/, "盟"], [/县长$/, "县"], [/区长$/, "区"], [/旗长$/, "旗"]];

/** A name with its level after it, not a word it opens (`江西市场` is no 江西市, `甘肃区域` no 甘肃区). */
const LEVELS = "(?:\\p{Script=Han}{0,6}?自治(?:区|州|县|旗)|省|市(?![场民值])|地区|州|盟|县(?!域)|区(?![域位])|旗)";

/** The pinyin of each character (the dictionary is loaded at the first call: only a report of a place the table lacks and whose header names none asks for it). */
const readings = (text: string): string[] => pinyin(text, { toneType: "none", type: "array", v: true });

/**
 * The place whose pinyin is the file's id, as the text writes it (`jiangxi-2017.md`, whose header names no place,
 * writes `江西建设`, `江西制造` …): the name of two to four characters the text uses most often (at least twice) and
 * reads as the id, with its level where the text writes one (`甘肃省`), else the level the speaker's office implies
 * (`省长` → 江西省); empty when the text has no such name.
 */
export function placeOfPinyin(text: string, id: string, office: string): string {
  const han = /\p{Script=Han}/u;
  // A name is read where its first syllable starts the id: the pinyin of the whole text, once, a reading per character.
  const chars = Array.from(text);
  const read = readings(text);
  if (read.length !== chars.length) return "";
  // Shaanxi is spelt apart from Shanxi (陕西, 山西), though both read shanxi.
  const shaanxi = id.startsWith("shaanxi");
  const spell = shaanxi ? id.replace(/^shaanxi/, "shanxi") : id;
  const first = (c: string) => !spell.startsWith("shanxi") || (c === "陕") === shaanxi;
  const counts = new Map<string, number>();
  for (let i = 0; i < read.length; i++) {
    if (!han.test(chars[i]!) || !spell.startsWith(read[i]!) || !first(chars[i]!)) continue;
    let spelled = read[i]!;
    for (let n = 2; n <= 4 && i + n <= read.length && han.test(chars[i + n - 1]!); n++) {
      spelled += read[i + n - 1]!;
      if (!spell.startsWith(spelled)) break;
      const name = chars.slice(i, i + n).join("");
      if (spelled === spell) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
  }
  const [name, times] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ["", 0];
  if (times < 2) return "";
  return withLevel(name, text, office);
}

/** A level a place's name ends with (`长春市`, `恩施州`, `宁夏回族自治区`). */
const HAS_LEVEL = /(?:省|自治区|市|州|地区|盟|县|区|旗)$/;

/**
 * A name of two characters ending in 州 whose 州 is of the name, not its level (Guizhou 2008, whose header names no
 * place: `贵州` is 贵州省, as `广州` is 广州市); a prefecture's short name keeps a name of two characters before its
 * 州 (`恩施州`, `大理州`).
 */
const ZHOU_IN_NAME = /^\p{Script=Han}州$/u;

/**
 * A place's name with its level: as the text writes it most often after the name (`长春` → `长春市`, `宁夏` →
 * `宁夏回族自治区`), else with the level the speaker's office (`office`, `市长`) implies; a name that ends with a
 * level stays as it is. Where the office implies a level the text also writes after the name, that form wins over
 * one written more often: a city's report (`我代表市人民政府`) that names its county of the same name twice
 * (`长沙县获中国人居环境范例奖`) and itself once (`长沙市第六届运动会`) is the city's; and where the text writes the name
 * only at another level than the office's, the office's level stands (`州长`, `文山市` → 文山州).
 */
export function withLevel(name: string, text: string, office: string): string {
  if (!name || (HAS_LEVEL.test(name) && !ZHOU_IN_NAME.test(name))) return name;
  const full = new Map<string, number>();
  for (const m of text.matchAll(new RegExp(`${name}${LEVELS}`, "gu"))) full.set(m[0], (full.get(m[0]) ?? 0) + 1);
  const suffix = SUFFIX_OF_OFFICE.find(([office_]) => office_.test(office))?.[1] ?? "";
  const ranked = [...full].sort((a, b) => b[1] - a[1]).map(([form]) => form);
  // Where the office implies a level the text never writes after the name, a form of another level it writes is
  // another place of the same name, the county-level city the prefecture holds (`文山市、砚山县列为…示范县` in the
  // report of 州长 张秀兰, Wenshan 2020): the office's level stands, 文山州.
  if (suffix) return ranked.find((form) => form.endsWith(suffix)) ?? name + suffix;
  return ranked[0] ?? name;
}

/** The level at the end of a place's name (`大理市` → 市, `大理白族自治州` → 州), or empty. */
const LEVEL_AT_END = /(?:省|自治区|市|州|地区|盟|县|区|旗)$/;

/**
 * The congress's place where the title names another place of the same name at another level, one the speaker's office
 * does not govern (`大理市政府工作报告` over `…在大理白族自治州第十三届人民代表大会第二次会议上` and `州长 何华`: the
 * county-level city is no 州), else empty: the title's place stands.
 */
export function congressOverTitle(title: string, congress: string, office: string): string {
  const level = LEVEL_AT_END.exec(title)?.[0];
  const suffix = SUFFIX_OF_OFFICE.find(([office_]) => office_.test(office))?.[1] ?? "";
  if (!level || !congress || !suffix || congress === title) return "";
  const stem = title.slice(0, -level.length);
  if ([...stem].length < 2 || !congress.startsWith(stem)) return "";
  return congress.endsWith(suffix) && !title.endsWith(suffix) ? congress : "";
}
