import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { errorLine } from "../source/terminal/error-line";
import { ENTER, enterFullscreen, LEAVE } from "../source/terminal/fullscreen";
import { beforeHangUp, hangUp } from "../source/terminal/hangup";
import { FALLBACK, terminalSize } from "../source/terminal/size";

// A stand-in for `process`: records exit codes instead of exiting.
function fakeHost() {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  const kills: string[] = [];
  return Object.assign(emitter, {
    exits,
    kills,
    pid: 4242,
    exit: (code: number) => void exits.push(code),
    kill: (_pid: number, signal: string) => void kills.push(signal),
  });
}

interface SetupOptions {
  onAbort?: () => void;
  onResume?: () => void;
  onEnd?: () => void;
  foreground?: () => boolean | undefined;
  urgent?: boolean;
}

/** Everything the terminal module does, in order: writes, raw mode, reading, size reads, the urgent write. */
function setup(options: SetupOptions = {}) {
  const host = fakeHost();
  const out: string[] = [];
  const err: string[] = [];
  const raw: boolean[] = [];
  const log: string[] = [];
  let broken = false;
  let paused = false;
  const stdout = {
    write: (s: string) => {
      if (broken) throw new Error("EIO");
      out.push(s);
    },
    _refreshSize: () => void log.push("size"),
  };
  const stdin = {
    isTTY: true,
    setRawMode: (mode: boolean) => {
      if (broken) throw new Error("EIO");
      raw.push(mode);
    },
    isPaused: () => paused,
    pause: () => {
      paused = true;
      log.push("pause");
    },
    resume: () => {
      paused = false;
      log.push("resume");
    },
  };
  const screen = enterFullscreen(stdout, stdin, {
    host,
    stderr: { write: (s: string) => err.push(s) },
    onAbort: options.onAbort,
    onResume: options.onResume,
    onEnd: options.onEnd,
    ...(options.urgent ? { urgent: { write: (s: string) => void log.push(`urgent ${JSON.stringify(s)}`) } } : {}),
    gone: () => broken,
    foreground: options.foreground ?? (() => true),
  });
  const breakTerminal = () => {
    broken = true;
  };
  return { host, out, err, raw, log, screen, breakTerminal, stdout };
}

const TERMINATING = [
  ["SIGINT", 130],
  ["SIGTERM", 143],
  ["SIGQUIT", 131],
  ["SIGALRM", 142],
  ["SIGUSR1", 138],
  ["SIGUSR2", 140],
  ["SIGPIPE", 141],
  ["SIGXCPU", 152],
  ["SIGXFSZ", 153],
  ["SIGVTALRM", 154],
] as const;
const EVENTS = [
  "exit",
  "SIGHUP",
  ...TERMINATING.map(([signal]) => signal),
  "SIGTSTP",
  "uncaughtException",
  "unhandledRejection",
];

describe("enterFullscreen", () => {
  it("hangUp() runs what beforeHangUp() keeps, before the signal, whichever path found the terminal gone", () => {
    const host = fakeHost();
    const order: string[] = [];
    const { kill } = host;
    host.kill = (pid: number, signal: string) => {
      order.push(signal);
      kill(pid, signal);
    };
    const unkeep = beforeHangUp(() => order.push("saved"));
    const failing = beforeHangUp(() => {
      throw new Error("disk full");
    });
    try {
      hangUp(host);
    } finally {
      unkeep();
      failing();
    }
    expect(order).toEqual(["saved", "SIGHUP"]);
    hangUp(host);
    expect(order).toEqual(["saved", "SIGHUP", "SIGHUP"]);
  });

  it("a hang-up found outside it (a failed write) runs onEnd once, and none after leave()", () => {
    const ends: string[] = [];
    const { host } = setup({ onEnd: () => ends.push("end") });
    hangUp(host);
    hangUp(host);
    expect(ends).toEqual(["end"]);
    const left = setup({ onEnd: () => ends.push("left") });
    left.screen.leave();
    hangUp(left.host);
    expect(ends).toEqual(["end", "left"]);
  });

  it("enters the alternate screen with the cursor hidden and listens on every exit path", () => {
    const { host, out } = setup();
    expect(out).toEqual([ENTER]);
    for (const event of EVENTS) expect(host.listenerCount(event)).toBe(1);
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it("leave() restores exactly once and removes its handlers", () => {
    const { host, out, raw, screen } = setup();
    screen.leave();
    screen.leave();
    host.emit("exit", 0);
    expect(out).toEqual([ENTER, LEAVE]);
    expect(LEAVE).toContain("\x1b[?1049l");
    expect(LEAVE).toContain("\x1b[?25h");
    expect(raw).toEqual([true, false]);
    for (const event of EVENTS) expect(host.listenerCount(event)).toBe(0);
    expect(host.exits).toEqual([]);
  });

  it("restores on process exit without exiting again", () => {
    const { host, out, screen } = setup();
    host.emit("exit", 0);
    expect(out).toEqual([ENTER, LEAVE]);
    expect(host.exits).toEqual([]);
    screen.leave();
    expect(out).toEqual([ENTER, LEAVE]);
  });

  it.each(TERMINATING)("%s: aborts the app, restores, exits %i", (signal, code) => {
    const order: string[] = [];
    const { host, out } = setup({ onAbort: () => order.push("abort") });
    host.emit(signal, signal);
    expect(order).toEqual(["abort"]);
    expect(out).toEqual([ENTER, LEAVE]);
    expect(host.exits).toEqual([code]);
  });

  it("SIGHUP, the terminal still there: restores, then dies of SIGHUP (129) instead of exiting", () => {
    const order: string[] = [];
    const { host, out } = setup({ onAbort: () => order.push("abort") });
    host.emit("SIGHUP", "SIGHUP");
    expect(order).toEqual(["abort"]);
    expect(out).toEqual([ENTER, LEAVE]);
    expect(host.exits).toEqual([]);
    expect(host.kills).toEqual(["SIGHUP"]);
    for (const event of EVENTS) expect(host.listenerCount(event)).toBe(0);
  });

  it("any signal or error once the terminal is gone (EIO): the same hangup, never exit()", () => {
    for (const event of ["SIGHUP", "SIGTERM", "uncaughtException"]) {
      const order: string[] = [];
      const { host, out, err, breakTerminal } = setup({ onAbort: () => order.push("abort") });
      breakTerminal();
      host.emit(event, event.startsWith("SIG") ? event : new Error("write EIO"));
      expect(order).toEqual([]);
      expect(out).toEqual([ENTER]);
      expect(err).toEqual([]);
      expect(host.exits).toEqual([]);
      expect(host.kills).toEqual(["SIGHUP"]);
    }
  });

  it("SIGTSTP gives the terminal back and stops (inside kill); at fg takes it, reads the size again, asks for a repaint", () => {
    vi.useFakeTimers();
    const order: string[] = [];
    const { host, out, raw, log, screen } = setup({ onResume: () => log.push("repaint") });
    host.kill = (_pid: number, signal: string) => {
      // What the process looks like while stopped: terminal given back, not reading, no listener for the signal.
      order.push(
        `${signal}: ${JSON.stringify(out.at(-1))} ${log.join(",")} listeners=${host.listenerCount("SIGTSTP")}`,
      );
    };
    host.emit("SIGTSTP", "SIGTSTP");
    expect(order).toEqual([`SIGTSTP: ${JSON.stringify(LEAVE)} pause listeners=0`]);
    // Continued: a signal that came with the SIGCONT runs first (one poll of the event loop), then the take.
    expect(out).toEqual([ENTER, LEAVE]);
    vi.runAllTimers();
    expect(out).toEqual([ENTER, LEAVE, ENTER]);
    expect(raw).toEqual([true, false, true]);
    expect(log).toEqual(["pause", "resume", "size", "repaint"]);
    expect(host.listenerCount("SIGTSTP")).toBe(1);
    screen.leave();
    for (const event of EVENTS) expect(host.listenerCount(event)).toBe(0);
    expect(host.exits).toEqual([]);
  });

  it("continued in the background (bg): waits, running, without a write, and takes the terminal at fg", () => {
    vi.useFakeTimers();
    let fg = true;
    const { host, out, raw, log, stdout } = setup({ foreground: () => fg, onResume: () => log.push("repaint") });
    host.kill = (_pid: number, signal: string) => {
      host.kills.push(signal);
      fg = false; // the shell took the terminal; `bg` continues the job where it is
    };
    host.emit("SIGTSTP", "SIGTSTP");
    vi.advanceTimersByTime(5000);
    // A late frame of the app (Ink's throttled render) is dropped, not drawn on the shell's screen.
    stdout.write("late frame");
    expect(host.kills).toEqual(["SIGTSTP"]); // never stopped again: a stopped job could not end on SIGINT
    expect(out).toEqual([ENTER, LEAVE]);
    expect(raw).toEqual([true, false]);
    fg = true;
    vi.advanceTimersByTime(100);
    expect(out).toEqual([ENTER, LEAVE, ENTER]);
    expect(log).toEqual(["pause", "resume", "size", "repaint"]);
    stdout.write("next frame");
    expect(out.at(-1)).toBe("next frame");
  });

  it("started in the background: nothing written, no raw mode until the foreground; `taken` settles then", async () => {
    vi.useFakeTimers();
    let fg = false;
    let taken = false;
    const { out, raw, screen } = setup({ foreground: () => fg });
    void screen.taken.then(() => {
      taken = true;
    });
    await vi.advanceTimersByTimeAsync(5000);
    expect({ out, raw, taken }).toEqual({ out: [], raw: [], taken: false });
    fg = true;
    await vi.advanceTimersByTimeAsync(100);
    expect({ out, raw, taken }).toEqual({ out: [ENTER], raw: [true], taken: true });
  });

  it.each([
    ["before it was taken", () => setup({ foreground: () => false })],
    [
      "while stopped or in the background",
      () => {
        const screen = setup();
        screen.host.emit("SIGTSTP", "SIGTSTP");
        return screen;
      },
    ],
  ])("a signal %s: not one write, and it dies of the signal itself (no exit, whose reset would stop it)", (_, make) => {
    for (const signal of ["SIGTERM", "SIGHUP", "SIGINT"]) {
      const { host, out, raw } = make();
      const before = { out: [...out], raw: [...raw] };
      host.emit(signal, signal);
      expect({ out, raw }).toEqual(before);
      expect(host.kills.at(-1)).toBe(signal);
      expect(host.exits).toEqual([]);
      for (const event of EVENTS) expect(host.listenerCount(event)).toBe(0);
    }
  });

  it("a signal in the foreground restores through the write that never waits", () => {
    const { host, out, log } = setup({ urgent: true });
    host.emit("SIGTERM", "SIGTERM");
    expect(out).toEqual([ENTER]);
    expect(log).toEqual([`urgent ${JSON.stringify(LEAVE)}`]);
    expect(host.exits).toEqual([143]);
  });

  it("onEnd runs exactly once on every way out, after the restore and before the end", () => {
    const ways: [string, (s: ReturnType<typeof setup>) => void][] = [
      ["leave", (s) => s.screen.leave()],
      ["exit", (s) => s.host.emit("exit", 0)],
      ["SIGTERM", (s) => s.host.emit("SIGTERM", "SIGTERM")],
      ["SIGHUP", (s) => s.host.emit("SIGHUP", "SIGHUP")],
      ["error", (s) => s.host.emit("uncaughtException", new Error("x"))],
      [
        "gone",
        (s) => {
          s.breakTerminal();
          s.host.emit("SIGHUP", "SIGHUP");
        },
      ],
    ];
    for (const [name, way] of ways) {
      const seen: string[] = [];
      const s = setup({ onEnd: () => seen.push(`end after ${s.out.length} writes, ${s.host.exits.length} exits`) });
      way(s);
      s.screen.leave();
      s.host.emit("exit", 0);
      const restored = name === "gone" ? 1 : 2;
      expect(seen, name).toEqual([`end after ${restored} writes, 0 exits`]);
    }
  });

  it.each(["uncaughtException", "unhandledRejection"])("%s: restores, then one line on stderr, exit 1", (event) => {
    const { host, out, err } = setup();
    const error = new Error("pane exploded\n    at Pane (explorer.js:1:1)");
    host.emit(event, error);
    expect(out).toEqual([ENTER, LEAVE]);
    expect(err).toEqual(["court-report: pane exploded\n"]);
    expect(host.exits).toEqual([1]);
  });
});

describe("errorLine", () => {
  it("is one sanitized line without a stack", () => {
    expect(errorLine(new Error("bad \x1b[2Jthing\nstack"))).toBe("court-report: bad thing");
    expect(errorLine("plain")).toBe("court-report: plain");
    expect(errorLine(new TypeError(""))).toBe("court-report: TypeError");
    expect(errorLine(undefined)).toBe("court-report: undefined");
  });
});

describe("terminalSize", () => {
  it("prefers what the terminal reports", () => {
    expect(terminalSize({ columns: 120, rows: 40 }, { COLUMNS: "80", LINES: "24" })).toEqual({
      columns: 120,
      rows: 40,
    });
  });

  it("uses COLUMNS/LINES when there is no terminal", () => {
    expect(terminalSize({}, { COLUMNS: "132", LINES: " 50 " })).toEqual({ columns: 132, rows: 50 });
  });

  it.each([undefined, "", "0", "-5", "99999", "abc", "12abc", "1e3", "3.5", "NaN", "Infinity"])(
    "falls back to 80x24 for COLUMNS/LINES=%s",
    (value) => {
      expect(terminalSize({ columns: 0, rows: -1 }, { COLUMNS: value, LINES: value })).toEqual(FALLBACK);
    },
  );
});
