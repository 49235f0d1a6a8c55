// court-report toc: the sections in reading order, with the ids `read` takes.
import { sectionList } from "../../data/index";
import { json, tocListing } from "../output/listings";
import { shownTitle } from "../sections/title";
import { sanitize } from "../text/sanitize";
import { padEnd, truncate } from "../text/width";
import type { Command, Output } from "./command";

export const tocCommand: Command = {
  name: "toc",
  args: "",
  summary: "the table of contents, with the section ids that read takes",
  options: { json: { type: "boolean" } },
  optionHelp: [["--json", "every section with its paragraphs as JSON: { id, title, level, parentId, paragraphs }"]],
  examples: ["court-report toc", "court-report toc --json"],
  positionals: { min: 0, max: 0 },
  run(values, _positionals, ctx) {
    if (values.json) {
      ctx.raw(json(tocListing()));
      return 0;
    }
    ctx.print(...tocLines(ctx));
    return 0;
  },
};

/** One line a section: its id, indented by level, then its title. Also shown when there is no terminal. */
export function tocLines(ctx: Output): string[] {
  const idWidth = Math.max(...sectionList.map((s) => s.id.length));
  return sectionList.map((s) => {
    const indent = "  ".repeat(s.level - 1);
    const id = padEnd(s.id, idWidth);
    const line = truncate(`${indent}${id}  ${sanitize(shownTitle(s))}`, ctx.columns);
    return s.level === 1 ? ctx.pen.bold(line) : line;
  });
}
