// court-report read <section>: a section's text wrapped to the width (one line a paragraph in a pipe), found by id, number path,
// paragraph id, title or content (source/sections/find.ts).
import type { Paragraph, Section } from "../../data/index";
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
const EMPTY = "（原文此部分没有内容。由报告数字重建的图表见 court-report chart。）";

export const readCommand: Command = {
  name: "read",
  args: "<section>",
  summary: "print a section, found by id (2.4), number path (2-4) or title or text (执行)",
  options: { copy: { type: "boolean" } },
  optionHelp: [
    [
      "--copy",
      "also put the section's paragraphs (or the one named, 2.0.p2), each with its id, on your clipboard (OSC 52)",
    ],
  ],
  examples: ["court-report read 2.4", "court-report read 执行 --width 60", "court-report read 附件一"],
  positionals: { min: 1, max: Infinity },
  run(values, positionals, ctx) {
    const query = positionals.join(" ");
    const found = findSection(query);
    if (!found.section) {
      const hint =
        found.nearest.length > 0
          ? `nearest: ${found.nearest.map((s) => `${s.id} ${s.title}`).join("、")}`
          : "no section is close to it; court-report toc lists them all";
      throw new NotFoundError(`no section matches '${query}'; ${hint}`);
    }
    // In colour, the words looked for stand out where they occur (as the search command marks them).
    const marks = new Map<string, [number, number][]>();
    if (ctx.pen.color && found.by !== "id" && found.by !== "paragraph") {
      for (const hit of search(query)) if (hit.kind !== "metric") marks.set(hit.paragraphId, hit.ranges);
    }
    ctx.print(...sectionLines(found.section, ctx, marks));
    // Found by its text, the section is the one that says it most; the reader should know the others.
    if (found.also && found.also.length > 0)
      ctx.print("", ...wrap(`also: ${found.also.join(", ")}`, ctx.columns).map(ctx.pen.dim));
    if (values.copy) {
      // A paragraph asked for by its id is copied alone; otherwise the whole section.
      const named = found.by === "paragraph" ? found.paragraphId : undefined;
      const ids = named ? [named] : paragraphsOf(found.section).map((p) => p.id);
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
