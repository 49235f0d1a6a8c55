// What the terminal's input means, once its bytes are parsed: a named key, or text. The keymap maps
// key names to actions; text is typed into a box (or, outside one, read character by character as keys).

/** Key names: a printable character as itself, or one of these. */
export type KeyName =
  | "up"
  | "down"
  | "left"
  | "right"
  | "pageup"
  | "pagedown"
  | "home"
  | "end"
  | "enter"
  | "escape"
  | "tab"
  | "backtab"
  | "backspace"
  | "delete"
  | "space"
  | (string & {});

export type KeyEvent =
  /** One key: a named key, a control chord ("ctrl-u"), or one printable character typed alone. */
  | { readonly kind: "key"; readonly key: KeyName }
  /** Printable text that arrived in one read (fast typing, an IME commit): each character is a key
   * outside a text box, and typed inside one. */
  | { readonly kind: "text"; readonly text: string }
  /** A bracketed paste: always text, never keys (a pasted newline is a space, never Enter). */
  | { readonly kind: "paste"; readonly text: string };
