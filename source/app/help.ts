// The help overlay, generated from the keymap: every group, every binding, nothing typed twice. Its
// state is whether it is open and how far it is scrolled.
import { memoize } from "../memo";
import type { Size } from "../terminal/size";
import { padEnd, width, wrap } from "../text/width";
import type { Action } from "./actions";
import { bodyHeight } from "./geometry";
import { type Binding, KEYMAP, keyLabel } from "./keymap";
import { THEME } from "./theme";
import { cutLine, fitLine, type Line, line, seg } from "./ui/styled";
import { maxScroll, scrollView } from "./widgets/viewport";

export interface HelpState {
  readonly open: boolean;
  readonly scroll: number;
}

export const HELP_CLOSED: HelpState = { open: false, scroll: 0 };

const TITLE = "按键帮助（由按键表生成）";

export const keysText = (b: Binding): string => b.keys.map(keyLabel).join(" ");

const KEY_COLUMN = Math.max(...KEYMAP.flatMap((g) => g.bindings.map((b) => width(keysText(b)))));

/** Every binding as lines of at most `columns`, grouped by where it applies. */
export const helpLines = (columns: number): readonly Line[] => byColumns(String(columns));

const byColumns = memoize((key): readonly Line[] => {
  const columns = Number(key);
  const keyCol = Math.min(KEY_COLUMN, Math.max(6, Math.floor(columns / 3)));
  const descCol = Math.max(1, columns - keyCol - 3);
  const out: Line[] = [];
  for (const group of KEYMAP) {
    if (out.length > 0) out.push([]);
    out.push(line(group.title, THEME.group));
    for (const b of group.bindings) {
      wrap(b.help, descCol).forEach((d, i) => {
        const keys = i === 0 ? padEnd(keysText(b), keyCol) : " ".repeat(keyCol);
        out.push(cutLine([seg(`  ${keys}`, THEME.strong), seg(` ${d}`)], columns));
      });
    }
  }
  return out;
});

/** Lines of bindings shown at once (the overlay's first line is its title). */
export const helpHeight = (size: Size): number => Math.max(1, bodyHeight(size) - 1);

const helpMax = (size: Size): number => maxScroll(helpLines(size.columns).length, helpHeight(size));

/** The open help after an action: scrolled, or closed by "back". */
export function updateHelp(help: HelpState, action: Action, size: Size): HelpState {
  if (action.type === "back") return HELP_CLOSED;
  const scroll = scrollView(help.scroll, action, helpLines(size.columns).length, helpHeight(size));
  return scroll === null ? help : { ...help, scroll };
}

/** The help kept within bounds at a new size. */
export const resizeHelp = (help: HelpState, size: Size): HelpState => ({
  ...help,
  scroll: Math.min(help.scroll, helpMax(size)),
});

export function helpView(help: HelpState, size: Size): Line[] {
  const cols = size.columns;
  const lines = helpLines(cols);
  const h = helpHeight(size);
  const shown = lines.slice(help.scroll, help.scroll + h);
  const more = lines.length > h ? `${help.scroll + 1}-${help.scroll + shown.length}/${lines.length}` : "";
  const title = fitLine(
    [seg(padEnd(TITLE, Math.max(0, cols - width(more) - 1)), THEME.active), seg(" "), seg(more, THEME.muted)],
    cols,
  );
  return [title, ...shown];
}
