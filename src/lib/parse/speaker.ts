import { compact } from "./dateline.ts";

/** The speaker of a report: office and name, either possibly empty. */
export interface Speaker {
  speaker: string;
  speaker_title: string;
}

/**
 * Offices of those who deliver a government work report (acting and deputy forms included), and the head of a planning
 * commission who delivered the year's plan in its stead (`国务委员兼国家计划委员会主任邹家华`, the State Council 1991).
 */
export const OFFICE = "(?:代理|代|副)?(?:总理|主席|省长|市长|区长|州长|县长|盟长|旗长|专员|计划委员会主任)";
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
 * `市人民政府市长` (no name), `李某` (no office). A speech named after the name (`代市长郑松岩讲话`, `…的讲话`, `赵立香作政府工作报告`,
 * Zhangye 2022) is left out. Null when the line is none of these.
 */
export function readSpeaker(text: string): Speaker | null {
  // A space a copy could not encode and wrote as a question mark (`汉中市人民政府市长 ?张烨`) is a space.
  // A colon between the office and the name (`省长:郝鹏`, `市长：某某`) sets them off as a space does.
  const s = text.replace(/[?\uFFFD]/g, " ").replace(/^[—―─–⸺━\-－\s]+/, "").trim().replace(/(?<=\p{Script=Han})(?:的?(?:讲话|发言)|作(?:政府)?工作报告)$/u, "")
    .replace(new RegExp(`(?<=${OFFICE})\\s*[:：]\\s*(?=\\p{Script=Han})`, "u"), " ");
  const c = compact(s);
  const both = OFFICE_NAME.exec(c);
  if (both) return { speaker_title: both[1]!, speaker: both[2]! };
  const office = OFFICE_ONLY.exec(c);
  if (office) return { speaker_title: office[1]!, speaker: "" };
  // The last character of an office alone, set off from the name, is the office a copy cut short (`长 余功斌`, its 市 lost,
  // Yingkou 2018): the name is the speaker's, the office unknown, no part of the name.
  const cut = new RegExp(`^[长席理][\\s\u3000]+(${NAME})$`, "u").exec(s);
  if (cut && !NOT_A_NAME.test(cut[1]!)) return { speaker_title: "", speaker: cut[1]! };
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

/**
 * Read a photo caption that says only who delivered the report, naming no session (Shijiazhuang 2025: `市长马宇骏代表市政府
 * 向大会作政府工作报告。`, or after the time: `1月19日上午，市长某某作政府工作报告`): the office and the name, or null.
 */
export function readDelivery(text: string): Speaker | null {
  const c = compact(text).replace(/^[^，,。]*[，,]/u, "");
  if (/人民代表大会|人大|会议/.test(c)) return null;
  const m = new RegExp(`^(.*?${OFFICE})?(${NAME})(?:代表(?:(?!作).){1,12})?(?:向大会)?作了?(?:《)?(?:政府)?工作报告(?:》)?[。.]?$`, "u").exec(c);
  if (!m || NOT_A_NAME.test(m[2]!) || (m[1] && NOT_A_NAME.test(m[1].replace(/人民政府/, "")))) return null;
  return { speaker_title: m[1] ?? "", speaker: m[2]! };
}

/** What a photo caption before the salutation says of the delivery: its session, date and speaker. */
export interface Caption {
  congress: string;
  /** The date as the caption writes it (`1月10日`), for `readDateline`; empty when it gives none. */
  date: string;
  speaker: string;
  speaker_title: string;
}

/**
 * Read a photo caption that says who delivered the report where (`1月10日上午，尹弘在河南省第十三届人民代表大会
 * 第三次会议上作政府工作报告。`, `…在自治区第十二届人民代表大会第三次会议上，自治区主席咸辉向大会作政府工作报告`, `…第三次会议在银川
 * 开幕。自治区人民政府主席张雨浦作政府工作报告。`); null when it names no session and no delivery.
 */
export function readCaption(text: string): Caption | null {
  const c = compact(text);
  // Or the session opening, the speaker in the next sentence (`1月19日，宁夏回族自治区第十三届人民代表大会第三次会议在银川开幕。
  // 自治区人民政府主席张雨浦作政府工作报告。`).
  const session = /在(.+?(?:人民代表大会|人大).*?会议)上/u.exec(c) ?? /(?<=^|[，,。])((?:(?![，,。]).)+?(?:人民代表大会|人大)(?:(?![，,。]).)*?会议)(?:在(?:(?![，,。]).){1,8}?)?(?:隆重)?开幕[。，,]?/u.exec(c);
  if (!session || !/作(?:了)?(?:政府)?工作报告|作政府|作报告/.test(c.slice(session.index))) return null;
  // The date may stand in brackets with the speaker's name (Changsha 2022: `（2021年12月30日 郑建新） 在长沙市第十六届人民代表
  // 大会第一次会议上，郑建新作政府工作报告。`).
  // So may its digits be full-width, as a plain-text copy writes them (Ningxia 2025: `１月１９日，…`).
  const dated = /^[（(]?((?:[\d０-９〇零一二三四五六七八九十]{2,4}年)?[\d０-９〇零一二三四五六七八九十]{1,3}月[\d０-９〇零一二三四五六七八九十]{1,3}日)/u.exec(c);
  const date = dated?.[1] ?? "";
  // The speaker stands right before `在…会议上`, after the date and time of day, or after it: `…会议上，主席某某向大会作`.
  const before = c.slice(dated?.[0].length ?? 0, session.index).replace(/^(?:上午|下午|晚上|晚|上|下)?[，,、\s]*/, "");
  const after = new RegExp(`^[，,]?(.*?${OFFICE})?(${NAME})(?:代表.{1,12})?作`, "u").exec(c.slice(session.index + session[0].length).replace(/向大会作/, "作"));
  const name = new RegExp(`^(.*?${OFFICE})?(${NAME})$`, "u").exec(before);
  const who = name && !NOT_A_NAME.test(name[2]!) ? name : after && !NOT_A_NAME.test(after[2]!) ? after : null;
  return { congress: session[1]!, date, speaker: who?.[2] ?? "", speaker_title: who?.[1] ?? "" };
}
