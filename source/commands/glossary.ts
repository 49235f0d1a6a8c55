// court-report glossary <query>: the best match's term, definition and report reference, then the
// names of the other close matches (--limit N: the N best in full). Matching is the explorer's (source/search/glossary.ts).
import { type GlossaryEntry, glossary } from "../../data/index";
import { clipText } from "../output/clip";
import { glossaryListing } from "../output/listings";
import { wrapRanges } from "../output/pen";
import { closestTerms, lookupGlossary } from "../search/glossary";
import type { Range } from "../search/query";
import { sanitize } from "../text/sanitize";
import { width, wrap } from "../text/width";
import type { Command, Output } from "./command";
import { NotFoundError, UsageError } from "./errors";
import { JSON_OPTION, jsonFields, jsonHelp, jsonOf, LIMIT_OPTIONS, limitHelp, limitOf } from "./listing";
import { cappedNotice, requireSomethingToFind } from "./queries";

const FIELDS = Object.keys(glossaryListing()[0]!);

export const glossaryCommand: Command = {
  name: "glossary",
  args: "<查询>",
  summary: "查附件一的用语：汉字、拼音、首字母都行，错一个字也能找到",
  options: { ...LIMIT_OPTIONS, ...JSON_OPTION, copy: { type: "boolean" } },
  optionHelp: [
    ...limitHelp("条", "用语", "最相符的一条写全，其余的只列名称"),
    jsonHelp("相符的条目（不写查询则全部）", FIELDS),
    ["--copy", "同时把最相符的一条（用语、释义、在附件一的位置）放到剪贴板（OSC 52）"],
  ],
  examples: ["court-report glossary sfss", "court-report glossary 示范诉松", "court-report glossary --all"],
  positionals: { min: 0, max: Infinity },
  jsonFields: FIELDS,
  run(values, positionals, ctx) {
    const fields = values.json === undefined ? undefined : jsonFields(this, values.json as string);
    // JSON lists every match unless told otherwise; text writes the best one out and names the rest.
    const limit = limitOf(values, fields ? Number.POSITIVE_INFINITY : 1);
    const query = positionals.join(" ").trim();
    const listing = glossaryListing();
    if (query === "") {
      if (values.limit === undefined && !values.all && !fields)
        throw new UsageError("glossary 需要 <查询>（或 --all）");
      const entries = glossary.slice(0, limit);
      if (fields) ctx.raw(jsonOf(listing.slice(0, limit), fields));
      else printEntries(entries, ctx);
      return 0;
    }
    requireSomethingToFind("glossary", query);
    const hits = lookupGlossary(query);
    if (hits.length === 0) {
      const closest = closestTerms(query).map((e) => e.term);
      const near = closest.length > 0 ? `相近的用语：${closest.join("、")}；` : "";
      throw new NotFoundError(`没有与“${query}”相符的用语；${near}试试 court-report search ${query}`);
    }
    if (values.copy) ctx.copy(clipText({ kind: "entry", number: hits[0]!.entry.number }, "plain") ?? "");
    if (fields) {
      ctx.raw(
        jsonOf(
          hits.slice(0, limit).map((h) => listing[h.entry.number - 1]!),
          fields,
        ),
      );
      return 0;
    }
    const notice = cappedNotice(query);
    if (values.limit !== undefined || values.all) {
      hits.slice(0, limit).forEach((hit, i) => {
        if (i > 0) ctx.print("");
        ctx.print(...entryLines(hit.entry, hit.termRanges, hit.definitionRanges, ctx));
      });
    } else {
      const [best, ...others] = hits;
      ctx.print(...entryLines(best!.entry, best!.termRanges, best!.definitionRanges, ctx));
      if (others.length > 0)
        ctx.print(...wrap(`其他匹配：${others.map((h) => sanitize(h.entry.term)).join("、")}`, ctx.columns));
    }
    if (notice) ctx.note(...wrap(notice, ctx.columns).map(ctx.pen.dim));
    return 0;
  },
};

/** Entries in full, numbered as in 附件一. */
function printEntries(entries: readonly GlossaryEntry[], ctx: Output): void {
  entries.forEach((entry, i) => {
    if (i > 0) ctx.print("");
    ctx.print(...entryLines(entry, [], [], ctx, `${entry.number}. `));
  });
}

/** Term with its pinyin and initials; definition; reference and where the body uses it. */
function entryLines(
  entry: GlossaryEntry,
  termRanges: readonly Range[],
  definitionRanges: readonly Range[],
  ctx: Output,
  prefix = "",
): string[] {
  const { pen, prose: columns } = ctx;
  const term = sanitize(entry.term);
  const head = `${prefix}${term}（${entry.toned}，${entry.initials}）`;
  // Highlighted when it fits on one line; wrapped plain otherwise (offsets would not survive the wrap).
  const headLines =
    width(head) <= columns
      ? [
          prefix +
            (termRanges.length > 0 ? pen.marked(term, termRanges) : pen.bold(term)) +
            head.slice(prefix.length + term.length),
        ]
      : wrap(head, columns);
  const definition = wrapRanges(sanitize(entry.definition), definitionRanges, columns).map((l) =>
    pen.marked(l.text, l.ranges),
  );
  const where = entry.occurrences.length > 0 ? `；正文见 ${entry.occurrences.join("、")}` : "";
  return [...headLines, ...definition, ...wrap(`${sanitize(entry.reference.text)}${where}`, columns).map(pen.dim)];
}
