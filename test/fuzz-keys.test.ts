// Random key sequences against the explorer: first the pure reducer with every frame it implies
// (fast, most of the steps), then raw byte chunks as a terminal sends them (every CSI/SS3 key form,
// mouse reports, replies, pastes with escapes inside, invalid UTF-8, cut at random points) through
// the real decoder, then the real Ink app rendering to a fake terminal, its keys through the real
// stdin reader.
//
// Steps per run: FUZZ_STEPS (default 5,000 reducer steps and 5,000 byte-chunk keys, plus a tenth as
// many rendered steps).
// The seed is printed; replay a failure with FUZZ_SEED=<seed>. `npm run fuzz` runs 100,000 steps.
import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { glossary, paragraphById } from "../data/index";
import { isBox } from "../source/app/context";
import { contextOf } from "../source/app/context-of";
import { frameLines } from "../source/app/frame";
import { tooSmall } from "../source/app/geometry";
import { helpHeight, helpLines } from "../source/app/help";
import type { PaneStates } from "../source/app/pane-states";
import { entryByNumber } from "../source/app/panes/glossary/model";
import { PANE_MODULES } from "../source/app/panes/index";
import type { Pane } from "../source/app/panes/pane";
import type { BoxId } from "../source/app/recall";
import { initialState, type Size, type State } from "../source/app/state";
import { type Line, lineText, lineWidth } from "../source/app/ui/styled";
import { applyKeyEvent } from "../source/app/update";
import { brokenBounds, cursorBound } from "../source/app/widgets/bounds";
import type { QueryBox } from "../source/app/widgets/query-box";
import { createDecoder } from "../source/input/decoder";
import type { KeyEvent } from "../source/input/key-event";
import {
  backspace,
  deleteForward,
  deleteToEnd,
  deleteToStart,
  deleteWordBack,
  emptyLine,
  insert,
  type LineValue,
} from "../source/text/line-edit";
import { sanitize } from "../source/text/sanitize";
import { width } from "../source/text/width";
import { firstControl } from "./helpers/bytes";
import { key, reduce, send } from "./helpers/explorer-state";
import { KEY_BYTES, renderApp } from "./helpers/ink";
import { keyForms, OTHER_SEQUENCES } from "./helpers/key-forms";

const STEPS = Number(process.env.FUZZ_STEPS ?? 5000);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Date.now() ^ (Math.random() * 0x7fffffff);
const counts = { reducer: 0, bytes: 0, rendered: 0 };
console.log(`fuzz-keys: seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${STEPS} reducer steps`);
afterAll(() =>
  console.log(
    `fuzz-keys: seed ${SEED}: ${counts.reducer} reducer steps, ${counts.bytes} byte-chunk keys, ${counts.rendered} rendered steps`,
  ),
);

// ------------------------------------------------------------------ events

type Event = { kind: "key"; name: string } | { kind: "text"; text: string } | { kind: "resize"; size: Size };

/**
 * The special keys, as the decoder names them. Not C-z: the rendered App would stop this test
 * process with SIGTSTP (app-reducer and reliability-exit test it).
 */
const SPECIAL_KEYS = [
  "up",
  "down",
  "left",
  "right",
  "pageup",
  "pagedown",
  "home",
  "end",
  "enter",
  "escape",
  "tab",
  "backtab",
  "backspace",
  "ctrl-u",
  "ctrl-d",
  "ctrl-f",
  "ctrl-b",
  "ctrl-o",
  "ctrl-r",
  "ctrl-c",
] as const;

const cjkTerms = glossary.map((g) => g.term).join("");
const cjk = fc.oneof(
  fc.constantFrom(...cjkTerms),
  fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCodePoint(c)),
);
const hostile = fc.constantFrom(
  "\x1b",
  "\x1b[2J",
  "\x1b]52;c;AAAA\x07",
  "\u202e",
  "\u2066",
  "\u200d",
  "\u0301",
  "👩‍💻",
  "🇨🇳",
  "\x00",
  "\x07",
  "\r",
  "\n",
  "\t",
  "\x9b",
);
const pasteChar = fc.oneof(
  { weight: 4, arbitrary: cjk },
  { weight: 4, arbitrary: fc.constantFrom(..."abcdefghijklmnoprstuvwxyz0123456789 /?QGN") },
  { weight: 1, arbitrary: hostile },
);

const sizeArb: fc.Arbitrary<Size> = fc.oneof(
  {
    weight: 2,
    arbitrary: fc.record({ columns: fc.integer({ min: 1, max: 45 }), rows: fc.integer({ min: 1, max: 15 }) }),
  },
  {
    weight: 5,
    arbitrary: fc.record({ columns: fc.integer({ min: 40, max: 140 }), rows: fc.integer({ min: 12, max: 50 }) }),
  },
  {
    weight: 1,
    arbitrary: fc.record({ columns: fc.integer({ min: 1, max: 300 }), rows: fc.integer({ min: 1, max: 100 }) }),
  },
);

const eventArb: fc.Arbitrary<Event> = fc.oneof(
  {
    weight: 10,
    arbitrary: fc
      .constantFrom(...SPECIAL_KEYS.filter((k) => k !== "ctrl-c"))
      .map((name): Event => ({ kind: "key", name })),
  },
  {
    weight: 8,
    arbitrary: fc
      .constantFrom(..."abcdefghijklmnoprstuvwxyzGNjkhlns/?[]:'m%.-AJK!@#$(){}")
      .map((text): Event => ({ kind: "text", text })),
  },
  // Quits outside a text box: rare, so runs get long enough to reach deep states.
  {
    weight: 1,
    arbitrary: fc
      .constantFrom("q", "ctrl-c")
      .map((k): Event => (k === "q" ? { kind: "text", text: k } : { kind: "key", name: k })),
  },
  { weight: 4, arbitrary: fc.constantFrom(..."0123456789").map((text): Event => ({ kind: "text", text })) },
  { weight: 4, arbitrary: cjk.map((text): Event => ({ kind: "text", text })) },
  {
    weight: 2,
    arbitrary: fc
      .array(pasteChar, { minLength: 1, maxLength: 500 })
      .map((a): Event => ({ kind: "text", text: a.join("") })),
  },
  { weight: 1, arbitrary: sizeArb.map((size): Event => ({ kind: "resize", size })) },
);

const isQuit = (e: Event) => (e.kind === "text" && e.text === "q") || (e.kind === "key" && e.name === "ctrl-c");

// Runs of at least MIN_RUN steps, so numRuns = STEPS / MIN_RUN gives at least STEPS steps.
const MIN_RUN = 40;
const runArb = fc.record({
  size: sizeArb,
  events: fc.array(eventArb, { minLength: MIN_RUN, maxLength: 60, size: "max" }),
});

// ------------------------------------------------------------------ bytes

const encoder = new TextEncoder();
/** One key as a terminal sends it: its bytes. */
const byteKeyArb: fc.Arbitrary<Uint8Array> = fc
  .oneof(
    { weight: 6, arbitrary: fc.constantFrom(...Object.values(KEY_BYTES), "\x1a") },
    { weight: 8, arbitrary: fc.constantFrom(..."abcdefghijklmnoprstuvwxyzGNjkhlns/? 0123456789") },
    { weight: 1, arbitrary: fc.constantFrom("q", "\x03") },
    { weight: 3, arbitrary: cjk },
    { weight: 4, arbitrary: fc.constantFrom(...keyForms()) },
    { weight: 2, arbitrary: fc.constantFrom(...OTHER_SEQUENCES) },
    {
      weight: 2,
      arbitrary: fc.array(pasteChar, { minLength: 1, maxLength: 200 }).map((a) => `\x1b[200~${a.join("")}\x1b[201~`),
    },
    { weight: 1, arbitrary: hostile },
  )
  .map((text) => encoder.encode(text));
/** Bytes that are no UTF-8 at all. */
const invalidArb = fc.constantFrom(new Uint8Array([0xff]), new Uint8Array([0xc3]), new Uint8Array([0xe4, 0xb8]));

/** Keys and garbage run together, then cut into reads at random points (where a pty would cut them). */
const byteRunArb = fc.record({
  size: sizeArb,
  keys: fc.array(fc.oneof({ weight: 20, arbitrary: byteKeyArb }, { weight: 1, arbitrary: invalidArb }), {
    minLength: MIN_RUN,
    maxLength: 60,
    size: "max",
  }),
  cuts: fc.array(fc.nat(), { maxLength: 80 }),
  /** After which reads the ESC timeout fires (the reader's timer), by read index. */
  pauses: fc.array(fc.nat({ max: 100 }), { maxLength: 20 }),
});

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Adjacent text events joined: how reads are cut may split a run of text, nothing else. */
function joinText(events: readonly KeyEvent[]): KeyEvent[] {
  const out: KeyEvent[] = [];
  for (const e of events) {
    const last = out[out.length - 1];
    if (e.kind === "text" && last?.kind === "text") out[out.length - 1] = { kind: "text", text: last.text + e.text };
    else out.push(e);
  }
  return out;
}

// ------------------------------------------------------------------ invariants

type Box = "report" | "goto" | "data" | "glossary" | "search" | "notebook";
const inputs = (s: State): Record<Box, QueryBox> => ({
  report: s.report.find,
  goto: s.report.goto,
  data: s.data.filter,
  glossary: s.glossary.query,
  search: s.search.query,
  notebook: s.notebook.query,
});
const boxes = (s: State): Record<Box, string> => {
  const all = inputs(s);
  return Object.fromEntries(Object.entries(all).map(([k, v]) => [k, v.text])) as Record<Box, string>;
};
/** The box that has the keyboard, if any. */
const focusedBox = (s: State): Box | null =>
  isBox(contextOf(s)) && s.help === null
    ? s.pane === "charts"
      ? null
      : s.pane === "report"
        ? s.report.goto.focused
          ? "goto"
          : "report"
        : s.pane
    : null;

const RECALL_BOX: Record<Box, BoxId> = {
  report: "find",
  goto: "goto",
  data: "filter",
  glossary: "glossary",
  search: "search",
  notebook: "notes",
};

/** What Up / Down may put in a box: its earlier queries, or the text typed before they were walked. */
const recallable = (s: State, box: Box): readonly string[] => [
  ...(s.recall.queries[RECALL_BOX[box]] ?? []),
  ...(s.recall.browsing ? [s.recall.browsing.draft] : []),
];

// Checks run on every step, so they compare plainly and only build a message on failure.
function fail(message: string): never {
  throw new Error(message);
}

/** Each box holds exactly what was typed into it minus what was erased (or was emptied as a whole). */
/** Editing keys other than Backspace, as the fuzz names them, and what each does to a line. */
const EDIT_KEYS: Record<string, (v: LineValue) => LineValue> = {
  delete: deleteForward,
  "ctrl-d": deleteForward,
  "ctrl-w": deleteWordBack,
  "ctrl-u": deleteToStart,
  "ctrl-k": deleteToEnd,
};

function checkBoxes(before: State, after: State, event: Event): void {
  const b = boxes(before);
  const a = boxes(after);
  const focused = focusedBox(before);
  // What the focused box held, with its cursor: typing inserts there, Backspace deletes before it.
  const value = focused ? inputs(before)[focused] : emptyLine;
  for (const box of Object.keys(b) as Box[]) {
    const was = b[box];
    const now = a[box];
    if (now === was && !(box === focused && event.kind === "text" && sanitize(event.text) !== "")) continue;
    let ok: boolean;
    if (box === focused && event.kind === "text") ok = now === insert(value, sanitize(event.text)).text;
    else if (box === focused && event.kind === "key" && event.name === "backspace") ok = now === backspace(value).text;
    // The other editing keys do what a shell line does with them.
    else if (box === focused && event.kind === "key" && EDIT_KEYS[event.name])
      ok = now === EDIT_KEYS[event.name]!(value).text;
    else if (now === "") ok = true;
    // Up / Down recall the box's earlier queries, and come back down to what was being typed.
    else if (box === focused && event.kind === "key" && (event.name === "up" || event.name === "down"))
      ok = recallable(before, box).includes(now);
    // n / N with no find take the last one again.
    else if (box === "report" && (before.recall.queries.find ?? []).includes(now)) ok = true;
    // Going back or forward puts back a box as it was in that place.
    else if (visited(before).some((v) => boxes(v)[box] === now)) ok = true;
    // Opening a search result, a figure or a glossary place leaves its query in the reader's find
    // (several keys in one read can open a glossary entry and then its place).
    else if (box === "report" && alongChunk(before, event).some((st) => queriesOf(st).includes(now))) ok = true;
    // Enter on a glossary query that names no term looks it up in 搜索.
    else if (box === "search" && alongChunk(before, event).some((st) => st.glossary.query.text === now)) ok = true;
    else if (event.kind === "text") {
      // Keys first (one may focus this box, or fill it, as Enter on a glossary miss fills 搜索's), then
      // the rest of the chunk typed into it.
      const chars = [...event.text];
      ok = alongChunk(before, event).some((st, k) => {
        const tail = sanitize(chars.slice(k + 1).join(""));
        return now === insert(inputs(st)[box], tail).text || now === tail;
      });
    } else ok = false;
    if (!ok) fail(`${box} box: ${JSON.stringify(was)} became ${JSON.stringify(now)} after ${JSON.stringify(event)}`);
  }
}

/** The states the history could put back (each place over the state around it). */
const visited = (s: State): State[] =>
  [...s.history.back, ...s.history.forward].map((p) => ({ ...s, [p.pane]: p.slice }) as State);

/** The states a chunk of text passes through, one character at a time (just `before` for a key). */
function alongChunk(before: State, event: Event): State[] {
  const states = [before];
  if (event.kind === "text") for (const c of [...event.text].slice(0, -1)) states.push(send(states.at(-1)!, c).state);
  return states;
}

const queriesOf = (s: State): string[] => {
  const term = s.glossary.detail ? entryByNumber(s.glossary.detail.entry)?.term : undefined;
  return [s.search.query.text, s.data.filter.text, ...(term ? [term] : [])];
};

function within(i: number, count: number, what: string): void {
  if (!(Number.isInteger(i) && i >= 0 && i < Math.max(1, count)))
    fail(`${what} = ${i}, outside 0..${Math.max(1, count) - 1}`);
}

function checkState(s: State): void {
  // Every pane's own bounds: selections, scroll tops, cursors.
  for (const id of Object.keys(PANE_MODULES) as (keyof PaneStates)[]) {
    const pane = PANE_MODULES[id] as Pane<PaneStates[keyof PaneStates]>;
    const broken = brokenBounds(pane.bounds(s[id], s.size), !tooSmall(s.size));
    if (broken.length > 0) fail(broken.join("; "));
  }
  // The root's own: the comment editor's cursor, the help's scroll (below).
  if (s.editor) {
    const broken = brokenBounds([cursorBound("editor.comment", s.editor.comment)], true);
    if (broken.length > 0) fail(broken.join("; "));
  }
  if (s.history.back.length > 100 || s.history.forward.length > 100) fail("history grew past its bound");
  if (s.glossary.detail !== null && !entryByNumber(s.glossary.detail.entry))
    fail(`glossary.detail ${s.glossary.detail.entry} is no entry`);
  if (s.notebook.notes !== s.notes) fail("笔记's notes are not the notebook's");
  if (s.editor) {
    const note = s.notes.find((n) => n.id === s.editor!.noteId) ?? fail("the editor's note is not in the notebook");
    if (note.comment !== s.editor.comment.text) fail("the editor shows another comment than the note's");
  }
  if (s.report.visual && !paragraphById.has(s.report.visual.paragraphId))
    fail(`visual in ${s.report.visual.paragraphId}, no paragraph`);
  for (const n of s.notes) {
    for (const q of n.quotes) {
      if (paragraphById.get(q.paragraph)?.text.slice(q.start, q.end) !== q.text)
        fail(`note ${n.label} misquotes ${q.paragraph}`);
    }
  }
  if (s.help) {
    const lines = helpLines(s.size.columns, s.help.from, s.help.filter.text).length;
    within(s.help.scroll, lines - helpHeight(s.size, s.help) + 1, "help.scroll");
  }
}

const maxLines = (size: Size) => (tooSmall(size) ? 1 : size.rows);

/** Every frame fits: at most rows lines (one line when too small), none wider than the terminal. */
function checkFrame(lines: readonly Line[], size: Size): void {
  const where = `${size.columns}x${size.rows}`;
  if (lines.length > maxLines(size)) fail(`${lines.length} lines at ${where}`);
  for (const l of lines) {
    if (lineWidth(l) > size.columns) fail(`line ${JSON.stringify(lineText(l))} is ${lineWidth(l)} wide at ${where}`);
    const bad = firstControl(lineText(l));
    if (bad) fail(`control character in ${bad.context}`);
  }
}

function checkRenderedFrame(frame: string, size: Size): void {
  const where = `${size.columns}x${size.rows}`;
  const bad = firstControl(frame, { allowSgr: true, allowCursor: true });
  if (bad) fail(`control character in a frame: ${bad.context}`);
  const lines = frame.split("\n");
  if (lines.length > maxLines(size)) fail(`${lines.length} lines at ${where}:\n${frame}`);
  for (const l of lines) if (width(l) > size.columns) fail(`line ${JSON.stringify(l)} is ${width(l)} wide at ${where}`);
}

// ------------------------------------------------------------------ runs

describe("random keys", () => {
  it(`reducer and frames: ${STEPS} steps`, () => {
    fc.assert(
      fc.property(runArb, ({ size, events }) => {
        let s = initialState(size);
        checkFrame(frameLines(s), s.size);
        for (const event of events) {
          const before = s;
          if (event.kind === "resize") s = reduce(s, { type: "resize", size: event.size });
          else if (event.kind === "key") s = send(s, key(event.name)).state;
          else s = send(s, event.text).state;
          counts.reducer++;
          checkBoxes(before, s, event);
          checkState(s);
          checkFrame(frameLines(s), s.size);
          // Where the app would exit on a quit effect, the update carries on, so the rest of the run still
          // tests something.
        }
      }),
      { seed: SEED, numRuns: Math.ceil(STEPS / MIN_RUN) },
    );
  }, 600_000);

  it(`byte chunks through the decoder: ${STEPS} keys`, () => {
    fc.assert(
      fc.property(byteRunArb, ({ size, keys, cuts, pauses }) => {
        const bytes = concat(keys);
        const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
        const reads = [0, ...points, bytes.length].slice(1).map((end, i, ends) => bytes.slice(ends[i - 1] ?? 0, end));
        const decoder = createDecoder();
        const events: KeyEvent[] = [];
        reads.forEach((read, i) => {
          events.push(...decoder.feed(read));
          if (pauses.includes(i) && decoder.waiting() > 0) events.push(...decoder.flush());
        });
        events.push(...decoder.flush());
        if (pauses.length === 0) {
          // Without a timeout in between, where reads are cut changes nothing.
          const whole = createDecoder();
          const once = joinText([...whole.feed(bytes), ...whole.flush()]);
          if (JSON.stringify(joinText(events)) !== JSON.stringify(once))
            fail(`cut reads decode differently: ${JSON.stringify(reads.map((r) => [...r]))}`);
        }
        let s = initialState(size);
        for (const event of events) {
          // Every C0/C1 control is a key or part of a sequence; none is left inside text.
          if (event.kind === "text" && /[\x00-\x1f\x7f-\x9f]/.test(event.text))
            fail(`control character in text ${JSON.stringify(event)}`);
          const before = s;
          const step = applyKeyEvent(s, event);
          s = step.state;
          // A paste typed into a comment saves the comment, as typing does: that is no key acting.
          const typed = (e: (typeof step.effects)[number]) => e.type === "note" && e.op.op === "comment";
          const acted =
            s.pane !== before.pane ||
            step.effects.some((e) => !typed(e)) ||
            (s.help === null) !== (before.help === null);
          if (event.kind === "paste" && acted) fail(`a paste acted as keys: ${JSON.stringify(event)}`);
          checkState(s);
          checkFrame(frameLines(s), s.size);
        }
        counts.bytes += keys.length;
      }),
      { seed: SEED, numRuns: Math.ceil(STEPS / MIN_RUN) },
    );
  }, 600_000);

  it(`rendered app: ${Math.ceil(STEPS / 10)} steps`, async () => {
    await fc.assert(
      fc.asyncProperty(runArb, async ({ size, events }) => {
        const app = renderApp(size);
        let current = size;
        try {
          checkRenderedFrame(app.frame(), current);
          for (const event of events) {
            // Quitting is the exit tests' job (reliability-exit); here it would only cut runs short.
            if (isQuit(event)) continue;
            if (event.kind === "resize") {
              current = event.size;
              await app.resize(current);
            } else {
              await app.press(event.kind === "key" ? KEY_BYTES[event.name]! : event.text);
            }
            counts.rendered++;
            if (app.error() !== undefined) fail(`the app failed: ${String(app.error())}`);
            if (app.exited()) break;
            checkRenderedFrame(app.frame(), current);
          }
        } finally {
          app.unmount();
        }
      }),
      { seed: SEED, numRuns: Math.ceil(STEPS / 10 / MIN_RUN) },
    );
  }, 600_000);
});
