// court-report read <section>: a section's text wrapped to the width (one line a paragraph in a pipe), found by id, number path,
// paragraph id, title or content (source/sections/find.ts); a paragraph id prints that paragraph alone, with its citation.
import { ABOUT_CHARTS, type Paragraph, paragraphById, type Section } from "../../data/index";
import { citation } from "../output/cite";
import { clipText } from "../output/clip";
import { wrapRanges } from "../output/pen";
import { search } from "../search/fulltext";
import { findSection } from "../sections/find";
import { hasHeading, shownTitle } from "../sections/title";
import { sanitize } from "../text/sanitize";
import { wrap } from "../text/width";
import type { Command, Output } from "./command";
import { NotFoundError } from "./errors";

// 附件二 has a heading and nothing under it in the report; say so rather than print an empty section.
const EMPTY = `（原文此部分没有内容。${ABOUT_CHARTS}见 court-report chart。）`;

export const readCommand: Command = {
  name: "read",
  args: "<章节>",
  summary: "输出一节：按编号（2.4）、数字（2-4）、标题或内容（执行）找；段落编号（2.4.p3）只输出那一段和出处",
  options: { copy: { type: "boolean" } },
  optionHelp: [["--copy", "同时把这一节的各段（或指定的那一段，如 2.0.p2）连同编号放到剪贴板（OSC 52）"]],
  examples: [
    "court-report read 2.4",
    "court-report read 2.2.p4",
    "court-report read 执行 --width 60",
    "court-report read 附件一",
  ],
  positionals: { min: 1, max: Infinity },
  run(values, positionals, ctx) {
    const query = positionals.join(" ");
    const found = findSection(query);
    if (!found.section) {
      if (found.nearestParagraphs) {
        throw new NotFoundError(`没有段落“${query}”；最近的段落：${found.nearestParagraphs.join("、")}`);
      }
      const hint =
        found.nearest.length > 0
          ? `最近的：${found.nearest.map((s) => `${s.id} ${sanitize(s.title)}`).join("、")}`
          : "没有相近的章节；court-report toc 列出全部";
      throw new NotFoundError(`没有与“${query}”相符的章节；${hint}`);
    }
    if (found.by === "paragraph") {
      const p = paragraphById.get(found.paragraphId!)!;
      ctx.print(...paragraphLines(p, found.section, ctx));
      if (values.copy) ctx.copy(clipText({ kind: "paragraph", id: p.id }, "plain") ?? "");
      return 0;
    }
    // In colour, the words looked for stand out where they occur (as the search command marks them).
    const marks = new Map<string, [number, number][]>();
    if (ctx.pen.color && found.by !== "id") {
      for (const hit of search(query)) {
        if (hit.kind === "paragraph" || hit.kind === "glossary") marks.set(hit.paragraphId, hit.ranges);
      }
    }
    ctx.print(...sectionLines(found.section, ctx, marks));
    // Found by its text, the section is the one that says it most; the reader should know the others.
    if (found.also && found.also.length > 0)
      ctx.note("", ...wrap(`也出现在：${found.also.join("、")}`, ctx.columns).map(ctx.pen.dim));
    if (values.copy) {
      const ids = paragraphsOf(found.section).map((p) => p.id);
      ctx.copy(ids.map((id) => clipText({ kind: "paragraph", id }, "plain")).join("\n\n"));
    }
    return 0;
  },
};

/** The section's paragraphs and its children's, in reading order. */
const paragraphsOf = (section: Section): Paragraph[] => [
  ...section.paragraphs,
  ...section.children.flatMap(paragraphsOf),
];

/** One paragraph, then the line to cite it by: the report, the paragraph id and its section. */
function paragraphLines(p: Paragraph, section: Section, ctx: Output): string[] {
  const { prose: columns, pen } = ctx;
  return [
    ...wrap(sanitize(p.text, { keepNewlines: true }), columns),
    ...wrap(sanitize(citation(`${p.id}（${section.id} ${section.title}）`)), columns).map(pen.dim),
  ];
}

/** The section's title, then each paragraph under its id; children follow their parent. */
function sectionLines(
  section: Section,
  ctx: Output,
  marks: ReadonlyMap<string, readonly [number, number][]>,
): string[] {
  const { prose: columns, pen } = ctx;
  const title = wrap(`${section.id} ${sanitize(shownTitle(section))}`, columns).map(
    hasHeading(section) ? pen.bold : pen.dim,
  );
  const paragraphs = section.paragraphs.flatMap((p) => [
    "",
    pen.dim(`[${p.id}]`),
    ...wrapRanges(sanitize(p.text, { keepNewlines: true }), marks.get(p.id) ?? [], columns).map((l) =>
      pen.marked(l.text, l.ranges),
    ),
  ]);
  const children = section.children.flatMap((c) => ["", ...sectionLines(c, ctx, marks)]);
  const empty = paragraphs.length === 0 && children.length === 0 ? ["", ...wrap(EMPTY, columns).map(pen.dim)] : [];
  return [...title, ...paragraphs, ...children, ...empty];
}
