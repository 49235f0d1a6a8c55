// Builds data/report.generated.ts from data/report.txt: the section tree, every paragraph verbatim
// (after data/cleaning.ts), the meta block and the glossary with pinyin from pinyin-pro.
// Run with `npm run gen:data`; test/data-generated.test.ts fails if the committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pinyin } from "pinyin-pro";
import { cleanLines } from "../data/cleaning";
import type { GlossaryEntry, Meta, Paragraph, Section } from "../data/types";

const root = fileURLToPath(new URL("..", import.meta.url));

type Draft = {
  id: string;
  title: string;
  heading: string[];
  level: 1 | 2;
  parentId: string | null;
  lines: string[];
  children: Draft[];
};

const NUMBERED_PART = /^([一二三四五六])、(.+)$/;
const PLAN_PART = /^([一二三四五六])是([^。]+)。/;
const CN_DIGITS = "一二三四五六";

function draft(id: string, title: string, heading: string[], parentId: string | null): Draft {
  return { id, title, heading, level: parentId === null ? 1 : 2, parentId, lines: [], children: [] };
}

/** Splits the cleaned lines into the report's section tree; throws on any line it cannot place. */
export function buildSections(lines: readonly string[]): Section[] {
  const top: Draft[] = [];
  let current: Draft = draft("1", "开篇", [], null);
  top.push(current);
  let parent: Draft | null = null;
  const open = (d: Draft) => {
    if (parent) parent.children.push(d);
    current = d;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "过去五年的工作回顾" || line === "2022年及今后一个时期的法院工作") {
      parent = draft(String(top.length + 1), line, [line], null);
      top.push(parent);
      open(draft(`${parent.id}.0`, "引言", [], parent.id));
      continue;
    }
    if (line === "附件一" || line === "附件二") {
      const subtitle = lines[++i]!;
      parent = null;
      current = draft(String(top.length + 1), `${line} ${subtitle}`, [line, subtitle], null);
      top.push(current);
      continue;
    }
    if (parent?.id === "2") {
      const m = NUMBERED_PART.exec(line);
      if (m) {
        open(draft(`2.${CN_DIGITS.indexOf(m[1]!) + 1}`, line, [line], "2"));
        continue;
      }
      if (line.startsWith("各位代表，公平正义")) open(draft("2.7", "结语：成绩与不足", [], "2"));
    }
    if (parent?.id === "3") {
      const m = PLAN_PART.exec(line);
      if (m) open(draft(`3.${CN_DIGITS.indexOf(m[1]!) + 1}`, `${m[1]}是${m[2]}`, [], "3"));
      else if (line.startsWith("征程风正劲")) open(draft("3.7", "结语", [], "3"));
    }
    current.lines.push(line);
  }
  const finish = (d: Draft): Section => ({
    id: d.id,
    title: d.title,
    heading: d.heading,
    level: d.level,
    parentId: d.parentId,
    paragraphs: d.lines.map((text, n): Paragraph => ({ id: `${d.id}.p${n + 1}`, sectionId: d.id, text })),
    children: d.children.map(finish),
  });
  return top.map(finish);
}

const GLOSSARY_LINE = /^(\d+)[.．](.+?)（(见报告第(\d+)页第(\d+)行)）：(.+)$/;

function syllablesOf(term: string): string[] {
  return pinyin(term, { toneType: "none", type: "array", nonZh: "removed" }).filter((s) => s !== "");
}

export function buildGlossary(sections: readonly Section[]): GlossaryEntry[] {
  const all = (s: Section): Section[] => [s, ...s.children.flatMap(all)];
  const body = sections
    .filter((s) => ["1", "2", "3"].includes(s.id))
    .flatMap(all)
    .flatMap((s) => s.paragraphs);
  const annex = sections.find((s) => s.id === "4");
  if (!annex) throw new Error("附件一 not found");
  return annex.paragraphs.map((p) => {
    const m = GLOSSARY_LINE.exec(p.text);
    if (!m) throw new Error(`not a glossary line: ${p.text}`);
    const term = m[2]!;
    const syllables = syllablesOf(term);
    return {
      number: Number(m[1]),
      term,
      definition: m[6]!,
      reference: { text: m[3]!, page: Number(m[4]), line: Number(m[5]) },
      pinyin: syllables.join(""),
      initials: syllables.map((s) => s[0]).join(""),
      syllables,
      paragraphId: p.id,
      occurrences: body.filter((b) => b.text.includes(term)).map((b) => b.id),
    };
  });
}

export function buildMeta(lines: readonly string[]): Meta {
  const [title, dateLine, meetingLine, speakerLine] = lines;
  const date = /^(\d{4})年(\d{1,2})月(\d{1,2})日在(.+)$/.exec(dateLine ?? "");
  const speaker = /^(.+?人民法院)(.+?)\s+(\S+)$/.exec(speakerLine ?? "");
  if (!title || !date || !meetingLine || !speaker) throw new Error("unexpected cover lines");
  const pad = (s: string) => s.padStart(2, "0");
  return {
    title,
    court: speaker[1]!,
    date: `${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}`,
    meeting: `${date[4]}${meetingLine.replace(/上$/, "")}`,
    speaker: speaker[3]!,
    office: `${speaker[1]}${speaker[2]}`,
  };
}

export function generate(text: string): string {
  const lines = cleanLines(text);
  const sections = buildSections(lines);
  const glossary = buildGlossary(sections);
  const meta = buildMeta(lines);
  const json = (v: unknown) => JSON.stringify(v, null, 1);
  return [
    "// Generated by scripts/gen-data.ts from data/report.txt. Do not edit: run `npm run gen:data`.",
    'import type { GlossaryEntry, Meta, Section } from "./types";',
    "",
    `export const meta: Meta = ${json(meta)};`,
    "",
    `export const sections: readonly Section[] = ${json(sections)};`,
    "",
    `export const glossary: readonly GlossaryEntry[] = ${json(glossary)};`,
    "",
  ].join("\n");
}

export const reportPath = `${root}data/report.txt`;
export const generatedPath = `${root}data/report.generated.ts`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(generatedPath, generate(readFileSync(reportPath, "utf8")));
  console.log(`wrote ${generatedPath}`);
}
