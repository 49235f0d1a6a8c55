// The explorer before Ink has loaded (source/app/before-ink.ts): it paints the first frame, answers
// every key with the App's own update, paints once per read, carries out the effects, and hands the
// App the state it reached.
import { describe, expect, it } from "vitest";
import { answerBeforeInk } from "../source/app/before-ink";
import type { Shell } from "../source/app/effects";
import { frameLines } from "../source/app/frame";
import { initialState, type State } from "../source/app/state";
import { paintLines } from "../source/app/ui/ansi";
import { applyKeyEvent } from "../source/app/update";
import type { KeyEvent } from "../source/input/key-event";
import type { KeySource } from "../source/input/reader";

const SIZE = { columns: 80, rows: 24 };
const text = (t: string): KeyEvent => ({ kind: "text", text: t });
const key = (name: string): KeyEvent => ({ kind: "key", key: name }) as KeyEvent;
const painted = (state: State) => `\x1b[2J${paintLines(frameLines(state), true)}`;
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

/** A key source like the reader's: keys sent before anyone subscribes wait for the first subscriber. */
function keySource() {
  const waiting: KeyEvent[] = [];
  let listener: ((event: KeyEvent) => void) | undefined;
  const keys: KeySource = (l) => {
    listener = l;
    for (const event of waiting.splice(0)) l(event);
    return () => {
      listener = undefined;
    };
  };
  /** One read from the terminal: its keys delivered together. */
  const read = (...events: KeyEvent[]) => {
    for (const event of events) listener ? listener(event) : waiting.push(event);
  };
  return { keys, read, subscribed: () => listener !== undefined };
}

function fakeShell() {
  const copied: string[] = [];
  let suspended = 0;
  const shell: Shell = {
    suspend: () => void suspended++,
    copy: (t) => void copied.push(t),
    onResume: () => () => {},
    saveNote: () => {},
    draft: () => {},
    onAction: () => () => {},
  };
  return { shell, copied, suspended: () => suspended };
}

function start(initial = initialState(SIZE)) {
  const source = keySource();
  const { shell, copied, suspended } = fakeShell();
  const writes: string[] = [];
  const early = answerBeforeInk({ initial, keys: source.keys, shell, write: (t) => void writes.push(t), colors: true });
  return { early, source, writes, copied, suspended };
}

/** The state the App's update reaches from the initial state with these keys. */
const reached = (...events: KeyEvent[]) => events.reduce((s, e) => applyKeyEvent(s, e).state, initialState(SIZE));

describe("before Ink has loaded", () => {
  it("paints the first frame at once", () => {
    const { writes } = start();
    expect(writes).toEqual([painted(initialState(SIZE))]);
  });

  it("answers keys as the App would, painting once per read", async () => {
    const { early, source, writes } = start();
    source.read(text("2"), text("j"), text("j"));
    await settled();
    expect(early.state()).toEqual(reached(text("2"), text("j"), text("j")));
    expect(early.state().pane).toBe("data");
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe(painted(early.state()));
    source.read(text("k"));
    await settled();
    expect(writes).toHaveLength(3);
    expect(writes[2]).toBe(painted(reached(text("2"), text("j"), text("j"), text("k"))));
  });

  it("answers the keys typed before it listened, in order", async () => {
    const source = keySource();
    source.read(text("4"), text("/"), text("s"), text("f"));
    const writes: string[] = [];
    const early = answerBeforeInk({
      initial: initialState(SIZE),
      keys: source.keys,
      shell: fakeShell().shell,
      write: (t) => void writes.push(t),
      colors: true,
    });
    await settled();
    expect(early.state()).toEqual(reached(text("4"), text("/"), text("s"), text("f")));
    expect(writes.at(-1)).toBe(painted(early.state()));
  });

  it("ends on a quit, ignores the keys after it, and paints no more", async () => {
    const { early, source, writes } = start();
    source.read(text("2"), text("q"), text("3"));
    expect(await early.ended).toEqual({});
    await settled();
    expect(early.state().pane).toBe("data");
    expect(writes).toHaveLength(1);
    expect(source.subscribed()).toBe(false);
  });

  it("ends with the failure when a frame cannot be drawn", async () => {
    const source = keySource();
    const early = answerBeforeInk({
      initial: initialState(SIZE),
      keys: source.keys,
      shell: fakeShell().shell,
      write: () => {},
      colors: true,
      body: (state) => {
        if (state.pane === "charts") throw new Error("no charts");
        return [];
      },
    });
    source.read(text("3"));
    const { failure } = await early.ended;
    expect((failure as Error).message).toBe("no charts");
  });

  it("carries out copies and stops through the shell", async () => {
    const { source, copied, suspended } = start();
    source.read(text("2"), text("y"), key("ctrl-z"));
    await settled();
    expect(copied).toHaveLength(1);
    expect(copied[0]).toContain("53833");
    expect(suspended()).toBe(1);
  });

  it("follows the terminal's size", async () => {
    const { early, writes } = start();
    early.resize({ columns: 100, rows: 30 });
    await settled();
    expect(early.state().size).toEqual({ columns: 100, rows: 30 });
    expect(writes.at(-1)).toBe(painted(early.state()));
  });

  it("stops: the keys after it wait for the App", async () => {
    const { early, source, writes } = start();
    source.read(text("2"));
    early.stop();
    source.read(text("3"));
    await settled();
    expect(early.state().pane).toBe("data");
    expect(source.subscribed()).toBe(false);
    expect(writes).toHaveLength(1);
  });
});

describe("amend", () => {
  it("changes what the frame does not show, without a paint; the next copy uses it", async () => {
    const { early, source, writes } = start(initialState(SIZE, { clipRoute: "unknown" }));
    early.amend((state) => ({ ...state, clipRoute: "dropped" }));
    await settled();
    expect(writes).toHaveLength(1);
    expect(early.state().clipRoute).toBe("dropped");
    source.read(text("2"), text("y"));
    await settled();
    expect(early.state().notice).toMatch(/^未复制（tmux 需 set -g set-clipboard on/);
  });
});
