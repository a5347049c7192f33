/** A first sentence of at most this many characters can be a paragraph's lead (topic) sentence. */
const MAX_LEAD = 32;

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
  return lead;
}
