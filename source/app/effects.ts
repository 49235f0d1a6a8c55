// What an update asks the shell to do besides changing the state: the explorer carries these out
// (source/app/before-ink.ts until Ink has loaded, then the App), so the update stays pure and
// testable, and nothing reaches the outside world through state or globals.
import type { Note, NoteOp } from "../notes/note";
import type { Action } from "./actions";

export type Effect =
  /** Leave the explorer. */
  | { readonly type: "quit" }
  /** Give the terminal back to the shell until `fg` (C-z). */
  | { readonly type: "suspend" }
  /** Put text on the user's clipboard (OSC 52). */
  | { readonly type: "copy"; readonly text: string }
  /** Save one change to the notebook; the store's answer comes back as a `notesSaved` action. */
  | { readonly type: "note"; readonly op: NoteOp }
  /** The notes as a draft (Markdown) to a new file or the clipboard; the outcome comes back as `draftDone`. */
  | { readonly type: "draft"; readonly to: "file" | "clipboard"; readonly notes: readonly Note[] };

/** What the explorer asks of the world around it. */
export interface Shell {
  /** C-z: stop until `fg`. */
  suspend(): void;
  /** Put text on the user's clipboard. */
  copy(text: string): void;
  /** Calls `listener` whenever the screen came back empty (after a stop); returns the unsubscribe. */
  onResume(listener: () => void): () => void;
  /** Queues a change for the notebook; saving happens after the key's frame, never in its way. */
  saveNote(op: NoteOp): void;
  /** Writes or copies a draft of the notes. */
  draft(to: "file" | "clipboard", notes: readonly Note[]): void;
  /** Calls `listener` with each action the world sends back (a save's result); returns the unsubscribe.
   * Actions sent while nobody listens wait for the next listener, in order. */
  onAction(listener: (action: Action) => void): () => void;
}

/** Carries out one effect: through the shell, or by `quit` for a quit. */
export function runEffect(effect: Effect, shell: Shell, quit: () => void): void {
  if (effect.type === "quit") quit();
  else if (effect.type === "suspend") shell.suspend();
  else if (effect.type === "copy") shell.copy(effect.text);
  else if (effect.type === "note") shell.saveNote(effect.op);
  else shell.draft(effect.to, effect.notes);
}

/** A shell that does nothing: for tests and renders without a terminal. */
export const NO_SHELL: Shell = {
  suspend: () => {},
  copy: () => {},
  onResume: () => () => {},
  saveNote: () => {},
  draft: () => {},
  onAction: () => () => {},
};
