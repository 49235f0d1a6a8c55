// What an update asks the shell to do besides changing the state: the explorer carries these out
// (source/app/before-ink.ts until Ink has loaded, then the App), so the update stays pure and
// testable, and nothing reaches the outside world through state or globals.
export type Effect =
  /** Leave the explorer. */
  | { readonly type: "quit" }
  /** Give the terminal back to the shell until `fg` (C-z). */
  | { readonly type: "suspend" }
  /** Put text on the user's clipboard (OSC 52). */
  | { readonly type: "copy"; readonly text: string };

/** What the explorer asks of the world around it. */
export interface Shell {
  /** C-z: stop until `fg`. */
  suspend(): void;
  /** Put text on the user's clipboard. */
  copy(text: string): void;
  /** Calls `listener` whenever the screen came back empty (after a stop); returns the unsubscribe. */
  onResume(listener: () => void): () => void;
}

/** Carries out one effect: through the shell, or by `quit` for a quit. */
export function carryOut(effect: Effect, shell: Shell, quit: () => void): void {
  if (effect.type === "quit") quit();
  else if (effect.type === "suspend") shell.suspend();
  else shell.copy(effect.text);
}
