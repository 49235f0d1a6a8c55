// The root update: State × Action → Step, pure. It handles what belongs to no pane (the terminal's
// size, the tabs, the help, quitting, the history of jumps, the marks, the one-line notice) and
// routes everything else to the active pane, carrying out the intents a pane returns (open 报告 at a
// paragraph, set or return to a mark). Effects come back as values for the App.
import type { KeyEvent } from "../input/key-event";
import { type ClipFormat, clipName, clipText } from "../output/clip";
import { CLIP_LIMIT, copyNotice, utf8Length } from "../output/osc52";
import type { Size } from "../terminal/size";
import type { Action } from "./actions";
import { contextOf, isBox } from "./context";
import type { Effect } from "./effects";
import { HELP_CLOSED, openHelp, resizeHelp, updateHelp } from "./help";
import { type Place, recordJump, swapLast, travel } from "./history";
import { actionForKey } from "./keymap";
import { PANE_MODULES } from "./panes/index";
import type { Intent, PaneStep } from "./panes/pane";
import { findAgain, gotoAnchor, openParagraph, openSection } from "./panes/report/update";
import { searchFor } from "./panes/search/update";
import { type FocusedBox, recallStep, remember } from "./recall";
import { PANES, type PaneId, type PaneStates, type State } from "./state";

export interface Step {
  readonly state: State;
  readonly effects: readonly Effect[];
}

const NONE: readonly Effect[] = [];
const done = (state: State): Step => ({ state, effects: NONE });

export function update(state: State, action: Action): Step {
  if (action.type === "resize") return done(resize(state, action.size));
  // A notice lasts until the next key.
  const s = state.notice === null ? state : { ...state, notice: null };
  const box = focusedBox(s);
  if (box && action.type === "move") {
    const recalled = recallStep(s.recall, box, action.delta);
    if (recalled) return done(typeInto({ ...s, recall: recalled.recall }, recalled.text));
  }
  const walked = s.recall.browsing === null ? s : { ...s, recall: { ...s.recall, browsing: null } };
  const step = act(walked, action);
  // A query left in its box (Enter, Esc, a jump, another pane) is kept for Up to recall.
  if (!box || focusedBox(step.state)?.id === box.id) return step;
  return { ...step, state: { ...step.state, recall: remember(step.state.recall, box.id, box.input.text) } };
}

/** The focused query box, if any (see recall.ts). */
function focusedBox(state: State): FocusedBox | null {
  if (state.help.open) return state.help.filter.focused ? { id: "help", input: state.help.filter, atTop: true } : null;
  const { report, data, glossary, search } = state;
  switch (state.pane) {
    case "report":
      if (report.find.focused) return { id: "find", input: report.find, atTop: true };
      return report.goto.focused ? { id: "goto", input: report.goto, atTop: true } : null;
    case "data":
      return data.filter.focused ? { id: "filter", input: data.filter, atTop: data.list.selected === 0 } : null;
    case "glossary":
      return glossary.query.focused
        ? { id: "glossary", input: glossary.query, atTop: glossary.list.selected === 0 }
        : null;
    case "search":
      return search.query.focused ? { id: "search", input: search.query, atTop: search.list.selected === 0 } : null;
    default:
      return null;
  }
}

/** The focused box's text replaced, through the box's own editing, so its results follow. */
function typeInto(state: State, text: string): State {
  const edits: Action[] = [
    { type: "edit", op: "end" },
    { type: "edit", op: "deleteToStart" },
  ];
  if (text !== "") edits.push({ type: "type", text });
  return edits.reduce((s, a) => act(s, a).state, state);
}

function act(state: State, action: Action): Step {
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
    case "history":
      return done(goBack(state, action.delta));
  }
  if (state.help.open) return done({ ...state, help: updateHelp(state.help, action, state.size) });
  // n / N with no find, as less after a restart: the last find again, from the top of the screen.
  const lastFind = state.recall.queries.find?.at(-1);
  if (action.type === "findNext" && lastFind && contextOf(state) === "report.reader" && state.report.find.text === "")
    return done(afterPaneStep(state, "report", findAgain(state.report, state.size, lastFind, action.delta)));
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
    return isBox(contextOf(state)) ? update(state, { type: "type", text: event.text }) : done(state);
  }
  let s = state;
  const effects: Effect[] = [];
  const chars = [...event.text];
  for (let i = 0; i < chars.length; i++) {
    if (isBox(contextOf(s))) {
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

/** What y / Y would copy in a pane now (null: nothing). */
export function selection<K extends PaneId>(state: State, pane: K) {
  return PANE_MODULES[pane].selection(state[pane], state.size);
}

function copy(state: State, format: ClipFormat): Step {
  const item = selection(state, state.pane);
  const text = item ? clipText(item, format) : null;
  const notice = (line: string): Step => done({ ...state, notice: line });
  if (text === null) return notice("这里没有可复制的内容");
  if (!state.clipboard) return notice("剪贴板已关闭（--no-clipboard）");
  if (utf8Length(text) > CLIP_LIMIT) return notice("内容超过 100 KB，终端不接受，未复制");
  const what = format === "markdown" ? "Markdown，" : "";
  return {
    state: { ...state, notice: copyNotice(clipName(item!) ?? "", [...text].length, what, state.clipRoute) },
    effects: [{ type: "copy", text }],
  };
}

function openPane(state: State, pane: PaneId): State {
  return { ...state, pane, help: HELP_CLOSED, [pane]: enter(state, pane) };
}

function enter<K extends PaneId>(state: State, pane: K): PaneStates[K] {
  return PANE_MODULES[pane].enter(state[pane]);
}

const placeOf = <K extends PaneId>(state: State, pane: K, slice: PaneStates[K]): Place =>
  ({ pane, slice, size: state.size }) as Place;

const here = (state: State): Place => placeOf(state, state.pane, state[state.pane]);

function updatePane<K extends PaneId>(state: State, pane: K, action: Action): State {
  return afterPaneStep(state, pane, PANE_MODULES[pane].update(state[pane], action, state.size));
}

function afterPaneStep<K extends PaneId>(state: State, pane: K, step: PaneStep<PaneStates[K]>): State {
  let next: State = step.slice === state[pane] ? state : { ...state, [pane]: step.slice };
  if (step.notice) next = { ...next, notice: step.notice };
  // A jump inside the pane records where the view was before it.
  if (step.jumped)
    next = { ...next, history: recordJump(next.history, placeOf(state, pane, step.from ?? state[pane])) };
  return step.intent ? carryOut(next, step.intent) : next;
}

function carryOut(state: State, intent: Intent): State {
  switch (intent.type) {
    case "openParagraph": {
      const recorded = { ...state, history: recordJump(state.history, here(state)) };
      const opened = openPane(recorded, "report");
      const { paragraphId, span, query } = intent;
      return { ...opened, report: openParagraph(opened.report, state.size, paragraphId, span, query) };
    }
    case "searchFor": {
      const recorded = { ...state, history: recordJump(state.history, here(state)) };
      return { ...openPane(recorded, "search"), search: searchFor(intent.query) };
    }
    case "openSection": {
      const recorded = { ...state, history: recordJump(state.history, here(state)) };
      const opened = openPane(recorded, "report");
      return { ...opened, report: openSection(opened.report, state.size, intent.sectionId) };
    }
    case "setMark":
      return {
        ...state,
        marks: { ...state.marks, [intent.name]: intent.anchor },
        notice: `已设标记 ${intent.name}（按 '${intent.name} 回到这里）`,
      };
    case "toMark": {
      if (intent.name === "'") return toggleLast(state);
      const anchor = state.marks[intent.name];
      if (!anchor) return { ...state, notice: `标记 ${intent.name} 未设置（先按 m${intent.name}）` };
      const recorded = { ...state, history: recordJump(state.history, here(state)) };
      return { ...recorded, report: gotoAnchor(state.report, state.size, anchor) };
    }
  }
}

/** `''` (as in less): to the place before the last jump, which becomes the place to come back to. */
function toggleLast(state: State): State {
  const moved = swapLast(state.history, here(state));
  if (!moved) return { ...state, notice: "没有上一个位置：还没有跳转过" };
  return { ...restore(state, moved.place), history: moved.history, help: HELP_CLOSED };
}

/** Back (-1) or forward (+1) through the history: the pane and its slice as they were. */
function goBack(state: State, delta: 1 | -1): State {
  const moved = travel(state.history, here(state), delta);
  if (!moved) return { ...state, notice: delta < 0 ? "没有可以返回的位置" : "没有可以前进的位置" };
  return { ...restore(state, moved.place), history: moved.history, help: HELP_CLOSED };
}

/** A place put back: its pane active, its slice laid out for today's size. */
function restore(state: State, place: Place): State {
  const { pane, slice, size } = place as { pane: PaneId; slice: PaneStates[PaneId]; size: Size };
  return { ...state, pane, [pane]: size === state.size ? slice : refit(pane, slice, size, state.size) };
}

function refit<K extends PaneId>(pane: K, slice: PaneStates[K], from: Size, to: Size): PaneStates[K] {
  return PANE_MODULES[pane].resize(slice, from, to);
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
