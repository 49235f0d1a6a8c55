// The machine-readable listings whose shape other tools rely on (README: "JSON listings").
import { glossary, metrics, sectionList } from "../../data/index";

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

export const metricsListing = () => metrics;

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
