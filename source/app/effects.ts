// What an update asks the shell to do besides changing the state: the App carries these out, so the
// update stays pure and testable, and nothing reaches the outside world through state or globals.
export type Effect =
  /** Leave the explorer. */
  | { readonly type: "quit" }
  /** Give the terminal back to the shell until `fg` (C-z). */
  | { readonly type: "suspend" }
  /** Put text on the user's clipboard (OSC 52). */
  | { readonly type: "copy"; readonly text: string };
