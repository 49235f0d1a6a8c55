// The root update: State × Action → Step, pure. It handles what belongs to no pane (the terminal's
// size, the tabs, the help, quitting) and routes everything else to the active pane, carrying out
// the intents a pane returns (open 报告 at a paragraph). Effects come back as values for the App.
import type { KeyEvent } from "../input/key-event";
import { type ClipFormat, clipText } from "../output/clip";
import { CLIP_LIMIT, utf8Length } from "../output/osc52";
import type { Size } from "../terminal/size";
import type { Action } from "./actions";
import { contextOf } from "./context";
import type { Effect } from "./effects";
import { HELP_CLOSED, openHelp, resizeHelp, updateHelp } from "./help";
import { actionForKey } from "./keymap";
import { PANE_MODULES } from "./panes/index";
import type { Intent } from "./panes/pane";
import { openParagraph } from "./panes/report/update";
import { PANES, type PaneId, type PaneStates, type State } from "./state";

export interface Step {
  readonly state: State;
  readonly effects: readonly Effect[];
}

const NONE: readonly Effect[] = [];
const done = (state: State): Step => ({ state, effects: NONE });

export function update(previous: State, action: Action): Step {
  if (action.type === "resize") return done(resize(previous, action.size));
  // A notice lasts until the next key.
  const state = previous.notice === null ? previous : { ...previous, notice: null };
  switch (action.type) {
    case "copy":
      return copy(state, action.format);
    case "quit":
      return { state, effects: [{ type: "quit" }] };
    case "suspend":
      return { state, effects: [{ type: "suspend" }] };
    case "help":
      return done({ ...state, help: state.help.open ? HELP_CLOSED : openHelp(contextOf(state)) });
    case "pane":
      return done(openPane(state, action.pane));
    case "cyclePane": {
      const i = PANES.findIndex((p) => p.id === state.pane);
      return done(openPane(state, PANES[(i + action.delta + PANES.length) % PANES.length]!.id));
    }
  }
  if (state.help.open) return done({ ...state, help: updateHelp(state.help, action, state.size) });
  return done(updatePane(state, state.pane, action));
}

/**
 * Applies one input event. Outside a text box each character of a text event is a key; once a key
 * focuses a box ("/"), the rest of the text is typed into it. A paste is only ever typed.
 */
export function applyKeyEvent(state: State, event: KeyEvent): Step {
  if (event.kind === "key") {
    const action = actionForKey(state, event.key);
    return action ? update(state, action) : done(state);
  }
  if (event.kind === "paste") {
    return contextOf(state) === "input" ? update(state, { type: "type", text: event.text }) : done(state);
  }
  let s = state;
  const effects: Effect[] = [];
  const chars = [...event.text];
  for (let i = 0; i < chars.length; i++) {
    if (contextOf(s) === "input") {
      const step = update(s, { type: "type", text: chars.slice(i).join("") });
      return { state: step.state, effects: [...effects, ...step.effects] };
    }
    const action = actionForKey(s, chars[i]!);
    if (!action) continue;
    const step = update(s, action);
    s = step.state;
    effects.push(...step.effects);
    if (effects.some((e) => e.type === "quit")) break;
  }
  return { state: s, effects };
}

function selection<K extends PaneId>(state: State, pane: K) {
  return PANE_MODULES[pane].selection(state[pane], state.size);
}

function copy(state: State, format: ClipFormat): Step {
  const item = selection(state, state.pane);
  const text = item ? clipText(item, format) : null;
  const notice = (line: string): Step => done({ ...state, notice: line });
  if (text === null) return notice("这里没有可复制的内容");
  if (!state.clipboard) return notice("剪贴板已关闭（--no-clipboard）");
  if (utf8Length(text) > CLIP_LIMIT) return notice("内容超过 100 KB，终端不接受，未复制");
  const what = format === "markdown" ? "Markdown" : "文字";
  return {
    state: { ...state, notice: `已发送到剪贴板（终端需支持 OSC 52）：${[...text].length}字${what}` },
    effects: [{ type: "copy", text }],
  };
}

function openPane(state: State, pane: PaneId): State {
  return { ...state, pane, help: HELP_CLOSED, [pane]: enter(state, pane) };
}

function enter<K extends PaneId>(state: State, pane: K): PaneStates[K] {
  return PANE_MODULES[pane].enter(state[pane]);
}

function updatePane<K extends PaneId>(state: State, pane: K, action: Action): State {
  const step = PANE_MODULES[pane].update(state[pane], action, state.size);
  const next: State = step.slice === state[pane] ? state : { ...state, [pane]: step.slice };
  return step.intent ? carryOut(next, step.intent) : next;
}

function carryOut(state: State, intent: Intent): State {
  switch (intent.type) {
    case "openParagraph": {
      const opened = openPane(state, "report");
      return { ...opened, report: openParagraph(opened.report, state.size, intent.paragraphId, intent.span) };
    }
  }
}

function resizePane<K extends PaneId>(state: State, pane: K, from: Size, to: Size): PaneStates[K] {
  return PANE_MODULES[pane].resize(state[pane], from, to);
}

/** A new size: the reader keeps its top paragraph and offset; lists keep their selection in view. */
function resize(state: State, size: Size): State {
  if (size.columns === state.size.columns && size.rows === state.size.rows) return state;
  const from = state.size;
  return {
    ...state,
    size,
    help: resizeHelp(state.help, size),
    report: resizePane(state, "report", from, size),
    data: resizePane(state, "data", from, size),
    charts: resizePane(state, "charts", from, size),
    glossary: resizePane(state, "glossary", from, size),
    search: resizePane(state, "search", from, size),
  };
}
