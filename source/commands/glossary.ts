// court-report glossary <query>: the best match's term, definition and report reference, then the
// other close matches on one line. Matching is the explorer's (source/search/glossary.ts).
import { type GlossaryEntry, glossary } from "../../data/index";
import { clipText } from "../output/clip";
import { glossaryListing, json } from "../output/listings";
import { wrapRanges } from "../output/pen";
import { closestTerms, lookupGlossary } from "../search/glossary";
import { cappedNote } from "../search/match";
import type { Range } from "../search/query";
import { sanitize } from "../text/sanitize";
import { truncate, width, wrap } from "../text/width";
import type { Command, Output } from "./command";
import { NotFoundError, UsageError } from "./errors";

export const glossaryCommand: Command = {
  name: "glossary",
  args: "<query>",
  summary: "look up a term of 附件一 by Chinese, pinyin, initials or with a typo",
  options: { all: { type: "boolean" }, json: { type: "boolean" }, copy: { type: "boolean" } },
  optionHelp: [
    ["--all", "print every entry, in the report's order"],
    ["--json", "the matching entries (all without a query) as JSON"],
    ["--copy", "also put the best match (term, definition, its place in 附件一) on your clipboard (OSC 52)"],
  ],
  examples: ["court-report glossary sfss", "court-report glossary 示范诉松", "court-report glossary --all"],
  positionals: { min: 0, max: Infinity },
  run(values, positionals, ctx) {
    const query = positionals.join(" ").trim();
    if (values.all) {
      if (query !== "") throw new UsageError("glossary --all takes no query");
      if (values.json) {
        ctx.raw(json(glossaryListing()));
        return 0;
      }
      glossary.forEach((entry, i) => {
        if (i > 0) ctx.print("");
        ctx.print(...entryLines(entry, [], [], ctx, `${entry.number}. `));
      });
      return 0;
    }
    if (query === "") {
      if (values.json) {
        ctx.raw(json(glossaryListing()));
        return 0;
      }
      throw new UsageError("glossary needs a <query> (or --all)");
    }
    const hits = lookupGlossary(query);
    if (hits.length === 0) {
      const closest = closestTerms(query).map((e) => e.term);
      const hint =
        closest.length > 0
          ? `closest: ${closest.join("、")}`
          : "no term is close to it; court-report glossary --all lists them all";
      throw new NotFoundError(`no glossary term matches '${query}'; ${hint}`);
    }
    if (values.copy) ctx.copy(clipText({ kind: "entry", number: hits[0]!.entry.number }, "plain") ?? "");
    if (values.json) {
      const listing = glossaryListing();
      ctx.raw(json(hits.map((h) => listing[h.entry.number - 1])));
      return 0;
    }
    const [best, ...others] = hits;
    ctx.print(...entryLines(best!.entry, best!.termRanges, best!.definitionRanges, ctx));
    if (others.length > 0)
      ctx.print(truncate(`其他匹配：${others.map((h) => sanitize(h.entry.term)).join("、")}`, ctx.columns));
    const note = cappedNote(query);
    if (note) ctx.print(ctx.pen.dim(truncate(note, ctx.columns)));
    return 0;
  },
};

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
