// Ink's way of reporting a key (flags and a string), for tests written in those terms; the explorer
// itself reads keys with its own input layer (source/input/) and speaks KeyEvents.
import type { KeyEvent, KeyName } from "../../source/input/key-event";

/** The subset of Ink's Key this module reads. */
export interface KeyFlags {
  readonly upArrow?: boolean;
  readonly downArrow?: boolean;
  readonly leftArrow?: boolean;
  readonly rightArrow?: boolean;
  readonly pageUp?: boolean;
  readonly pageDown?: boolean;
  readonly home?: boolean;
  readonly end?: boolean;
  readonly return?: boolean;
  readonly escape?: boolean;
  readonly tab?: boolean;
  readonly shift?: boolean;
  readonly backspace?: boolean;
  readonly delete?: boolean;
  readonly ctrl?: boolean;
  readonly meta?: boolean;
}

/** Names a special key from Ink's flags, or null when the event is (possibly pasted) text. */
function specialKey(input: string, key: KeyFlags): KeyName | null {
  if (key.upArrow) return "up";
  if (key.downArrow) return "down";
  if (key.leftArrow) return "left";
  if (key.rightArrow) return "right";
  if (key.pageUp) return "pageup";
  if (key.pageDown) return "pagedown";
  if (key.home) return "home";
  if (key.end) return "end";
  if (key.return) return "enter";
  if (key.tab) return key.shift ? "backtab" : "tab";
  // Most terminals send DEL (0x7f) for Backspace, which Ink reports as "delete".
  if (key.backspace || key.delete) return "backspace";
  if (key.escape) return "escape";
  if (key.ctrl) return `ctrl-${input}`;
  if (key.meta) return `meta-${input}`;
  return null;
}

/** One Ink input event: a special key, or a chunk of text (typing, a paste, an IME commit). */
export function keyEvent(input: string, key: KeyFlags): KeyEvent {
  const special = specialKey(input, key);
  return special === null ? { kind: "text", text: input } : { kind: "key", key: special };
}
