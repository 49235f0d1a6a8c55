// court-report search <query>: matches across paragraphs, glossary entries and figures (the
// explorer's search, source/search/fulltext.ts), each with its place and a snippet around the match:
// every match in a pipe, a screenful on a terminal, notices after them (on stderr in a pipe).

import { glossary } from "../../data/index";
import { type SearchHit, search, snippet } from "../search/fulltext";
import { closestTerms } from "../search/glossary";
import { tonedPinyin } from "../search/readings";
import { sanitize } from "../text/sanitize";
import { truncate, wrap } from "../text/width";
import type { Command } from "./command";
import { NotFoundError } from "./errors";
import { JSON_OPTION, jsonFields, jsonHelp, jsonOf, LIMIT_OPTIONS, limitHelp, limitOf } from "./listing";
import { cappedNotice, requireSomethingToFind } from "./queries";

/** On a terminal, a screenful; in a pipe every match (a script or grep must see them all). */
const TERMINAL_LIMIT = 20;
const KIND = { heading: "标题 ", paragraph: "", glossary: "用语 ", figure: "数据 " } as const;
const FIELDS = ["kind", "id", "sectionId", "paragraphId", "label", "text", "ranges", "score", "how"];

export const searchCommand: Command = {
  name: "search",
  args: "<查询>",
  summary: '在标题、正文、用语和数字里查找：汉字、拼音、首字母；几个词同时出现、"短语"、!排除、^开头、结尾$、甲 | 乙',
  options: { ...JSON_OPTION, ...LIMIT_OPTIONS },
  optionHelp: [
    ...limitHelp("个", "匹配", `终端里 ${TERMINAL_LIMIT} 个，管道里和 --json 全部`),
    jsonHelp("匹配", FIELDS),
  ],
  examples: [
    "court-report search 诉源治理",
    "court-report search wcnr --limit 3",
    "court-report search '未成年人 犯罪'",
    "court-report search 执行 --json paragraphId,label",
  ],
  positionals: { min: 1, max: Infinity },
  jsonFields: FIELDS,
  run(values, positionals, ctx) {
    const fields = values.json === undefined ? undefined : jsonFields(this, values.json as string);
    const query = positionals.join(" ");
    requireSomethingToFind("search", query);
    const terminal = ctx.terminal && !fields;
    const limit = limitOf(values, terminal ? TERMINAL_LIMIT : Number.POSITIVE_INFINITY);
    const hits = search(query);
    if (hits.length === 0) {
      const closest = closestTerms(query).map((e) => e.term);
      throw new NotFoundError(
        `没有与“${query}”相符的内容${closest.length > 0 ? `；相近的用语：${closest.join("、")}` : ""}`,
      );
    }
    const shown = hits.slice(0, limit);
    if (fields) {
      ctx.raw(jsonOf(shown, fields));
      return 0;
    }
    const { columns, pen } = ctx;
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
    const notice = cappedNotice(query);
    if (notice) ctx.note("", ...wrap(notice, columns).map(pen.dim));
    if (shown.length < hits.length) {
      ctx.note(
        "",
        ...wrap(`共 ${hits.length} 个匹配，列出了 ${shown.length} 个；--all 列出全部`, columns).map(pen.dim),
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
