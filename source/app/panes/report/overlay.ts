// The box over 报告 when Enter opens a term or a figure: its content as lines, and how far it scrolls.
import { figureById, figureText, glossary } from "../../../../data/index";
import type { Size } from "../../../terminal/size";
import { wrap } from "../../../text/width";
import { bodyHeight } from "../../geometry";
import { LABELS, THEME } from "../../theme";
import { BOX_MAX_WIDTH, boxInnerHeight } from "../../ui/box";
import { type Line, line, type Style, seg } from "../../ui/styled";
import { maxScroll } from "../../widgets/viewport";
import type { Overlay } from "./state";

/** The overlay's content: a term's definition or a figure's details, with where they come from. */
export function overlayContent(overlay: Overlay, columns: number): Line[] {
  const inner = Math.max(1, Math.min(columns, BOX_MAX_WIDTH) - 4);
  const para = (text: string, style?: Style) => wrap(text, inner).map((t) => line(t, style));
  if (overlay.kind === "term") {
    const e = glossary.find((g) => g.number === overlay.number);
    if (!e) return [];
    return [
      [seg(e.term, THEME.group), seg(`  ${e.syllables.join(" ")}  ${e.initials}`, THEME.muted)],
      [],
      ...para(e.definition),
      [],
      ...para(`附件一第${e.number}条，${e.reference.text}`, THEME.muted),
    ];
  }
  const m = figureById.get(overlay.id);
  if (!m) return [];
  return [
    [seg(m.label, THEME.strong), seg("  "), seg(figureText(m), THEME.figure)],
    [],
    ...para(`分类：${m.category}    出处：${m.paragraphId}`, THEME.muted),
    ...para(`原文：「${m.quote}」`),
    ...(m.kind === "derived" ? para(`${LABELS.derived}：${m.derivation.formula}`) : []),
  ];
}

/** Lines of content the overlay's box shows at once. */
export const overlayHeight = (size: Size): number => boxInnerHeight(bodyHeight(size));

/** The last scroll position that still fills the box. */
export const overlayMaxScroll = (overlay: Overlay, size: Size): number =>
  maxScroll(overlayContent(overlay, size.columns).length, overlayHeight(size));
