// TEMPORARY: a minimal draft with the agreed signatures, until the real export (the report's title,
// date and meeting, notes grouped by tag or section, citations, values) replaces this file.
import { meta } from "../../data/index";
import { type Note, TAGS } from "./note";

const REPORT = `${meta.title}（${meta.date.slice(0, 4)}）`;

function groups(notes: readonly Note[], by: "tag" | "section"): { title: string; notes: Note[] }[] {
  if (by === "section") return [{ title: "按报告顺序", notes: [...notes] }];
  return [...TAGS, null].map((t) => ({ title: t ?? "其他", notes: notes.filter((n) => n.tag === t) }));
}

export function draftMarkdown(notes: readonly Note[], by: "tag" | "section"): string {
  const out = [`# ${meta.title} 审议意见（草稿）`, ""];
  for (const g of groups(notes, by)) {
    if (g.notes.length === 0) continue;
    out.push(`## ${g.title}`, "");
    for (const n of g.notes) {
      for (const q of n.quotes) out.push(`> ${q.text}`, "", `——${REPORT}，${q.paragraph}`, "");
      if (n.comment !== "") out.push(n.comment, "");
    }
  }
  return out.join("\n");
}

export function draftText(notes: readonly Note[], by: "tag" | "section"): string {
  return draftMarkdown(notes, by).replace(/^[#>] ?/gmu, "");
}
