// The explorer's whole state: plain data. Views and the update derive everything else (layouts,
// results) from it with pure, memoised functions, so any frame can be rebuilt from a State alone.
import { randomUUID } from "node:crypto";
import type { Note, NoteOp } from "../notes/note";
import type { Size } from "../terminal/size";
import type { ClipRoute } from "../terminal/tmux-clipboard";
import type { EditorState } from "./editor";
import type { HelpState } from "./help-state";
import { HISTORY_START, type History } from "./history";
import type { PaneStates } from "./pane-states";
import { CHARTS_START } from "./panes/charts/state";
import { DATA_START } from "./panes/data/state";
import { GLOSSARY_START } from "./panes/glossary/state";
import { NOTEBOOK_START } from "./panes/notebook/state";
import type { Anchor } from "./panes/report/model";
import { REPORT_START } from "./panes/report/state";
import { SEARCH_START } from "./panes/search/state";
import { RECALL_START, type Recall } from "./recall";
import { PANES, type PaneId } from "./tabs";

export type { PaneId, Size };
export { PANES };

/** Where a note's id and times come from: the update stays a function of its inputs (tests pass a
 * fixed clock), the explorer passes the real ones. */
export interface NoteClock {
  readonly now: () => string;
  readonly newId: () => string;
}

/** The changes sent to the store and not yet confirmed (in order), and why saving fails, if it does. */
export interface Saving {
  readonly unsaved: readonly NoteOp[];
  readonly problem: string | null;
}

export interface State extends PaneStates {
  readonly size: Size;
  readonly pane: PaneId;
  readonly help: HelpState | null;
  /** Places before each jump, and after each step back (Backspace, C-o / C-r). */
  readonly history: History;
  /** Earlier queries of each box, for Up / Down in it. */
  readonly recall: Recall;
  /** Places in the report set with `m<letter>`, for `'<letter>`. */
  readonly marks: Readonly<Record<string, Anchor>>;
  /** One line for the footer until the next key: a wrap, a goto to nothing, what y copied… */
  readonly notice: string | null;
  /** Whether y / Y may write to the clipboard (off with --no-clipboard). */
  readonly clipboard: boolean;
  /** Where a copy goes, as tmux told us when the explorer started (source/terminal/tmux-clipboard.ts). */
  readonly clipRoute: ClipRoute;
  /** Plain lines in reading order for a screen reader (--screen-reader). */
  readonly screenReader: boolean;
  /** The notebook: every note, deleted ones included (they can be restored). */
  readonly notes: readonly Note[];
  readonly saving: Saving;
  /** The comment editor, over any pane, or none. */
  readonly editor: EditorState | null;
  readonly clock: NoteClock;
}

export interface StartOptions {
  readonly clipboard?: boolean;
  readonly clipRoute?: ClipRoute;
  readonly screenReader?: boolean;
  /** Widest line of the reader's text, in columns (`--measure`). */
  readonly measure?: number;
  readonly clock?: NoteClock;
}

const REAL_CLOCK: NoteClock = { now: () => new Date().toISOString(), newId: () => randomUUID() };

export function initialState(size: Size, options: StartOptions = {}): State {
  return {
    size,
    pane: "report",
    help: null,
    history: HISTORY_START,
    recall: RECALL_START,
    marks: {},
    notice: null,
    clipboard: options.clipboard ?? true,
    clipRoute: options.clipRoute ?? "terminal",
    screenReader: options.screenReader ?? false,
    report: options.measure === undefined ? REPORT_START : { ...REPORT_START, measure: options.measure },
    data: DATA_START,
    charts: CHARTS_START,
    glossary: GLOSSARY_START,
    search: SEARCH_START,
    notebook: NOTEBOOK_START,
    notes: NOTEBOOK_START.notes,
    saving: { unsaved: [], problem: null },
    editor: null,
    clock: options.clock ?? REAL_CLOCK,
  };
}
