// The open ? help's state (the root holds null while it is closed): the context it was opened from,
// its filter and its scroll. Apart
// from help.ts (which draws it from the keymap) so that the root state does not import the keymap.
import type { Context } from "./context";
import { emptyQueryBox, type QueryBox } from "./widgets/query-box";

export interface HelpState {
  /** Where the keyboard was when the help opened: its keys come first. */
  readonly from: Context;
  readonly filter: QueryBox;
  readonly scroll: number;
}

export const openHelp = (from: Context): HelpState => ({ from, filter: emptyQueryBox(false), scroll: 0 });
