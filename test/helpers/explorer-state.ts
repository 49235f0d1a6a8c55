// Drives the explorer's pure update with the KeyEvents its input layer (source/input/) decodes,
// without rendering: for reducer-level tests and the fuzz.
import type { Action } from "../../source/app/actions";
import type { Context } from "../../source/app/context";
import type { Effect } from "../../source/app/effects";
import type { State } from "../../source/app/state";
import { applyKeyEvent, type Step, update } from "../../source/app/update";
import type { KeyEvent } from "../../source/input/key-event";

/** The state after one action (its effects dropped). */
export const reduce = (state: State, action: Action): State => update(state, action).state;

/** A named key as the decoder reports it ("ctrl-t", "escape", "!"). */
export const key = (name: string): KeyEvent => ({ kind: "key", key: name });
/** A bracketed paste. */
export const paste = (text: string): KeyEvent => ({ kind: "paste", text });

/** The special keys `press` and `keys` take by name. */
export const KEY = {
  down: key("down"),
  up: key("up"),
  enter: key("enter"),
  escape: key("escape"),
  tab: key("tab"),
  backtab: key("backtab"),
  pageDown: key("pagedown"),
  backspace: key("backspace"),
  ctrlB: key("ctrl-b"),
  ctrlC: key("ctrl-c"),
  ctrlD: key("ctrl-d"),
  ctrlF: key("ctrl-f"),
  ctrlO: key("ctrl-o"),
  ctrlR: key("ctrl-r"),
  ctrlU: key("ctrl-u"),
  ctrlZ: key("ctrl-z"),
} as const;

/** Feeds keys by name or as text (a string is a chunk of text: each character a key outside a text
 * box); returns the last state and every effect asked for on the way. */
export function press(state: State, ...inputs: (string | keyof typeof KEY)[]): Step {
  const effects: Effect[] = [];
  let s = state;
  for (const k of inputs) {
    const step = applyKeyEvent(s, k in KEY ? KEY[k as keyof typeof KEY] : { kind: "text", text: k });
    s = step.state;
    effects.push(...step.effects);
  }
  return { state: s, effects };
}

export const keys = (state: State, ...inputs: (string | keyof typeof KEY)[]): State => press(state, ...inputs).state;

/** Whether the keys ask the explorer to quit. */
export const quits = (state: State, ...inputs: (string | keyof typeof KEY)[]): boolean =>
  press(state, ...inputs).effects.some((e) => e.type === "quit");

/** Feeds decoded events (a string is a chunk of text) and returns the last state and every effect. */
export function send(state: State, ...events: (string | KeyEvent)[]): Step {
  const effects: Effect[] = [];
  let s = state;
  for (const e of events) {
    const step = applyKeyEvent(s, typeof e === "string" ? { kind: "text", text: e } : e);
    s = step.state;
    effects.push(...step.effects);
  }
  return { state: s, effects };
}

/** Keys that reach each context of the keymap from the start, at every size the tests use (the
 * editor's last key clears the notice that adding a note leaves on the status line). */
export const CONTEXT_KEYS: Readonly<Record<Context, readonly string[]>> = {
  help: ["?"],
  input: ["5"],
  goto: ["enter", ":"],
  "report.toc": [],
  "report.reader": ["enter"],
  "report.overlay": ["j", "j", "enter", "l", "enter"],
  "report.pending": ["enter", "m"],
  data: ["2"],
  charts: ["3"],
  "charts.chart": ["3", "enter"],
  "glossary.list": ["4", "escape"],
  "glossary.detail": ["4", "sfss", "enter"],
  search: ["5", "法院", "escape"],
  "report.visual": ["enter", "v"],
  editor: ["a", "x"],
  notebook: ["6"],
};
