// The machine-readable listings whose shape other tools rely on (docs/commands.md: the JSON of toc,
// figures and glossary).
import { figures, glossary, sectionList } from "../../data/index";
import { FORMAT_CHARACTERS } from "../text/sanitize";

export const tocListing = () =>
  sectionList.map((s) => ({
    id: s.id,
    title: s.title,
    level: s.level,
    parentId: s.parentId,
    paragraphs: s.paragraphs.map((p) => ({ id: p.id, text: p.text })),
  }));

export const glossaryListing = () =>
  glossary.map((g) => ({
    term: g.term,
    definition: g.definition,
    pinyin: g.pinyin,
    initials: g.initials,
    reference: g.reference,
    occurrences: g.occurrences,
  }));

export const metricsListing = () => figures;

// JSON.stringify escapes C0 controls but writes DEL, C1 controls, bidi and invisible format
// characters raw; as \u escapes they parse back to the same strings and cannot act on a terminal.
// Also escaped, though sanitize() keeps or converts them: ZWNJ, ZWJ, and the line/paragraph separators.
const INERT = new RegExp(`[\\x7f-\\x9f\\u200c\\u200d\\u2028\\u2029${FORMAT_CHARACTERS}]`, "g");
export const json = (value: unknown) =>
  `${JSON.stringify(value, null, 2).replace(INERT, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`)}\n`;
