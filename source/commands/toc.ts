// court-report toc: the sections in reading order, with the ids `read` takes.
import { sectionList } from "../../data/index";
import { tocListing } from "../output/listings";
import { shownTitle } from "../sections/title";
import { sanitize } from "../text/sanitize";
import { padEnd, truncate } from "../text/width";
import type { Command, Output } from "./command";
import { JSON_OPTION, jsonFields, jsonHelp, jsonOf, LIMIT_OPTIONS, limitHelp, limitOf } from "./listing";

const FIELDS = Object.keys(tocListing()[0]!);

export const tocCommand: Command = {
  name: "toc",
  args: "",
  summary: "目录，带 read 用的章节编号",
  options: { ...JSON_OPTION, ...LIMIT_OPTIONS },
  optionHelp: [jsonHelp("每一节和它的段落", FIELDS), ...limitHelp("个", "章节", "全部")],
  examples: ["court-report toc", "court-report toc --json id,title"],
  positionals: { min: 0, max: 0 },
  jsonFields: FIELDS,
  run(values, _positionals, ctx) {
    const fields = values.json === undefined ? undefined : jsonFields(this, values.json as string);
    const limit = limitOf(values, Number.POSITIVE_INFINITY);
    if (fields) {
      ctx.raw(jsonOf(tocListing().slice(0, limit), fields));
      return 0;
    }
    ctx.print(...tocLines(ctx).slice(0, limit));
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
