// The frame: header with the tabs, the active pane (or the help), footer with the keys that matter
// now — all lines, the one thing the App renders. Tests check exactly what users see.
import { meta } from "../../data/index";
import { truncate, width } from "../text/width";
import { type Context, isBox } from "./context";
import { contextOf } from "./context-of";
import { editorLines } from "./editor-lines";
import { bodyHeight, MIN_COLUMNS, MIN_ROWS, tooSmall } from "./geometry";
import { helpView } from "./help";
import { type Binding, bindingsFor, keyLabel } from "./keymap";
import { PANE_MODULES } from "./panes/index";
import type { PaneStatus } from "./panes/pane";

import { PANES, type PaneId, type State } from "./state";
import { TAB_FORMS, tabForm } from "./tabs";
import { THEME } from "./theme";
import { cutLine, type Line, line, lineText, type Segment, seg } from "./ui/styled";
import { selection } from "./update";

export function tooSmallLine(state: State): Line {
  const { columns, rows } = state.size;
  return line(
    truncate(`终端太小：需要至少 ${MIN_COLUMNS}x${MIN_ROWS}，当前 ${columns}x${rows}`, columns),
    THEME.strong,
  );
}

type Tab = (typeof PANES)[number];

/** The tabs in the widest form that fits `columns` (" 1 报告 ", " 1报告 ", "1报告 ", then "1报告"). */
export function tabSegments(panes: readonly Tab[], active: Tab["id"], columns: number): Segment[] {
  const form = tabForm(columns, panes.length) ?? TAB_FORMS.at(-1)!;
  const tabs: Segment[] = [];
  for (const p of panes) {
    tabs.push(seg(form.text(p.key, p.label), p.id === active ? THEME.active : undefined));
    if (form.gap) tabs.push(seg(" "));
  }
  return tabs;
}

/** The active pane's status where the frame draws it; never over the help or the editor. */
function paneStatus(state: State): PaneStatus | null {
  if (state.help || state.editor || state.screenReader) return null;
  return statusOf(state, state.pane);
}

function statusOf<K extends PaneId>(state: State, pane: K): PaneStatus | null {
  return PANE_MODULES[pane].status?.(state[pane], state.size) ?? null;
}

export function headerLine(state: State): Line {
  const { columns } = state.size;
  const status = paneStatus(state);
  // Every tab always shows, down to the smallest terminal; beside them the pane's status, or the title.
  const tabs = tabSegments(PANES, state.pane, columns);
  if (!tabs.at(-1)?.text.endsWith(" ")) tabs.push(seg(" "));
  const room = columns - tabs.reduce((n, s) => n + width(s.text), 0);
  if (status) return cutLine([...tabs, ...status.line(room)], columns);
  const title = `${meta.title} ${meta.date.slice(0, 4)}`;
  if (room >= width(title)) tabs.push(seg(" ".repeat(room - width(title))), seg(title, THEME.muted));
  return cutLine(tabs, columns);
}

/** Columns the status keeps at least in the bar, beside the keys: a paragraph id, a short title, a percentage. */
const BAR_STATUS = 16;

/** A short terminal's one row besides the body, as less's prompt line: the pane's status and the keys
 * that matter most (a notice takes the whole row). */
function barLine(state: State, status: PaneStatus): Line {
  const { columns } = state.size;
  if (state.notice !== null) return cutLine([seg(state.notice, THEME.notice)], columns);
  const keys = footerSegments(state, columns - BAR_STATUS - 1);
  const keysWidth = width(lineText(keys));
  return cutLine([...status.line(columns - (keysWidth ? keysWidth + 1 : 0)), seg(" "), ...keys], columns);
}

export interface FooterItem {
  readonly keys: string;
  readonly label: string;
  /** The keymap's footer rank: 0 is kept however narrow the terminal (the way out, quit, help). */
  readonly rank: number;
}

/** Whether a binding does something now: n/N with a find, y with something to copy, Tab where the
 * number keys are typed into a box (elsewhere they switch panes and the tab bar shows them). */
function useful(state: State, b: Binding, context: Context): boolean {
  switch (b.action.type) {
    case "findNext":
      return state.report.find.text !== "";
    case "copy":
      return selection(state, state.pane) !== null;
    case "cyclePane":
      return isBox(context);
    default:
      return true;
  }
}

/** Keys worth showing now: the context's bindings that have a footer label, pairs joined (j/k). */
export function footerItems(state: State): FooterItem[] {
  const context = contextOf(state);
  const bindings = bindingsFor(context);
  const items: FooterItem[] = [];
  const seen = new Set<string>();
  bindings.forEach((b, i) => {
    if (!b.footer || seen.has(b.footer) || !useful(state, b, context)) return;
    seen.add(b.footer);
    const partner = bindings[i + 1];
    const keys = isPair(b, partner) ? `${keyLabel(b.keys[0]!)}/${keyLabel(partner!.keys[0]!)}` : keyLabel(b.keys[0]!);
    items.push({ keys, label: b.footer, rank: b.rank });
  });
  return items;
}

/** j then k, l then h, n then N: the next binding undoes this one. */
function isPair(a: Binding, b: Binding | undefined): boolean {
  if (!b || a.action.type !== b.action.type) return false;
  const d = (x: Binding) => ("delta" in x.action ? x.action.delta : 0);
  return d(a) !== 0 && d(a) === -d(b);
}

/** Between two hints: two spaces, one on a narrow terminal (where every column counts). */
const separator = (columns: number): number => (columns < 60 ? 1 : 2);

export function footerLine(state: State): Line {
  const { columns } = state.size;
  if (state.notice !== null) return cutLine([seg(state.notice, THEME.notice)], columns);
  return cutLine(footerSegments(state, columns), columns);
}

/** The keys that fit `columns`, the most useful first (see FooterItem.rank). */
function footerSegments(state: State, columns: number): Segment[] {
  const items = footerItems(state);
  const gap = separator(state.size.columns);
  const itemWidth = (i: FooterItem) => width(i.keys) + 1 + width(i.label) + gap;
  // Rank 0 always shows; then by rank, and of equal ranks in the keymap's order, while there is
  // room (the last hint needs no separator after it). Shown in the keymap's order.
  let room = columns + gap;
  const shown = new Set<FooterItem>();
  const byRank = [...items].sort((a, b) => a.rank - b.rank);
  for (const i of byRank.filter((x) => x.rank === 0)) room -= itemWidth(i);
  for (const i of byRank) {
    // The first hint that does not fit ends it: a hint never shows while a more useful one is hidden.
    if (i.rank > 0 && itemWidth(i) > room) break;
    shown.add(i);
    if (i.rank > 0) room -= itemWidth(i);
  }
  return items
    .filter((i) => shown.has(i))
    .flatMap((i) => [seg(i.keys, THEME.key), seg(` ${i.label}`, THEME.muted), seg(" ".repeat(gap))])
    .slice(0, -1);
}

function paneLines<K extends PaneId>(state: State, pane: K): Line[] {
  const module = PANE_MODULES[pane];
  return state.screenReader ? module.screenReader(state[pane], state.size) : module.view(state[pane], state.size);
}

/** The body: the help when it is open, else the active pane. */
export function bodyLines(state: State): Line[] {
  if (state.help) return helpView(state.help, state.size);
  return state.editor ? editorLines(state) : paneLines(state, state.pane);
}

/** Plain text only: a screen reader reads words, and styles are noise to it. */
const unstyled = (l: Line): Line => line(lineText(l));

/** The whole frame as lines: at most rows of them, none wider than the terminal. */
export function frameLines(state: State, body: (state: State) => Line[] = bodyLines): Line[] {
  if (tooSmall(state.size)) return [tooSmallLine(state)];
  const h = bodyHeight(state.size);
  const lines = body(state).slice(0, h);
  if (state.screenReader) {
    // No tab bar and no padding: where the reader is, what is there, and the keys, in that order.
    const here = PANES.find((p) => p.id === state.pane)!;
    const header = line(`court-report：${here.label}，第${PANES.indexOf(here) + 1}个窗格，共${PANES.length}个`);
    return [header, ...lines, footerLine(state)].map((l) => cutLine(unstyled(l), state.size.columns));
  }
  const status = paneStatus(state);
  if (status?.where === "bar") {
    const text = body(state).slice(0, state.size.rows - 1);
    while (text.length < state.size.rows - 1) text.push([]);
    return [...text, barLine(state, status)];
  }
  while (lines.length < h) lines.push([]);
  return [headerLine(state), ...lines, footerLine(state)];
}
