/** The reader's cite links in the page's language: what `renderReport`'s `cite` option takes. */
import { useI18n } from "../../i18n/astro.ts";
import { citeHref, type CiteLinkOptions } from "../../lib/cite/link.ts";

/** Cite links of report `report` for the page being rendered (`Astro`). */
export function citeLinkOptions(astro: Parameters<typeof useI18n>[0], report: string): CiteLinkOptions {
  const { t, href } = useI18n(astro);
  return { href: (paragraph) => href(citeHref(report, paragraph)), text: t.cite.link, label: t.cite.linkLabel };
}
