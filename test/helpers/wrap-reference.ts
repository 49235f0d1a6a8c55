// THE REFERENCE, not the product: wrap() as it was before it measured each token once,
// kept as the oracle test/text-wrap-reference.test.ts holds source/text/width.ts's wrap() to (with one
// rule added since, in both: straight quotes belong to the word they touch). It re-measures every
// unit, every line and every cut with width(), which is slow but plainly right. Do not speed it up:
// it defines the lines wrap() must give; a new rule goes into both.
import { graphemes, width } from "../../source/text/width";

const NO_START = new Set("，。、；：？！）》」』】〕〉”’…—·%,.;:?!)]}");
const NO_END = new Set("（《「『【〔〈“‘([{");

export function referenceWrap(text: string, columns: number): string[] {
  const cols = Math.max(1, columns);
  const lines: string[] = [];
  for (const para of text.split("\n")) {
    const units = tokens(para);
    let line: string[] = [];
    let used = 0;
    for (const unit of units) {
      const w = width(unit);
      if (used + w <= cols || line.length === 0) {
        line.push(unit);
        used += w;
        continue;
      }
      const carry: string[] = [];
      let carried = w;
      while (line.length > 1 && carry.length < 3) {
        const head = carry[0] ?? unit;
        const prev = line[line.length - 1]!;
        if (!NO_START.has(head[0]!) && !NO_END.has(prev[prev.length - 1]!)) break;
        if (carried + width(prev) > cols) break;
        carried += width(prev);
        carry.unshift(line.pop()!);
      }
      lines.push(...hardSplit(line.join(""), cols));
      line = [...carry, unit];
      used = line.reduce((n, u) => n + width(u), 0);
    }
    lines.push(...hardSplit(line.join(""), cols));
  }
  return lines;
}

function tokens(text: string): string[] {
  const out: string[] = [];
  for (const g of graphemes(text)) {
    const last = out[out.length - 1];
    if (last !== undefined && /^[A-Za-z0-9.%+"'-]+$/.test(last) && /^[A-Za-z0-9.%+"'-]$/.test(g))
      out[out.length - 1] = last + g;
    else out.push(g);
  }
  return out;
}

function hardSplit(line: string, cols: number): string[] {
  if (width(line) <= cols) return [line];
  const out: string[] = [];
  let cur = "";
  for (const g of graphemes(line)) {
    if (width(cur + g) > cols && cur !== "") {
      out.push(cur);
      cur = "";
    }
    cur += g;
  }
  out.push(cur);
  return out;
}
