import { compact } from "./dateline.ts";

/** The speaker of a report: office and name, either possibly empty. */
export interface Speaker {
  speaker: string;
  speaker_title: string;
}

/** Offices of those who deliver a government work report (acting and deputy forms included). */
export const OFFICE = "(?:代理|代|副)?(?:总理|主席|省长|市长|区长|州长|县长|盟长|旗长|专员)";
/** A personal name: two to five Han characters, or a transcribed name with a middle dot. */
const NAME = "(?:[\\p{Script=Han}]{2,5}|[\\p{Script=Han}]{1,8}[·•・][\\p{Script=Han}]{1,8})";
const OFFICE_NAME = new RegExp(`^(.*${OFFICE})(${NAME})$`, "u");
const OFFICE_ONLY = new RegExp(`^(.*${OFFICE})$`, "u");
const NAME_ONLY = new RegExp(`^${NAME}$`, "u");
/** Words that a line naming a person never contains (web-page links included). */
const NOT_A_NAME = /政府|报告|代表|会议|工作|委员|首页|网站|门户|政务|公开|信息|导航|搜索|登录|无障碍|[年月日，。：:、；]/;

/** Whether a header line reads as an office without a name (`东莞市人民政府市长`). */
export function isOfficeOnly(text: string): boolean {
  return OFFICE_ONLY.test(compact(text).replace(/^[—―─–⸺━\-－]+/, ""));
}

/** Whether a header line reads as a bare personal name (`吕成蹊`). */
export function isNameOnly(text: string): boolean {
  const c = compact(text);
  return NAME_ONLY.test(c) && !NOT_A_NAME.test(c) && !OFFICE_ONLY.test(c);
}

/**
 * Read a speaker line: `国务院总理　李克强`, `银川市人民政府市长 杨玉经`, `上海市市长杨雄` (no space),
 * `市人民政府市长` (no name), `李某` (no office). Null when the line is none of these.
 */
export function readSpeaker(text: string): Speaker | null {
  const s = text.replace(/^[—―─–⸺━\-－\s]+/, "").trim();
  const c = compact(s);
  const both = OFFICE_NAME.exec(c);
  if (both) return { speaker_title: both[1]!, speaker: both[2]! };
  const office = OFFICE_ONLY.exec(c);
  if (office) return { speaker_title: office[1]!, speaker: "" };
  if (isNameOnly(c)) return { speaker_title: "", speaker: c };
  // An office this module does not know, set off from the name by a space: `自治州州长　某某`.
  const spaced = /^(\S+)[\s\u3000]+(\S{2,5})$/u.exec(s);
  if (spaced && !NOT_A_NAME.test(c) && NAME_ONLY.test(spaced[2]!)) return { speaker_title: spaced[1]!, speaker: spaced[2]! };
  return null;
}

/** The place an office names (`银川市人民政府市长` → 银川市, `西藏自治区主席` → 西藏自治区), or empty. */
export function placeOfOffice(office: string): string {
  const m = new RegExp(`^((?:(?!人民政府).)+?(?:省|自治区|市|州|县|区|盟|旗))(?:人民政府)?${OFFICE}$`, "u").exec(office);
  const place = m?.[1] ?? "";
  return /^(?:自治区|自治州|市|州|县|区)$/.test(place) ? "" : place;
}

/**
 * The office a title names as the speaker's (`区长在代表会上工作汇报` → 区长, a content farm's
 * `区人民政府区长政府工作报告` → 区人民政府区长), or empty: the office stands right before `在…` or `政府工作报告`.
 */
export function officeOfTitle(title: string): string {
  const m = new RegExp(`^(?:[\\d〇零一二三四五六七八九]{4}年)?((?:(?!在).)*?${OFFICE})(?:在|(?:人民)?政府工作报告)`, "u").exec(compact(title));
  return m?.[1] ?? "";
}
