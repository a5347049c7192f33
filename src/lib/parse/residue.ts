import type { DroppedLine } from "../schema/report.ts";
import type { MarkupNote } from "../source/lines.ts";

import type { SourceLine } from "../source/lines.ts";
import { trimLine } from "../text/hygiene.ts";
import { PAGE_NUMBER, runningHeaders } from "../source/wrap.ts";
import { isAppendix } from "./appendix.ts";
import { markerOf } from "./markers.ts";
import { resumesSentence } from "./broken-paragraph.ts";
import { hasSession } from "./dateline.ts";

/**
 * A dropped line, and for a `comment` the markup it came from (for the warning; front matter keeps the reason);
 * `inline` when the text was cut out of a line whose rest stays in the body.
 */
export type Dropped = DroppedLine & { markup?: MarkupNote; inline?: true; running?: true };

/**
 * A newspaper's mark where an article breaks off to another page or resumes from one (`(下转第四版)`,
 * `（上接第一版）`, `（转第2版）`, `(下转A2版)`, `（紧转第2版）`): page residue wherever it stands in a line. Without brackets
 * it is one after a sentence's end or another mark (`…引导公民树立正确的价值取向。 下转4版 上接3版`, Honghe 2016).
 */
const CONTINUATION =
  /(?:[（(]\s*(?:下转|上接|紧接|紧转|转|接|续)(?:至|自)?第?\s*[A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3}\s*[版页][）)]|(?<=(?:[。！？!?”’]|[版页])[\s\u3000]*)(?:下转|上接)第?\s*[A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3}\s*[版页](?=[\s\u3000]|$))/g;

/** One such mark anywhere, for a test: a regular expression without the global flag keeps no position between calls. */
const ANY_CONTINUATION = new RegExp(CONTINUATION.source);

/** Marks one after another, spaced or not. */
const MARK_RUN = new RegExp(`${CONTINUATION.source}(?:\\s*${CONTINUATION.source})*`, "g");

/**
 * The newspaper or outlet a page credits at the end of the text (`…而努力奋斗！（云浮日报）`, `（来源：某某日报）`): residue
 * at the end of a line. So is a news site named bare, right after the last sentence or on a line of its own
 * (`…创造济宁更加美好的未来！（东方圣城网）`, Jining 2014), not a bracket of a sentence's own words that ends on 网
 * (`建设智能电网（含配电网）`), nor a note of scope after a sentence (`…全面提升。（含物联网）`).
 */
const CREDIT = /(?:[（(]\s*(?:来源\s*[：:]\s*)?[\u4e00-\u9fff]{2,10}(?:日报|晚报|报社|新闻网|融媒体中心)\s*[）)]|(?<=^\s*|[。！？!?][”’」』]?)[（(](?!含|不含|包括|包含|其中|即|注|如|详见|见)[\u4e00-\u9fff]{2,10}网[）)])\s*$/;

/** A government site's name (`合肥市人民政府`, `福州市人民政府门户网站`), and the bar between it and a section in a page's title. */
const SITE = "[\\u4e00-\\u9fff]{2,20}(?:人民政府|政府)(?:门户网站|网站|网)?";
const TITLE_BAR = "\\s*[-－—–_|｜]{1,2}\\s*";

/**
 * Lines a web page adds around a report (breadcrumbs, publication time, font-size switches, share and print
 * links, photo credits). Each is anchored and short, so a sentence of the report never matches.
 */
const RESIDUE: RegExp[] = [
  new RegExp(`^${CONTINUATION.source}$`),
  // A stray mark a copy left on a line of its own between two paragraphs (Hubei 2003: `、` after `…上档次、上水平。`).
  /^[\s\u3000]*[、，,；;]+[\s\u3000]*$/,
  PAGE_NUMBER,
  /^(?:下转|上接)第?\s*[A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3}\s*[版页]$/,
  /^(?:您的?)?当前(?:的)?位置/,
  // An older site's breadcrumb (`您现在的位置：首页 >> 政务公开 >> 政府工作报告`).
  /^您?(?:现在|目前)(?:的|所在的?)?位置\s*[：:]/,
  /^首页\s*[>＞»›/|]/,
  /^(?:[^\s<>]{1,12}\s*[>＞»›]{1,2}\s*){2,}[^\s<>]{0,20}$/,
  /^(?:发表|发布|更新|上传|成文|录入)(?:时间|日期)\s*[：:]/,
  /^[（(【\[]?\s*(?:时间|日期|来源|作者|编辑|责任编辑|责编|审核|校对|稿源|信息来源|文章来源|本文来源|新闻来源|稿件来源|图片来源|浏览次数|阅读次数|访问次数|点击次数|浏览量|阅读量|阅读数|浏览数|点击数|点击率|点击量|访问量|字号|分享到|分享)\s*[：:]/,
  // The table of a government information page (政府信息公开) above the text: its index number, class, issuer …
  /^[（(【\[]?\s*(?:索引号|主题分类|主题词|信息分类|体裁分类|组配分类|服务对象|发布机构|发文机关|发文单位|文号|发文字号|公开方式|公开范围|公开时限|有效性|标题)\s*[：:]/,
  // … or the same table copied with its cells apart (`文件名称 | 汉滨区2025年政府工作报告 | ||`, `文号 | 成文日期: | …`).
  /^(?:文件名称|索引号|主题分类|信息分类|发布机构|发文机关|文号|发文字号|公开目录|公开责任部门|公开方式|公开形式|公开范围|成文日期|公开日期|发布日期|有效性|标题)\s*[|｜]/,
  // A link to the site's mobile version (`WAP手机版`, `移动端:…`), an image's file name left of a picture (`50588.jpg`).
  /^(?:WAP)?(?:手机版|移动版|移动端|手机端|WAP版)(?:\s*[：:].{0,60})?$/i,
  /^[\w.\-]+\.(?:jpe?g|png|gif|bmp|webp)$/i,
  // The page's title bar: the site and the section, either way round (`合肥市人民政府 - 政务公开`), not the report's title.
  new RegExp(`^(?!.*工作报告)(?:${SITE}${TITLE_BAR}[\\u4e00-\\u9fff]{2,12}|[\\u4e00-\\u9fff]{2,12}${TITLE_BAR}${SITE})$`),
  // The site's name alone on a line above the page's title (Yunnan 2017: `云南省人民政府门户网站`): a report names no website.
  new RegExp(`^[\\u4e00-\\u9fff]{2,20}(?:人民政府|政府)(?:门户网站|网站|网)$`),
  /^【?\s*大\s*中\s*小\s*】?$/,
  /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s+(?:来源|作者|浏览|字号|【|\[).*)?$/,
  /【?\s*字[体号]\s*[：:]?\s*[【［\[]?\s*大\s*[】］\]]?\s*[【［\[]?\s*中\s*[】］\]]?\s*[【［\[]?\s*小\s*[】］\]]?\s*】?/,
  /^[【［\[]?\s*(?:打印本页|我要打印|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|返回顶部|返回|我要纠错|纠错|分享)\s*[】］\]]?(?:\s*[【［\[]?\s*(?:打印本页|我要打印|打印|关闭窗口|关闭本页|关闭|收藏本页|加入收藏|收藏|返回顶部|返回|我要纠错|纠错|分享)\s*[】］\]]?)*$/,
  /扫一扫在手机(?:上)?(?:打开|浏览|查看|阅读)(?:当前页面?|本页面?|本文)?/,
  // A page's related links, alone or with the first of them (`相关链接：遵义市人民政府网`): a name, no sentence.
  /^相关(?:报道|新闻|链接|阅读|文章|附件|解读)\s*(?:[：:](?:\s*[^，,。；;！？]{1,40})?)?$/,
  /^(?:上一篇|下一篇)\s*[：:]/,
  // A page's pager between the parts of a text the site split over pages (Heyuan 2014: `第1页第2页` between 二、 and 三、):
  // two or more page links and nothing else; a report's sentence names no page so.
  /^(?:(?:第[\s\u3000]*[0-9０-９]{1,3}[\s\u3000]*页|上一页|下一页)[\s\u3000|｜]*){2,}$/,
  // A site's search box or tag line: a label, then short keywords apart (快捷搜索:论文 合同 演讲 心得, 关键词:政府工作报告).
  /^(?:快捷搜索|热门搜索|站内搜索|相关搜索|搜索热词|热搜词?|热门标签|热门关键词|相关标签|标签|关键词|关键字|Tags?)\s*[：:]\s*[^\s，,。；;！？、|｜/]{1,10}(?:\s*[\s、|｜/]\s*[^\s，,。；;！？、|｜/]{1,10})*$/i,
  // The page's footer: who runs the site, its registration numbers, its links, the copyright.
  /^(?:主办|承办|协办|主管|技术支持|运行维护|运维|网站维护|设计制作|网站设计|制作)(?:单位)?\s*[：:]/,
  /(?:ICP备|ICP证|公网安备|网站标识码\s*[：:]?)\s*[A-Za-z]?\d{4,}/,
  /^(?:版权所有|Copyright\b|©)/i,
  // The footer's credit without a colon: the office that runs the site, then the copyright (Hunan 2022:
  // `湖南省人民政府办公厅主办　　版权所有`), or the copyright closing a short line: a report's sentence ends on a stop.
  /^[\u4e00-\u9fff（）()]{2,30}?(?:主办|承办)(?:[\s\u3000]+[\u4e00-\u9fff（）()]{2,30}?(?:承办|协办|维护|技术支持))*(?:[\s\u3000]+版权所有)?$/,
  /[\s\u3000]版权所有\s*(?:[：:©]|$)/,
  /^(?:(?:联系我们|网站地图|隐私声明|关于我们|网站声明|免责声明|使用帮助|法律声明|网站纠错|无障碍|无障碍浏览|长者模式|关怀版|English|繁体|简体|登录|注册)\s*[|｜丨·•]?\s*){2,}$/,
  // An attachment offered for download (附件下载：…, 附件：报告全文.pdf); an appendix (附件1 …) names no file.
  /^附件下载\s*[：:]|^(?:相关附件|下载附件|附件)\s*[：:].{0,60}\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)\s*$/i,
  // The attachments' label alone, the files listed below it (Suzhou 2019: `文档附件：` then `2019年政府工作报告.pdf`), and such a
  // file's name on a line of its own: a report names no file.
  /^(?:文档附件|下载附件|附件下载)\s*[：:]?$/,
  /^[^\s，,。；;：:]{1,60}\.(?:pdf|docx?|xlsx?|wps|ofd|zip|rar)$/i,
  /^[（(]?(?:本报记者|记者|新华社记者|通讯员)\s*\S{2,4}(?:\s+\S{2,4})?\s*(?:摄|／摄|\/摄)[）)]?$/,
  /^(?:\S.{0,60})(?:本报记者|记者|通讯员)\s*\S{2,4}(?:\s+\S{2,4})?\s*摄。?[）)]?$/,
  // A document's table of contents, as a word processor exports it: its title (`目　　录`) and entries that run on to a
  // page number by dot leaders (`第一部分　2013年工作回顾………………1`).
  /^目[\s\u3000]*录$/,
  /^\S.{0,60}?(?:…{3,}|\.{4,}|·{4,}|－{4,}|-{4,}|_{4,})\s*[0-9０-９]{1,3}$/,
  // The session's secretariat that issued the printed report, signing it after the last sentence (Dongguan 2002:
  // `市十二届人大四次会议秘书处`, then its date): the document's issuer, no words of the report.
  /^\S{2,30}?(?:会议|大会)秘书处(?:印发|编印|印制|制)?$/,
  // A photo's caption on a line of its own (`图为市长某某作政府工作报告。`, `（图为会议现场）`): a report says no 图为.
  /^[（(【\[]?\s*图为\S.{0,60}$/,
  // A printed document's imprint: the office that printed it and the day (Urumqi 2014, under the closing words:
  // `市十五届人大三次会议秘书处 2014年1月6日印`; `…办公室 2014年1月6日印发`).
  /^[\u4e00-\u9fff（）()]{2,30}?(?:秘书处|秘书组|办公室|办公厅)\s*[0-9０-９〇○零一二三四五六七八九]{4}\s*年\s*[0-9０-９一二三四五六七八九十]{1,2}\s*月\s*[0-9０-９一二三四五六七八九十]{1,3}\s*日\s*印发?$/,
];

/** Longest line that can be residue: report paragraphs are longer, breadcrumbs and credits are short. */
const MAX_RESIDUE = 80;

/** A page's summary of the text above it: its opening words run together, cut off with an ellipsis (`内容摘要:…20......`). */
const SUMMARY = /^(?:内容摘要|内容提要|导语)\s*[：:].{20,400}(?:\.{3,}|…+)$/;

/** A bullet a page sets before the lines of its list (`• 来源:…`). */
const BULLET = /^[•●▪■◆]\s*/;

/** Whether a line is web-page residue rather than report text. */
export function isResidue(line: string): boolean {
  const text = line.replace(BULLET, "");
  return ([...text].length <= MAX_RESIDUE && RESIDUE.some((re) => re.test(text))) || SUMMARY.test(text);
}

/** Index of the salutation `各位代表：` within a line that runs it together with the speaker or the body. */
/** The others it may address after the deputies (`各位代表、各位同志：`) are part of it. */
const FUSED_SALUTATION = /各位代表(?:[、，,](?:各位)?(?:同志|委员|来宾|嘉宾)们?)*\s*[：:]|^各位代表[，,](?=\S)/;
/**
 * A line that shows the body under way: the opening sentence (`现在，我代表市人民政府向大会报告工作，…`) or a numbered
 * part (`一、2013年工作回顾`). After it a paragraph opening `各位代表，` addresses the deputies inside the text
 * (`各位代表，这些成绩和进步，…`): no salutation that ends a header.
 */
const BODY_UNDER_WAY = /向大会(?:作|报告)|^[一二三四五六七八九十]{1,3}、/;

/**
 * Separate what is not body text from the lines of a report: web-page residue and HTML comments go to the
 * dropped list (line and text), except a comment that names an appendix (`<!-- 名词解释 -->`), which is read as
 * its heading. A page-continuation mark inside a line (`…社会(下转第四版)`) is cut out of it and dropped on its own,
 * the rest of the line kept; a line that breaks off mid-sentence at such a mark and the line that resumes it
 * (`（上接第一版）消费品零售总额…`), next to each other but for the marks, are one paragraph again. A salutation fused with the line before or after it (`代市长 李晓波各位代表：现在，…`, or opening the body's
 * first line with a comma: `各位代表，我代表第九届省人民政府，…`) is split off so the header ends where the report says.
 */
export function separateResidue(lines: readonly SourceLine[]): { lines: SourceLine[]; dropped: Dropped[] } {
  const kept: SourceLine[] = [];
  const dropped: Dropped[] = [];
  let seenSalutation = false;
  /** The body's opening sentence or first part came with no salutation before it. */
  let bodyUnderWay = false;
  /** The last kept line broke off mid-sentence at a page-continuation mark, and a mark since says where it resumes. */
  let brokenOff = false;
  let resuming = false;
  /** The last kept line is prose that a page number after it cut off mid-sentence. */
  let cutByPage = false;
  /** A printed page's running header or footer, by its page number on every page. */
  const running = runningHeaders(lines.filter((l) => !l.comment).map((l) => l.text));
  for (let l of lines) {
    // A newspaper's credit on a line of its own after the text's last sentence (`…福祉！` / `（包头日报）`), only a
    // trailing header's short lines, if any, after it.
    const credit = !l.comment && CREDIT.test(l.text) && CREDIT.exec(l.text)!.index === l.text.search(/\S/);
    if (credit && kept.length > 0 && ENDS_SENTENCE.test(kept.at(-1)!.text) && lines.slice(lines.indexOf(l) + 1).every((n) => n.comment || ([...n.text].length <= 80 && !ENDS_SENTENCE.test(n.text)))) {
      dropped.push({ line: l.line, text: l.text.trim(), reason: "residue", inline: true });
      continue;
    }
    if (!l.comment && running.has(l.text.trim())) {
      dropped.push({ line: l.line, text: l.text, reason: "residue", running: true });
      continue;
    }
    if (l.comment) {
      if (isAppendix(l.text)) kept.push({ text: l.text, line: l.line, strong: true });
      else dropped.push({ line: l.line, text: l.text, reason: l.comment === "emphasis" ? "markup" : "comment", markup: l.comment });
      continue;
    }
    if (isResidue(l.text) && !datesSession(lines, l, seenSalutation || kept.length >= 30) && !fieldOfItem(l.text, kept.at(-1))) {
      dropped.push({ line: l.line, text: l.text, reason: "residue" });
      if (BREAK_OFF.test(l.text)) brokenOff = kept.length > 0 && !ENDS_SENTENCE.test(kept.at(-1)!.text);
      else if (RESUME.test(l.text)) resuming = brokenOff;
      else if (PAGE_NUMBER.test(l.text)) cutByPage = !l.mended && kept.length > 0 && pageCutsOff(kept.at(-1)!);
      continue;
    }
    const cut = cutContinuations(l);
    if (cut) {
      dropped.push(...cut.marks);
      if (!cut.line) {
        // A line of marks alone may say both (`（紧转第3版） （紧接第2版）`): the text broke off, and resumes on the next line.
        if (cut.breaksOff) brokenOff = kept.length > 0 && !ENDS_SENTENCE.test(kept.at(-1)!.text);
        if (cut.resumes) resuming = brokenOff;
        continue;
      }
      l = cut.line;
    }
    const last = kept.at(-1);
    // A mark that resumes the text, opening a line (`（紧接第二版）加快集体林权制度…`), after a line of prose it broke off
    // mid-sentence (`…开展农村土地确权登记，`) resumes that line, though the copy lost the mark that broke it off (Ningxia 2011).
    const resumesCut = !!cut?.resumes && last !== undefined && pageCutsOff(last);
    const joins = last && ((brokenOff && (resuming || cut?.resumes)) || resumesCut || (cutByPage && resumesSentence(l))) && !l.strong && !last.strong;
    brokenOff = !!cut?.breaksOff && !ENDS_SENTENCE.test(l.text);
    resuming = false;
    cutByPage = false;
    if (joins) {
      kept[kept.length - 1] = { ...last, text: last.text + l.text };
      continue;
    }
    const m = seenSalutation ? null : FUSED_SALUTATION.exec(l.text);
    if (m && kept.length < 30 && !(bodyUnderWay && m.index === 0 && /[，,]$/.test(m[0]))) {
      seenSalutation = true;
      const before = l.text.slice(0, m.index).trim();
      const after = l.text.slice(m.index + m[0].length).trim();
      if (before && [...before].length <= 40) {
        const { strongLead: _, ...rest } = l;
        kept.push({ ...rest, text: before });
      }
      else if (before) {
        kept.push({ ...l, text: l.text });
        continue;
      }
      kept.push({ text: m[0].replace(/\s/g, ""), line: l.line });
      if (after) kept.push({ text: after, line: l.line });
      continue;
    }
    if (BODY_UNDER_WAY.test(l.text.trim())) bodyUnderWay = true;
    kept.push(l);
  }
  return { lines: kept, dropped };
}

/** A date alone on its line, as a page states when it published a text, and as a report's dateline may open. */
const DATE_ALONE = /^[\s\u3000]*[0-9０-９]{4}\s*年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日[\s\u3000]*$/;

/**
 * A date alone in the header whose next line names the session (Chengdu 2022: `政府工作报告` / `2022年1月23日` /
 * `在成都市第十七届人民代表大会第六次会议上`): the dateline's first half, no page's date of publication.
 */
function datesSession(lines: readonly SourceLine[], l: SourceLine, pastHeader: boolean): boolean {
  if (pastHeader || !DATE_ALONE.test(l.text)) return false;
  const next = lines.slice(lines.indexOf(l) + 1).find((n) => !n.comment && n.text.trim() !== "");
  return next !== undefined && /^[\s\u3000]*在/.test(next.text) && hasSession(next.text);
}

/**
 * A line of prose a page number after it cut off mid-sentence (`…加快推进国` / `— 3 —` / `有企业混合所有制改革…`): no
 * sentence end at its end, some punctuation in it, not bold, no heading.
 */
function pageCutsOff(l: SourceLine): boolean {
  // A numbered line is a heading unless its text runs on past a sentence or a colon (a glossary's entry, a run-on section).
  const prose = markerOf(l.text) === null || /[。：:；;]./.test(l.text);
  return !ENDS_SENTENCE.test(l.text) && !l.strong && [...l.text].length >= 20 && /[，。；、,]/.test(l.text) && prose;
}

/** A line of a table of contents (`目　　录`, `第一部分　2013年工作回顾………………1`), as `dropped:` records it. */
export function isContentsLine(text: string): boolean {
  return /^目[\s\u3000]*录$|(?:…{3,}|\.{4,}|·{4,}|－{4,}|-{4,}|_{4,})\s*[0-9０-９]{1,3}$/.test(text.trim());
}

/** A newspaper's page-continuation mark (`(下转第四版)`, `（上接第一版）`), as `dropped:` records it. */
export function isContinuationMark(text: string): boolean {
  return ANY_CONTINUATION.test(text);
}

/** A continuation mark that says where the text goes on (`下转第四版`, `转第2版`), or where it comes from (`上接第一版`). */
/**
 * An item of a list of practical matters the report appends gives its task, then the offices that run it
 * (`目标任务：采取…方式，…切实减轻家庭负担。` / `主办单位：市教育体育局，思茅区人民政府`, Puer 2023): that line is
 * the item's own field, not a site footer's credit, when the line before it is such a task field (or the year's goal:
 * `年度目标：…改造危桥40座。` / `主办单位：市交运局，各县市区人民政府。`, Zhaotong 2023).
 */
const ITEM_FIELD = /^[\s\u3000]*(?:目标任务|任务目标|工作目标|工作任务|年度目标|年度任务|建设内容|主要内容|工作内容|实施内容|具体内容|项目内容)\s*[：:]/;
const OFFICE_FIELD = /^[\s\u3000]*(?:主办|承办|协办)单位\s*[：:]/;
function fieldOfItem(text: string, last: SourceLine | undefined): boolean {
  return last !== undefined && OFFICE_FIELD.test(text) && ITEM_FIELD.test(last.text);
}

const BREAK_OFF = /^[（(]?\s*(?:下转|紧转|转)/;
const RESUME = /^[（(]?\s*(?:上接|紧接|接|续)/;
/** Text that ends a sentence (a paragraph broken off after it may well end there). */
const ENDS_SENTENCE = /[。！？!?…：:；;]["”’」』）)]*$/;

/**
 * The continuation marks of a line, and the credit at its end, cut out of it: the marks as dropped text, the line
 * without them (null when nothing is left), whether it ends at a mark that breaks off (`…社会(下转第四版)`) and
 * whether it opens with one that resumes (`（上接第一版）消费品…`).
 */
function cutContinuations(l: SourceLine): { marks: Dropped[]; line: SourceLine | null; breaksOff: boolean; resumes: boolean } | null {
  const credit = CREDIT.exec(l.text);
  const continuations = [...l.text.matchAll(CONTINUATION)];
  const found = [...continuations, ...(credit && [...l.text].length > [...credit[0]].length ? [credit] : [])];
  if (found.length === 0) return null;
  const [first, last] = [continuations[0], continuations.at(-1)];
  const resumes = !!first && l.text.slice(0, first.index).trim() === "" && RESUME.test(first[0]);
  const breaksOff = !!last && l.text.slice(last.index + last[0].length).trim() === "" && BREAK_OFF.test(last[0]);
  const marks = found.map((m): Dropped => ({ line: l.line, text: m[0].trim(), reason: "residue", inline: true }));
  // A run of marks (`（紧转第2版） （紧接第1版）`) goes whole, the space between them too.
  const untrimmed = l.text.replace(MARK_RUN, "").replace(credit && found.includes(credit) ? CREDIT : /$^/, "");
  const text = trimLine(untrimmed);
  // A line of marks alone breaks off if one of them does, and resumes if one after that does.
  if (!text) {
    const breaking = continuations.findIndex((m) => BREAK_OFF.test(m[0]));
    return { marks, line: null, breaksOff: breaking >= 0, resumes: breaking >= 0 ? continuations.slice(breaking + 1).some((m) => RESUME.test(m[0])) : resumes };
  }
  const { strongLead, ...rest } = l;
  const line: SourceLine = { ...rest, text };
  if (strongLead !== undefined) {
    // A bold lead keeps its length less the marks (and the space after them) cut out before its end.
    const before = found.filter((m) => m.index < strongLead).reduce((n, m) => n + m[0].length, 0);
    const lead = strongLead - before - (untrimmed.length - untrimmed.trimStart().length);
    if (lead > 0) line.strongLead = lead;
  }
  return { marks, line, breaksOff, resumes };
}
