import { OFFICE } from "./speaker.ts";

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
  // A year the title sets after the place (`合肥市2015年政府工作报告`) is no part of the name.
  const m = (/^(.+?)(?:人民)?政府工作报告/.exec(title)?.[1] ?? "").replace(/(?<=.)(?:\d{4}|[〇零一二三四五六七八九]{4})年度?$/u, "");
  return named(m.replace(/人民政府.*$/, "").replace(new RegExp(`${OFFICE}(?:在.*)?$`, "u"), ""));
}

/** The place the report's opening names (`现在,我代表西城区人民政府向大会报告工作`), or empty (`我代表区人民政府`). */
export function placeOfOpening(text: string): string {
  const m = /我代表(?:第[一二三四五六七八九十\d]+届)?((?:(?!人民政府)[^，,。；;：:\s]){1,20}?)人民政府/u.exec(text);
  return named(m?.[1] ?? "");
}

/**
 * The place a header line that is no title names before `(人民)政府工作报告` (a document site's
 * `綦江县人民政府政府工作报告工作总结`), when what stands there reads as a place's name alone.
 */
export function placeOfHeadline(line: string): string {
  const place = placeOfTitle(line.replace(/^(?:\d{4}|[〇零一二三四五六七八九]{4})年/, ""));
  return /^\p{Script=Han}{1,15}?(?:省|自治区|市|州|地区|盟|县|区|旗)$/u.test(place) ? place : "";
}
