// The box over 报告 when Enter opens a term or a figure: its content as lines, and how far it scrolls.
import { glossary, metricById } from "../../../data/index";
import { wrap } from "../../text/width";
import { BOX_MAX_WIDTH, boxInnerHeight } from "../components/box";
import { type Line, line, type Style, seg } from "../components/styled";
import { bodyHeight } from "../geometry";
import type { State } from "../state";

export const FIGURE_STYLE: Style = { color: "yellow", bold: true };

/** The overlay's content: a term's definition or a figure's details, with where they come from. */
export function overlayContent(state: State, columns: number): Line[] {
  const o = state.report.overlay;
  if (!o) return [];
  const inner = Math.max(1, Math.min(columns, BOX_MAX_WIDTH) - 4);
  const para = (text: string, style?: Style) => wrap(text, inner).map((t) => line(t, style));
  if (o.kind === "term") {
    const e = glossary.find((g) => g.number === o.number);
    if (!e) return [];
    return [
      [seg(e.term, { bold: true, color: "cyan" }), seg(`  ${e.syllables.join(" ")}  ${e.initials}`, { dim: true })],
      [],
      ...para(e.definition),
      [],
      ...para(`附件一第${e.number}条，${e.reference.text}`, { dim: true }),
    ];
  }
  const m = metricById.get(o.id);
  if (!m) return [];
  return [
    [seg(m.label, { bold: true }), seg("  "), seg(`${m.value} ${m.unit}`, FIGURE_STYLE)],
    [],
    ...para(`分类：${m.category}    出处：${m.paragraphId}`, { dim: true }),
    ...para(`原文：「${m.quote}」`),
    ...(m.kind === "derived" ? para(`推算：${m.derivation.formula}`) : []),
  ];
}

/** The last scroll position that still fills the box. */
export const overlayMaxScroll = (state: State): number =>
  Math.max(0, overlayContent(state, state.size.columns).length - boxInnerHeight(bodyHeight(state.size)));
