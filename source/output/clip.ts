// What "copy" puts on the clipboard for each kind of item: the words a journalist or a deputy pastes
// into a text, each with where it stands in the report. Plain text, or Markdown (a quote block with
// the source line). Shared by the explorer's y / Y and the commands' --copy.
import { chartById, figureById, figureText, glossary, paragraphById } from "../../data/index";
import { chartFigures } from "../charts/render";
import { sanitize } from "../text/sanitize";
import { citation, quoteBlock, REPORT } from "./cite";

export type Clippable =
  | { readonly kind: "figure"; readonly id: string }
  | { readonly kind: "entry"; readonly number: number }
  | { readonly kind: "paragraph"; readonly id: string }
  | { readonly kind: "chart"; readonly id: string }
  /** A run of one paragraph chosen in the reader ([start, end) in UTF-16 offsets of its text). */
  | { readonly kind: "selection"; readonly id: string; readonly start: number; readonly end: number };

export type ClipFormat = "plain" | "markdown";

/** What an item is called in the status line: where it stands in the report, so a deputy knows
 * which paragraph was sent before pasting it. Null when the item does not exist. */
export function clipName(item: Clippable): string | null {
  switch (item.kind) {
    case "figure": {
      const m = figureById.get(item.id);
      return m ? `${m.paragraphId}「${m.label}」` : null;
    }
    case "entry": {
      const e = glossary.find((g) => g.number === item.number);
      return e ? `附件一第${e.number}条「${e.term}」` : null;
    }
    case "paragraph":
      return paragraphById.has(item.id) ? item.id : null;
    case "chart": {
      const c = chartById.get(item.id);
      return c ? `图表「${c.title}」` : null;
    }
    case "selection":
      return paragraphById.has(item.id) ? `${item.id}（选中的${item.end - item.start}字）` : null;
  }
}

/** The text to copy for an item, or null when the item does not exist. Everything passes sanitize(). */
export function clipText(item: Clippable, format: ClipFormat): string | null {
  const text = raw(item, format);
  return text === null ? null : sanitize(text, { keepNewlines: true });
}

function raw(item: Clippable, format: ClipFormat): string | null {
  const md = format === "markdown";
  switch (item.kind) {
    case "figure": {
      const m = figureById.get(item.id);
      if (!m) return null;
      const formula = m.kind === "derived" ? `\n推算：${m.derivation.formula}` : "";
      if (!md) return `${m.label} ${figureText(m)}（${m.paragraphId}）「${m.quote}」${formula}`;
      return `**${m.label}**：${figureText(m)}\n\n${quoteBlock(m.quote)}\n\n${citation(m.paragraphId)}${formula}`;
    }
    case "entry": {
      const e = glossary.find((g) => g.number === item.number);
      if (!e) return null;
      const where = `附件一第${e.number}条，${e.reference.text}`;
      if (!md) return `${e.term}：${e.definition}（${where}）`;
      return `**${e.term}**\n\n${quoteBlock(e.definition)}\n\n${citation(where)}`;
    }
    case "paragraph": {
      const p = paragraphById.get(item.id);
      if (!p) return null;
      if (!md) return `${p.text}（${p.id}）`;
      return `${quoteBlock(p.text)}\n\n${citation(p.id)}`;
    }
    case "selection": {
      const text = paragraphById.get(item.id)?.text.slice(item.start, item.end);
      if (!text) return null;
      if (!md) return `${text}（${item.id}）`;
      return `${quoteBlock(text)}\n\n——${REPORT}，${item.id}`;
    }
    case "chart": {
      const c = chartById.get(item.id);
      if (!c) return null;
      const lines = chartFigures(c).map(
        ({ label, figure: m }) => `${md ? "- " : ""}${label} ${figureText(m)}（${m.paragraphId}）`,
      );
      return md ? `**${c.title}**\n\n${lines.join("\n")}\n\n——${REPORT}` : `${c.title}\n${lines.join("\n")}`;
    }
  }
}
