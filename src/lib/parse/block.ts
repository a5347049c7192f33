/** A block of a report's body, in document order. */
export type Block =
  | { type: "heading"; depth: number; text: string; line: number; appendix?: true }
  | { type: "paragraph"; text: string; lead: string | null; line: number }
  | { type: "enumeration"; n: number; text: string; lead: string | null; line: number }
  | { type: "glossary"; n: number; term: string; sep: string; definition: string; line: number };
