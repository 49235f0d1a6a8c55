// The parts of a frame around the active pane: header with the tabs, footer with the keys that
// matter now (both generated from the keymap and PANES), the help overlay, the too-small line.
import { meta } from "../../data/index";
import { padEnd, truncate, width } from "../text/width";
import { helpHeight, helpLines } from "./components/help";
import { cutLine, fitLine, type Line, line, type Segment, seg } from "./components/styled";
import { bodyHeight, MIN_COLUMNS, MIN_ROWS, tooSmall } from "./geometry";
import { type Binding, bindingsFor, contextOf, HELP_LABEL, keyLabel } from "./keymap";
import { chartsView } from "./panes/charts";
import { dataView } from "./panes/data";
import { glossaryView } from "./panes/glossary";
import { reportView } from "./panes/report";
import { searchView } from "./panes/search";
import { PANES, type State } from "./state";

export function tooSmallLine(state: State): Line {
  const { columns, rows } = state.size;
  return line(truncate(`终端太小：需要至少 ${MIN_COLUMNS}x${MIN_ROWS}，当前 ${columns}x${rows}`, columns), {
    bold: true,
  });
}

export function headerLine(state: State): Line {
  // " 1 报告 " tabs where they fit, " 1报告 " on narrow terminals: all five always show.
  const wide = PANES.length * 9 <= state.size.columns;
  const tabs: Segment[] = [];
  for (const p of PANES) {
    const text = wide ? ` ${p.key} ${p.label} ` : ` ${p.key}${p.label} `;
    tabs.push(seg(text, p.id === state.pane ? { inverse: true, bold: true } : undefined));
    if (wide) tabs.push(seg(" "));
  }
  const used = tabs.reduce((n, s) => n + width(s.text), 0);
  const title = `${meta.title} ${meta.date.slice(0, 4)}`;
  const room = state.size.columns - used;
  if (room >= width(title) + 1) tabs.push(seg(" ".repeat(room - width(title))), seg(title, { dim: true }));
  return cutLine(tabs, state.size.columns);
}

/** Keys worth showing now: the context's bindings that have a footer label, pairs joined (j/k). */
export function footerItems(state: State): { keys: string; label: string }[] {
  const bindings = bindingsFor(contextOf(state));
  const items: { keys: string; label: string }[] = [];
  const seen = new Set<string>();
  bindings.forEach((b, i) => {
    if (!b.footer || seen.has(b.footer)) return;
    seen.add(b.footer);
    const partner = bindings[i + 1];
    items.push({
      keys: isPair(b, partner) ? `${keyLabel(b.keys[0]!)}/${keyLabel(partner!.keys[0]!)}` : keyLabel(b.keys[0]!),
      label: b.footer,
    });
  });
  return items;
}

/** j then k, l then h, n then N: the next binding undoes this one. */
function isPair(a: Binding, b: Binding | undefined): boolean {
  if (!b || a.action.type !== b.action.type) return false;
  const d = (x: Binding) => ("delta" in x.action ? x.action.delta : 0);
  return d(a) !== 0 && d(a) === -d(b);
}

export function footerLine(state: State): Line {
  const items = footerItems(state);
  const itemWidth = (i: { keys: string; label: string }) => width(i.keys) + 1 + width(i.label) + 2;
  // The way to the help (where every other key is listed) always shows; the rest as room allows.
  const help = items.find((i) => i.label === HELP_LABEL);
  let room = state.size.columns - (help ? itemWidth(help) : 0);
  const shown = items.filter((i) => {
    if (i === help) return true;
    if (itemWidth(i) > room) return false;
    room -= itemWidth(i);
    return true;
  });
  return cutLine(
    shown.flatMap((i) => [seg(i.keys, { bold: true, color: "cyan" }), seg(` ${i.label}  `, { dim: true })]),
    state.size.columns,
  );
}

export function helpView(state: State): Line[] {
  const cols = state.size.columns;
  const lines = helpLines(cols);
  const h = helpHeight(state.size);
  const shown = lines.slice(state.help.scroll, state.help.scroll + h);
  const more = lines.length > h ? `${state.help.scroll + 1}-${state.help.scroll + shown.length}/${lines.length}` : "";
  const title = fitLine(
    [
      seg(padEnd("按键帮助（由按键表生成）", Math.max(0, cols - width(more) - 1)), { bold: true, inverse: true }),
      seg(" "),
      seg(more, { dim: true }),
    ],
    cols,
  );
  return [title, ...shown];
}

export function paneView(state: State): Line[] {
  if (state.help.open) return helpView(state);
  switch (state.pane) {
    case "report":
      return reportView(state);
    case "data":
      return dataView(state);
    case "charts":
      return chartsView(state);
    case "glossary":
      return glossaryView(state);
    case "search":
      return searchView(state);
  }
}

/** The whole frame as lines: at most rows - 1 of them, none wider than the terminal. */
export function frameLines(state: State): Line[] {
  if (tooSmall(state.size)) return [tooSmallLine(state)];
  const body = paneView(state).slice(0, bodyHeight(state.size));
  while (body.length < bodyHeight(state.size)) body.push([]);
  return [headerLine(state), ...body, footerLine(state)];
}
