// `notes --import`: notes from another machine (a `notes --json` export or a notebook file) merged
// into this notebook, each note once (by its id), and only quotes the report really says.
import { liveNotes, type Note } from "./note";
import { type Notebook, saveOps } from "./notebook";
import { parseNotebook } from "./notebook-format";
import { isVerbatim } from "./verbatim";

export type ImportResult =
  | { readonly ok: true; readonly added: number; readonly known: number; readonly notes: readonly Note[] }
  | { readonly ok: false; readonly message: string; readonly reason: "input" | "save" };

/** Merges the live notes of `text` into `notebook`; refuses the whole file if one quote is not verbatim. */
export function importNotes(notebook: Notebook, text: string, source: string): ImportResult {
  const parsed = parseNotebook(text);
  if (!parsed.ok) {
    const why = parsed.reason === "newer" ? `来自更新的版本（schema ${parsed.schema}）` : "不是笔记文件或导出的 JSON";
    return { ok: false, reason: "input", message: `无法导入 ${source}：${why}；未加入任何笔记` };
  }
  const incoming = liveNotes(parsed.notes);
  for (const [i, note] of incoming.entries()) {
    const bad = note.quotes.find((q) => !isVerbatim(q));
    if (bad)
      return {
        ok: false,
        reason: "input",
        message: `无法导入 ${source}：第 ${i + 1} 条笔记（${note.label}）的引文不在报告 ${bad.paragraph} 的原文中；未加入任何笔记`,
      };
  }
  const had = new Set(notebook.notes.map((n) => n.id));
  const fresh = incoming.filter((n) => !had.has(n.id));
  const saved = saveOps(
    notebook,
    fresh.map((note) => ({ op: "add", note })),
  );
  if (!saved.ok) return { ok: false, reason: "save", message: saved.message };
  return { ok: true, added: fresh.length, known: incoming.length - fresh.length, notes: saved.notes };
}
