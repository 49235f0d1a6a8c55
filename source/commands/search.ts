// court-report search <query>: matches across paragraphs, glossary entries and metrics (the
// explorer's search, source/search/fulltext.ts), each with its place and a snippet around the match.

import { glossary } from "../../data/index";
import { json } from "../output/listings";
import { type SearchHit, search, snippet } from "../search/fulltext";
import { closestTerms } from "../search/glossary";
import { cappedNote, parseQuery } from "../search/match";
import { tonedPinyin } from "../search/readings";
import { sanitize } from "../text/sanitize";
import { truncate } from "../text/width";
import type { Command } from "./command";
import { NotFoundError, UsageError } from "./errors";
import { positiveInteger } from "./numbers";

const TEXT_LIMIT = 20;
const KIND = { heading: "标题 ", paragraph: "", glossary: "用语 ", metric: "数据 " } as const;

export const searchCommand: Command = {
  name: "search",
  args: "<query>",
  summary:
    'search the report\'s headings, text, glossary and figures: Chinese, pinyin, initials; several words, "phrase", !not, ^start, end$, a | b',
  options: { json: { type: "boolean" }, limit: { type: "string" } },
  optionHelp: [
    ["--limit N", `show at most N matches (default ${TEXT_LIMIT}; all with --json)`],
    ["--json", "the matches as JSON: { kind, id, sectionId, paragraphId, label, text, ranges, score }"],
  ],
  examples: [
    "court-report search 诉源治理",
    "court-report search wcnr --limit 3",
    "court-report search '未成年人 犯罪'",
    "court-report search 执行 --json",
  ],
  positionals: { min: 1, max: Infinity },
  run(values, positionals, ctx) {
    const query = positionals.join(" ");
    if (parseQuery(query).readings.length === 0)
      throw new UsageError("search needs a <query> with a letter, a digit or a Chinese character to look for");
    const limit = values.limit === undefined ? undefined : positiveInteger("--limit", values.limit as string);
    const hits = search(query);
    if (hits.length === 0) {
      const closest = closestTerms(query).map((e) => e.term);
      throw new NotFoundError(
        `nothing matches '${query}'${closest.length > 0 ? `; glossary terms close to it: ${closest.join("、")}` : ""}`,
      );
    }
    const note = cappedNote(query);
    const { columns, pen } = ctx;
    if (values.json) {
      ctx.raw(json(hits.slice(0, limit ?? hits.length)));
      return 0;
    }
    if (note) ctx.print(pen.dim(truncate(note, columns)), "");

    const shown = hits.slice(0, limit ?? TEXT_LIMIT);
    shown.forEach((hit, i) => {
      if (i > 0) ctx.print("");
      ctx.print(
        pen.bold(
          truncate(
            `${hit.kind === "heading" ? hit.sectionId : hit.paragraphId}  ${KIND[hit.kind]}${sanitize(hit.label)}${reading(hit)}`,
            columns,
          ),
        ),
      );
      const cut = snippet(sanitize(hit.text), hit.ranges, columns - 2);
      ctx.print(`  ${pen.marked(cut.text, cut.ranges)}`);
    });
    if (shown.length < hits.length) {
      ctx.print(
        "",
        pen.dim(truncate(`${shown.length} of ${hits.length} matches; --limit ${hits.length} shows all`, columns)),
      );
    }
    return 0;
  },
};

/**
 * The pinyin, with tone marks, of what a pinyin or initials query matched (未成年人 wèichéngniánrén),
 * or of a glossary term; "" where the query was found as written.
 */
function reading(hit: SearchHit): string {
  if (hit.kind === "glossary") return `  ${glossary[Number(hit.id) - 1]!.toned}`;
  if (hit.how !== "pinyin" && hit.how !== "initials") return "";
  const [s, e] = hit.ranges[0]!;
  const matched = hit.text.slice(s, e);
  return `  ${sanitize(matched)} ${tonedPinyin(hit.text, s, e)}`;
}
