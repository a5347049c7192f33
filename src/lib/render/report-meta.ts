import type { ReportMeta } from "../schema/report.ts";

/**
 * The title a page shows for a report: the report's own title, with the year and the place added where
 * it names neither (`政府工作报告` → `2021年宁夏回族自治区政府工作报告`), so no two reports share a title. A title
 * that opens with `关于` (`关于…计划纲要的报告`) reads as a phrase of its own: the year follows it, in brackets.
 */
export function displayTitle(meta: Pick<ReportMeta, "title" | "year" | "place_zh">): string {
  const yearText = `${meta.year}年`;
  let rest = meta.title.startsWith(yearText) ? meta.title.slice(yearText.length) : meta.title;
  if (!rest.includes(meta.place_zh)) rest = `${meta.place_zh}${rest}`;
  if (/^关于/.test(meta.title)) return rest.includes(String(meta.year)) ? rest : `${rest}（${yearText}）`;
  return `${yearText}${rest}`;
}

const OFFICE = /(主席|省长|市长|州长|盟长|区长|县长|旗长)$/;

/**
 * Who gave the report, as `office name` (`自治区主席 咸辉`): from the front matter, else from a header line
 * of the form `<office> <name>` (some sources set it apart from the fields); empty when neither says.
 */
export function speakerOf(meta: Pick<ReportMeta, "speaker" | "speaker_title" | "header">): string {
  if (meta.speaker) return [meta.speaker_title, meta.speaker].filter(Boolean).join(" ");
  for (const line of meta.header) {
    const m = /^(\S{2,16})\s+(\S{2,4})$/.exec(line.trim());
    if (m && OFFICE.test(m[1]!)) return `${m[1]} ${m[2]}`;
  }
  return "";
}

/** The congress session the report was given at: the front matter's, else the one the header lines name. */
export function congressOf(meta: Pick<ReportMeta, "congress" | "header">): string {
  if (meta.congress) return meta.congress;
  const m = /在(\S+?会议)上/.exec(meta.header.join(""));
  return m?.[1] ?? "";
}

/** Where a report's text comes from, for the reader's 来源 line. */
export interface Provenance {
  /** The repository or collection the raw file was taken from, with a link when it is a web address. */
  origin: { name: string; href: string | null; path: string | null; commit: string | null; fileHref: string | null } | null;
  /** The official page the text was published on. */
  official: { href: string; title: string | null } | null;
  /** SHA-256 of the raw file, and its first 12 hex digits as shown. */
  sha256: string;
  sha256Short: string;
  /** The structured Markdown download. */
  download: string;
}

/** The provenance of a report from its front matter: origin (with path and commit), official page, file hash. */
export function provenanceOf(
  meta: Pick<ReportMeta, "id" | "origin" | "origin_path" | "origin_commit" | "source_url" | "source_title" | "source_sha256">,
): Provenance {
  const isWeb = (s: string | null): s is string => !!s && /^https?:\/\//.test(s);
  const origin = meta.origin
    ? {
        name: isWeb(meta.origin) ? meta.origin.replace(/^https?:\/\/(www\.)?(github\.com\/)?/, "") : meta.origin,
        href: isWeb(meta.origin) ? meta.origin : null,
        path: meta.origin_path,
        commit: meta.origin_commit,
        fileHref:
          isWeb(meta.origin) && /github\.com/.test(meta.origin) && meta.origin_path && meta.origin_commit
            ? `${meta.origin.replace(/\/$/, "")}/blob/${meta.origin_commit}/${meta.origin_path.split("/").map(encodeURIComponent).join("/")}`
            : null,
      }
    : null;
  return {
    origin,
    official: isWeb(meta.source_url) ? { href: meta.source_url, title: meta.source_title } : null,
    sha256: meta.source_sha256,
    sha256Short: meta.source_sha256.slice(0, 12),
    download: `/data/reports/${meta.id}.md`,
  };
}
