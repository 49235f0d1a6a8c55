// The help overlay, generated from the keymap: every group, every binding, nothing typed twice. It
// opens at the keys of the place it was opened from (then the global keys, then the rest), and `/`
// filters it. Its state: open or not, where it was opened, the filter, how far it is scrolled.
import { memoize } from "../memo";
import { matchTexts } from "../search/match";
import { parseQuery } from "../search/parse-query";
import type { Size } from "../terminal/size";
import { padEnd, width, wrap } from "../text/width";
import type { Action } from "./actions";
import type { Context } from "./context";
import { bodyHeight } from "./geometry";
import type { HelpState } from "./help-state";
import { type Binding, type Group, KEYMAP, keyLabel } from "./keymap";
import { THEME } from "./theme";
import { cutLine, fitLine, type Line, line, seg } from "./ui/styled";
import { editQueryBox, focusQueryBox, queryBoxLine } from "./widgets/query-box";
import { maxScroll, scrollView } from "./widgets/viewport";

export const keysText = (b: Binding): string => b.keys.map(keyLabel).join(" ");

const KEY_COLUMN = Math.max(...KEYMAP.flatMap((g) => g.bindings.map((b) => width(keysText(b)))));

const groupOf = (context: Context | "global"): Group | undefined => KEYMAP.find((g) => g.context === context);

/** The groups in the order the help shows them: the place it was opened from, the global keys, the rest. */
export function helpGroups(from: Context): readonly Group[] {
  const first = [groupOf(from), groupOf("global")].filter((g) => g !== undefined);
  return [...first, ...KEYMAP.filter((g) => !first.includes(g))];
}

/** Each binding's words for the filter: its group's title and its description. */
const WORDS = KEYMAP.flatMap((g) => g.bindings.map((b) => `${g.title} ${b.help}`));
/** Where each group's bindings start in WORDS (a binding may be in two groups: the boxes' editing keys). */
const firstWord = new Map(KEYMAP.map((g, i) => [g, KEYMAP.slice(0, i).reduce((n, x) => n + x.bindings.length, 0)]));

/** The bindings the filter keeps: their keys hold the text, or their words match it as every box
 * matches (Chinese, pinyin, initials: /fuzhi finds y 复制). */
function keptBy(filter: string): (group: Group, b: Binding, i: number) => boolean {
  if (filter === "") return () => true;
  const words = matchTexts(parseQuery(filter), WORDS);
  return (group, b, i) => keysText(b).toLowerCase().includes(filter) || words.has(firstWord.get(group)! + i);
}

/** The bindings as lines of at most `columns`, grouped by where they apply, in helpGroups() order. */
export const helpLines = (columns: number, from: Context = "help", filter = ""): readonly Line[] =>
  laidOut(columns, from, filter.trim().toLowerCase());

const laidOut = memoize((columns: number, from: Context, filter: string): readonly Line[] => {
  const keyCol = Math.min(KEY_COLUMN, Math.max(6, Math.floor(columns / 3)));
  const descCol = Math.max(1, columns - keyCol - 3);
  const out: Line[] = [];
  const kept = keptBy(filter);
  for (const group of helpGroups(from)) {
    const bindings = group.bindings.filter((b, i) => kept(group, b, i));
    if (bindings.length === 0) continue;
    if (out.length > 0) out.push([]);
    out.push(line(group.title, THEME.group));
    for (const b of bindings) {
      wrap(b.help, descCol).forEach((d, i) => {
        const keys = i === 0 ? padEnd(keysText(b), keyCol) : " ".repeat(keyCol);
        out.push(cutLine([seg(`  ${keys}`, THEME.strong), seg(` ${d}`)], columns));
      });
    }
  }
  return out;
});

/** Lines of bindings shown at once (under the title, and the filter box while it is in use). */
export const helpHeight = (size: Size, help: HelpState): number =>
  Math.max(1, bodyHeight(size) - 1 - (filterShown(help) ? 1 : 0));

const filterShown = (help: HelpState): boolean => help.filter.focused || help.filter.text !== "";

const linesOf = (help: HelpState, size: Size): readonly Line[] => helpLines(size.columns, help.from, help.filter.text);

/** The open help after an action: filtered, scrolled, or closed (null) by "back". */
export function updateHelp(help: HelpState, action: Action, size: Size): HelpState | null {
  if (help.filter.focused) {
    const edited = editQueryBox(help.filter, action);
    if (edited) return { ...help, filter: edited, scroll: 0 };
    if (action.type === "back" || action.type === "open") return { ...help, filter: focusQueryBox(help.filter, false) };
  } else if (action.type === "focusQueryBox") {
    return { ...help, filter: focusQueryBox(help.filter, true), scroll: 0 };
  } else if (action.type === "back") {
    return null;
  }
  const scroll = scrollView(help.scroll, action, linesOf(help, size).length, helpHeight(size, help));
  return scroll === null ? help : { ...help, scroll };
}

/** The help kept within bounds at a new size. */
export const resizeHelp = (help: HelpState, size: Size): HelpState => ({
  ...help,
  scroll: Math.min(help.scroll, maxScroll(linesOf(help, size).length, helpHeight(size, help))),
});

export function helpView(help: HelpState, size: Size): Line[] {
  const cols = size.columns;
  const lines = linesOf(help, size);
  const h = helpHeight(size, help);
  const shown = lines.slice(help.scroll, help.scroll + h);
  const more = lines.length > h ? `${help.scroll + 1}-${help.scroll + shown.length}/${lines.length}` : "";
  const title = `按键帮助 — 当前：${groupOf(help.from)?.title ?? ""}`;
  const titleLine = fitLine(
    [seg(padEnd(title, Math.max(0, cols - width(more) - 1)), THEME.active), seg(" "), seg(more, THEME.muted)],
    cols,
  );
  if (!filterShown(help)) return [titleLine, ...shown];
  const note = lines.length === 0 ? "无匹配" : "";
  return [titleLine, queryBoxLine("筛选按键> ", help.filter, cols, note), ...shown];
}
