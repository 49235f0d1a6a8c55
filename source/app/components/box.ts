// A bordered box of ASCII "+ - |" (box-drawing characters are ambiguous width: two columns in CJK
// terminals) around lines of content, centred in the space it gets.
import { cutLine, fitLine, line, seg, type Line } from "./styled";

export function boxLines(content: readonly Line[], columns: number, height: number, maxWidth = 78): Line[] {
  const w = Math.max(4, Math.min(columns, maxWidth));
  const inner = w - 4;
  const margin = " ".repeat(Math.floor((columns - w) / 2));
  const rule = line(`${margin}+${"-".repeat(w - 2)}+`, { dim: true });
  const room = Math.max(0, height - 2);
  const shown = content.length > room ? [...content.slice(0, Math.max(0, room - 1)), line("…")] : content;
  const body = shown.map((l) => cutLine([seg(`${margin}|`, { dim: true }), seg(" "), ...fitLine(l, inner), seg(" "), seg("|", { dim: true })], columns));
  return [rule, ...body, rule].slice(0, Math.max(1, height));
}
