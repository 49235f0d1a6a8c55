// The ? help's state: open or not, the context it was opened from, its filter and its scroll. Apart
// from help.ts (which draws it from the keymap) so that the root state does not import the keymap.
import type { Context } from "./context";
import { emptyQueryBox, type QueryBox } from "./widgets/query-box";

export interface HelpState {
  readonly open: boolean;
  /** Where the keyboard was when the help opened: its keys come first. */
  readonly from: Context;
  readonly filter: QueryBox;
  readonly scroll: number;
}

export const HELP_CLOSED: HelpState = { open: false, from: "help", filter: emptyQueryBox(false), scroll: 0 };

export const openHelp = (from: Context): HelpState => ({ ...HELP_CLOSED, open: true, from });
