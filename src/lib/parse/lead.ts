import type { Block } from "./block.ts";

/** A first sentence of at most this many characters can be a paragraph's lead (topic) sentence. */
const MAX_LEAD = 32;
/** The longest first sentence read as a lead for the opening it shares with the leads beside it ({@link parallelLeads}). */
const MAX_PARALLEL_LEAD = 2 * MAX_LEAD;
/** The opening words of a sentence up to its first comma (`一年来，`, `这一年，`), as parallel leads repeat them. */
const OPENING = /^[^，,。！？：:]{2,8}[，,]/;
/** The speaker seeing clearly, at the opening of a sentence (`我们也清醒地看到，`, `在肯定成绩的同时，我们也清醒认识到，`). */
const CLEAR_SIGHTED = /^(?:[^，,。！？]{0,12}[，,])?我们(?:也|还|更|必须|要|应当)?(?:十分|更加|始终)?清醒(?:地)?(?:看到|认识到)/;

/**
 * The lead sentence of a paragraph, if its first sentence reads as a topic title. A lead the source marks
 * bold (`**一年来，我们坚持…。**正文…`, `strongLead` characters) is the lead whatever its length.
 */
export function leadOf(text: string, strongLead?: number): string | null {
  if (strongLead !== undefined && strongLead > 1 && strongLead < text.length) {
    const marked = text.slice(0, strongLead);
    if (/[。！？]$/.test(marked)) return marked;
  }
  const m = /^[^。！？]+[。！？]/.exec(text);
  if (!m) return null;
  const lead = m[0];
  // The dash that opens an item of a list (`——积极应对国际金融危机等不利因素影响，开创了经济回升向好新局面。`, Harbin 2010) is
  // no word of its sentence: only the words count toward the limit, as they do in the items beside it.
  const len = [...lead.replace(/^[—―]{2}/, "")].length;
  if (len < 5 || len > MAX_LEAD || lead.length === text.length) return null;
  if (/[\d\uff10-\uff19]|[：:]|^各位代表/.test(lead)) return null;
  // A full stop inside a quotation still open (`去年，我们成功举办广州亚运会和亚残运会，全面践行“激情盛会。和谐亚洲”和…`,
  // Guangdong 2011) ends no sentence: the quoted words run on past it, and the opening is no title.
  if (lead.split("“").length > lead.split("”").length) return null;
  // The speaker's opening words, put to the congress in a sentence of their own (`现在，我代表市人民政府向大会报告工作，请予审议。`
  // then `并请各位政协委员…`, Tianshui 2014), are the address that opens every report, no topic of the paragraph.
  if (lead.includes("大会") && /向大会(?:作|报告)|请予审议/.test(lead)) return null;
  // The speaker owning to the problems ahead (`我们十分清醒地看到，我省经济社会发展还面临很多困难和问题。`, Zhejiang 2010;
  // `同时，我们也清醒地认识到，…`) opens the paragraph that lists them: the sentence is the start of its text, no topic title.
  if (lead.includes("清醒") && CLEAR_SIGHTED.test(lead)) return null;
  return lead;
}

/**
 * Leads of paragraphs set side by side, each opening on the same words (`一年来，我们坚持…协同发力，…。`): a paragraph whose
 * first sentence opens on them as two or more leads do is led by it too, though it runs past {@link MAX_LEAD}
 * (`一年来，我们坚持高质量发展与高水平保护协同发力，绿色底蕴愈加深厚。` in 33 characters among six such leads, Tongliao 2023).
 */
export function parallelLeads(blocks: Block[]): void {
  const count = new Map<string, number>();
  for (const b of blocks) {
    const o = b.type === "paragraph" && b.lead ? OPENING.exec(b.lead)?.[0] : undefined;
    if (o) count.set(o, (count.get(o) ?? 0) + 1);
  }
  if (!count.size) return;
  for (const b of blocks) {
    if (b.type !== "paragraph" || b.lead) continue;
    const o = OPENING.exec(b.text)?.[0];
    if (!o || (count.get(o) ?? 0) < 2 || /^各位代表/.test(o)) continue;
    const lead = /^[^。！？]+[。！？]/.exec(b.text)?.[0];
    if (!lead || lead.length === b.text.length || [...lead].length > MAX_PARALLEL_LEAD || /[\d\uff10-\uff19]|[：:]/.test(lead)) continue;
    b.lead = lead;
  }
}
