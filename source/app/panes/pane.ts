// What every pane is: a slice of state, the context its keys are looked up in, a pure update and a
// pure view. A pane never reaches into another's state: to show something elsewhere it returns an
// Intent, which the root update carries out.
import type { Tag } from "../../notes/note";
import type { Clippable } from "../../output/clip";
import type { Size } from "../../terminal/size";
import type { Action } from "../actions";
import type { Context } from "../context";
import type { Line } from "../ui/styled";
import type { Bound } from "../widgets/bounds";
import type { Anchor } from "./report/model";

/** A request to another pane, or to the root (marks live there, beside the history). */
export type Intent =
  /** `m<letter>`: remember this place of the report. */
  | { readonly type: "setMark"; readonly name: string; readonly anchor: Anchor }
  /** Open 报告 at a section's heading (a search hit in a title). */
  | { readonly type: "openSection"; readonly sectionId: string }
  /** `'<letter>`: go back to a remembered place. */
  | { readonly type: "toMark"; readonly name: string }
  /**
   * Open 报告 at a paragraph, with a span of it highlighted (a figure's quote, a match) or none, and
   * the query that found it (if any) left active in the reader's find.
   */
  | {
      readonly type: "openParagraph";
      readonly paragraphId: string;
      readonly span: OffsetRange | null;
      readonly query?: string;
    }
  /** Look the query up in 搜索, over the whole report (a glossary miss: 司法救助 is no term but is in 2.3.p1). */
  | { readonly type: "searchFor"; readonly query: string }

  /** A change to a note; the root stamps its time, keeps it in State.notes and sends it to the store. */
  | { readonly type: "note"; readonly change: NoteChange }
  /** Open the comment editor of a note. */
  | { readonly type: "editNote"; readonly id: string }
  /** The notes as a draft, to a new file or the clipboard. */
  | { readonly type: "draft"; readonly to: "file" | "clipboard" }
  /** 笔记, showing the notes of one paragraph. */
  | { readonly type: "notesOf"; readonly paragraphId: string };

/** A NoteOp without its time. */
export type NoteChange =
  | { readonly op: "tag"; readonly id: string; readonly tag: Tag | null }
  | { readonly op: "move"; readonly id: string; readonly rank: number }
  | { readonly op: "delete"; readonly id: string }
  | { readonly op: "restore"; readonly id: string };

/** [start, end) in UTF-16 offsets of a paragraph's text. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

export interface PaneStep<S> {
  readonly slice: S;
  readonly intent?: Intent;
  /** One line for the status line: a wrap, a goto to nothing, a mark never set. */
  readonly notice?: string;
  /** The view moved to another place (a goto, a mark, a find in another section): the place before
   * goes into the history. */
  readonly leftPlace?: boolean;
  /** The place the jump left, when it is not the slice before this action (a find or a goto records
   * the pane as it was before its prompt opened). */
  readonly from?: S;
}

/** A pane's status line that the frame draws rather than the pane: in the tab bar, or on a short
 * terminal in the one bar that also holds the keys. */
export interface PaneStatus {
  readonly where: "header" | "bar";
  /** The status in `columns`. */
  readonly line: (columns: number) => Line;
}

export interface Pane<S> {
  /** Where the keyboard is inside the pane: decides which bindings apply. */
  context(slice: S): Context;
  update(slice: S, action: Action, size: Size): PaneStep<S>;
  /** At most the body's height of lines, none wider than the terminal. */
  view(slice: S, size: Size): Line[];
  /** The same content for a screen reader: plain lines in reading order, the selection first. */
  screenReader(slice: S, size: Size): Line[];
  /** The slice at a new terminal size (scroll positions kept within bounds, anchors kept). */
  resize(slice: S, from: Size, to: Size): S;
  /** The slice when its tab is opened. */
  enter(slice: S): S;
  /** Where the pane's status goes when the pane does not draw it itself (null: it does, or has none). */
  status?(slice: S, size: Size): PaneStatus | null;
  /** What y / Y copy: the item under the selection, or null when there is none. */
  selection(slice: S, size: Size): Clippable | null;
  /** Every selection, scroll and cursor of the slice with the range its update keeps it in. */
  bounds(slice: S, size: Size): readonly Bound[];
}

export const stay = <S>(slice: S): PaneStep<S> => ({ slice });
