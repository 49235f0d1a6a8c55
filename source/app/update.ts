// The root update: State × Action → Step, pure. It handles what belongs to no pane (the terminal's
// size, the tabs, the help, quitting, the history of jumps, the marks, the one-line notice) and
// routes everything else to the active pane, carrying out the intents a pane returns (open 报告 at a
// paragraph, set or return to a mark). Effects come back as values for the App.
import type { KeyEvent } from "../input/key-event";
import { applyOp, liveNotes, type Note, type NoteOp } from "../notes/note";
import { noteName, noteOf } from "../notes/note-of";
import { type ClipFormat, clipName, clipText } from "../output/clip";
import { CLIP_LIMIT, copyNotice, utf8Length } from "../output/osc52";
import type { Size } from "../terminal/size";
import type { Action, SaveResult } from "./actions";
import { type Context, isBox } from "./context";
import { contextOf } from "./context-of";
import { openEditor, updateEditor } from "./editor";
import { SAVED, saveStatus } from "./editor-lines";
import type { Effect } from "./effects";
import { resizeHelp, updateHelp } from "./help";
import { openHelp } from "./help-state";
import { type Place, recordVisit, swapLast, travel } from "./history";
import { actionForKey } from "./keymap";
import type { PaneStates } from "./pane-states";
import { PANE_MODULES } from "./panes/index";
import { nextTag } from "./panes/notebook/model";
import { selectNote, withNotes } from "./panes/notebook/update";
import type { Intent, NoteChange, PaneStep } from "./panes/pane";
import { findAgain, gotoAnchor, openParagraph, openSection } from "./panes/report/update";
import { searchFor } from "./panes/search/update";
import { type FocusedBox, recallStep, remember } from "./recall";
import { PANES, type PaneId, type State } from "./state";

export interface Step {
  readonly state: State;
  readonly effects: readonly Effect[];
}

const NONE: readonly Effect[] = [];
const done = (state: State): Step => ({ state, effects: NONE });

/** Actions that come from the world, not a key: they leave the notice alone. */
const UNKEYED = new Set<Action["type"]>(["resize", "notesOpened", "notesSaved", "draftDone"]);

export function update(state: State, action: Action): Step {
  if (action.type === "resize") return done(resize(state, action.size));
  if (UNKEYED.has(action.type)) return act(state, action);
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
  if (state.help) return state.help.filter.focused ? { id: "help", input: state.help.filter, atTop: true } : null;
  const { report, data, glossary, search, notebook } = state;
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
    case "notebook":
      return notebook.query.focused
        ? { id: "notes", input: notebook.query, atTop: notebook.list.selected === 0 }
        : null;
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
      return done({ ...state, help: state.help ? null : openHelp(contextOf(state)) });
    case "pane":
      return done(openPane(state, action.pane));
    case "cyclePane": {
      const i = PANES.findIndex((p) => p.id === state.pane);
      return done(openPane(state, PANES[(i + action.delta + PANES.length) % PANES.length]!.id));
    }
    case "history":
      return done(travelHistory(state, action.delta));
    case "notesOpened":
      return done(opened(state, action.notes, action.problem));
    case "notesSaved":
      return done(saved(state, action.result, action.ops));
    case "draftDone":
      return done({ ...state, notice: action.message });
  }
  if (state.editor) return editorStep(state, action);
  if (state.help) return done({ ...state, help: updateHelp(state.help, action, state.size) });
  // n / N with no find, as less after a restart: the last find again, from the top of the screen.
  const lastFind = state.recall.queries.find?.at(-1);
  if (action.type === "findNext" && lastFind && contextOf(state) === "report.reader" && state.report.find.text === "")
    return afterPaneStep(state, "report", findAgain(state.report, state.size, lastFind, action.delta));
  if (action.type === "addNote") return addNote(state);
  return updatePane(state, state.pane, action);
}

/** Where text is typed rather than read as keys. */
const typing = (c: Context): boolean => isBox(c) || c === "editor";

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
    return typing(contextOf(state)) ? update(state, { type: "type", text: event.text }) : done(state);
  }
  let s = state;
  const effects: Effect[] = [];
  const chars = [...event.text];
  for (let i = 0; i < chars.length; i++) {
    if (typing(contextOf(s))) {
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
  return { ...state, pane, help: null, [pane]: enter(state, pane) };
}

function enter<K extends PaneId>(state: State, pane: K): PaneStates[K] {
  return PANE_MODULES[pane].enter(state[pane]);
}

const placeOf = <K extends PaneId>(state: State, pane: K, slice: PaneStates[K]): Place =>
  ({ pane, slice, size: state.size }) as Place;

const here = (state: State): Place => placeOf(state, state.pane, state[state.pane]);

function updatePane<K extends PaneId>(state: State, pane: K, action: Action): Step {
  return afterPaneStep(state, pane, PANE_MODULES[pane].update(state[pane], action, state.size));
}

function afterPaneStep<K extends PaneId>(state: State, pane: K, step: PaneStep<PaneStates[K]>): Step {
  let next: State = step.slice === state[pane] ? state : { ...state, [pane]: step.slice };
  if (step.notice) next = { ...next, notice: step.notice };
  // A jump inside the pane records where the view was before it.
  if (step.leftPlace)
    next = { ...next, history: recordVisit(next.history, placeOf(state, pane, step.from ?? state[pane])) };
  if (!step.intent) return done(next);
  return step.intent.type === "note" || step.intent.type === "draft" || step.intent.type === "editNote"
    ? notesIntent(next, step.intent)
    : done(applyIntent(next, step.intent));
}

function applyIntent(state: State, intent: Intent): State {
  switch (intent.type) {
    case "notesOf": {
      const notebook = { ...state.notebook, paragraph: intent.paragraphId, list: { selected: 0, top: 0 } };
      return openPane({ ...state, notebook }, "notebook");
    }
    case "note":
    case "draft":
    case "editNote":
      return state;
    case "openParagraph": {
      const recorded = { ...state, history: recordVisit(state.history, here(state)) };
      const opened = openPane(recorded, "report");
      const { paragraphId, span, query } = intent;
      return { ...opened, report: openParagraph(opened.report, state.size, paragraphId, span, query) };
    }
    case "searchFor": {
      const recorded = { ...state, history: recordVisit(state.history, here(state)) };
      return { ...openPane(recorded, "search"), search: searchFor(intent.query) };
    }
    case "openSection": {
      const recorded = { ...state, history: recordVisit(state.history, here(state)) };
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
      const recorded = { ...state, history: recordVisit(state.history, here(state)) };
      return { ...recorded, report: gotoAnchor(state.report, state.size, anchor) };
    }
  }
}

/** `''` (as in less): to the place before the last jump, which becomes the place to come back to. */
function toggleLast(state: State): State {
  const moved = swapLast(state.history, here(state));
  if (!moved) return { ...state, notice: "没有上一个位置：还没有跳转过" };
  return { ...restore(state, moved.place), history: moved.history, help: null };
}

/** Back (-1) or forward (+1) through the history: the pane and its slice as they were. */
function travelHistory(state: State, delta: 1 | -1): State {
  const moved = travel(state.history, here(state), delta);
  if (!moved) return { ...state, notice: delta < 0 ? "没有可以返回的位置" : "没有可以前进的位置" };
  return { ...synced(restore(state, moved.place), state.notes), history: moved.history, help: null };
}

/** A place put back: its pane active, its slice laid out for today's size. */
function restore(state: State, place: Place): State {
  const { pane, slice, size } = place as { pane: PaneId; slice: PaneStates[PaneId]; size: Size };
  return { ...state, pane, [pane]: size === state.size ? slice : refit(pane, slice, size, state.size) };
}

function refit<K extends PaneId>(pane: K, slice: PaneStates[K], from: Size, to: Size): PaneStates[K] {
  return PANE_MODULES[pane].resize(slice, from, to);
}

/** A new size: the reader keeps its top paragraph and offset; lists keep their selection in view. */
function resize(state: State, size: Size): State {
  if (size.columns === state.size.columns && size.rows === state.size.rows) return state;
  // Every pane of the table, so a new pane is resized without being named here.
  const slices = Object.fromEntries(PANES.map(({ id }) => [id, refit(id, state[id], state.size, size)]));
  return { ...state, ...(slices as unknown as PaneStates), size, help: state.help && resizeHelp(state.help, size) };
}

/** The notes, and the slices that show them (笔记's list, the reader's margin marks), in step. A
 * comment (`kept`) changes neither which paragraphs have notes, nor, unless a filter searches the
 * notes' words, what 笔记 lists: typing a comment recounts nothing. */
function synced(state: State, notes: readonly Note[], kept = false): State {
  if (kept && state.notebook.query.text === "") return { ...state, notes, notebook: { ...state.notebook, notes } };
  const noted = kept ? state.report.noted : notedParagraphs(notes, state.report.noted);
  const notebook = withNotes(state.notebook, notes, state.size);
  const report = noted === state.report.noted ? state.report : { ...state.report, noted };
  return { ...state, notes, notebook, report };
}

/** How many live notes quote each paragraph; the previous value when nothing changed (typing a comment). */
function notedParagraphs(
  notes: readonly Note[],
  before: Readonly<Record<string, number>>,
): Readonly<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const n of liveNotes(notes)) {
    for (const p of new Set(n.quotes.map((q) => q.paragraph))) counts[p] = (counts[p] ?? 0) + 1;
  }
  const keys = Object.keys(counts);
  const same = keys.length === Object.keys(before).length && keys.every((k) => before[k] === counts[k]);
  return same ? before : counts;
}

/** A change made here: in the notes at once, queued as unsaved, and sent to the store. */
function applyNote(state: State, op: NoteOp): Step {
  const next = synced(state, applyOp(state.notes, op), op.op === "comment");
  return {
    state: { ...next, saving: { ...state.saving, unsaved: [...state.saving.unsaved, op] } },
    effects: [{ type: "note", op }],
  };
}

const stamped = (change: NoteChange, at: string): NoteOp => ({ ...change, at }) as NoteOp;

/** The notebook as the store read it; changes made before it came are replayed on it. */
function opened(state: State, notes: readonly Note[], problem: string | null): State {
  const next = synced(state, state.saving.unsaved.reduce(applyOp, notes));
  return { ...next, saving: { ...state.saving, problem }, ...(problem ? { notice: problem } : {}) };
}

/** The store's answer for the oldest `ops` changes: its notes (another explorer's merged in), with the
 * changes still on their way replayed on top; or why it could not save (the notes stay here). */
function saved(state: State, result: SaveResult, ops: number): State {
  const unsaved = state.saving.unsaved.slice(ops);
  if (!result.ok) {
    const problem = `笔记未能保存：${result.message}`;
    return { ...state, saving: { unsaved, problem }, notice: problem };
  }
  const next = synced(state, unsaved.reduce(applyOp, result.notes));
  const added = state.notice?.startsWith(ADDED) && !state.notice.endsWith(SAVED);
  return {
    ...next,
    saving: { unsaved, problem: null },
    ...(added && unsaved.length === 0 ? { notice: `${state.notice}，${SAVED}` } : {}),
  };
}

const ADDED = "已加入笔记：";

/** `a`: the item under the selection becomes a note at once, and its comment editor opens. */
function addNote(state: State): Step {
  if (state.pane === "notebook") return done({ ...state, notice: "已在笔记中：按 e 写评论，Enter 在报告中查看" });
  const item = selection(state, state.pane);
  const rank = state.notes.reduce((max, n) => Math.max(max, n.rank), 0) + 1;
  const made = item ? noteOf(item, state.clock.now(), state.clock.newId(), rank) : null;
  if (!made) return done({ ...state, notice: "这里没有可加入笔记的内容" });
  const note: Note = state.pane === "search" && made.kind === "paragraph" ? { ...made, kind: "result" } : made;
  const step = applyNote(state, { op: "add", note });
  const report = step.state.report.visual ? { ...step.state.report, visual: null } : step.state.report;
  const notebook = selectNote(step.state.notebook, note.id, state.size);
  return {
    state: { ...step.state, report, notebook, editor: openEditor(note), notice: `${ADDED}${noteName(note)}` },
    effects: step.effects,
  };
}

/** The comment editor: every change of the text is the note's comment at once; Esc closes it. */
function editorStep(state: State, action: Action): Step {
  const e = state.editor!;
  const note = state.notes.find((n) => n.id === e.noteId);
  const now = state.clock.now();
  if (note && action.type === "cycleTag")
    return applyNote(state, stamped({ op: "tag", id: note.id, tag: nextTag(note.tag) }, now));
  const next = updateEditor(e, action);
  if (next === null)
    return done({
      ...state,
      editor: null,
      notice: note ? `笔记：${noteName(note)}，${saveStatus(state, note.id)}` : null,
    });
  if (next === e) return done(state);
  const withEditor = { ...state, editor: next };
  if (!note || next.comment.text === note.comment) return done(withEditor);
  return applyNote(withEditor, { op: "comment", id: note.id, comment: next.comment.text, at: now });
}

/** 笔记's intents: a change to a note, its editor, a draft. */
function notesIntent(state: State, intent: Extract<Intent, { type: "note" | "draft" | "editNote" }>): Step {
  switch (intent.type) {
    case "note":
      return applyNote(state, stamped(intent.change, state.clock.now()));
    case "editNote": {
      const note = state.notes.find((n) => n.id === intent.id);
      return done(note ? { ...state, editor: openEditor(note) } : state);
    }
    case "draft": {
      const notes = liveNotes(state.notes);
      if (notes.length === 0) return done({ ...state, notice: "还没有笔记可以导出" });
      if (intent.to === "clipboard" && !state.clipboard)
        return done({ ...state, notice: "剪贴板已关闭（--no-clipboard）" });
      return { state, effects: [{ type: "draft", to: intent.to, notes }] };
    }
  }
}
