import { EventEmitter } from "node:events";
import { describe, expect, it } from "vitest";
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

function setup(
  options: {
    onAbort?: () => void;
    onResume?: () => void;
    onEnd?: () => void;
    foreground?: () => boolean | undefined;
  } = {},
) {
  const host = fakeHost();
  const out: string[] = [];
  const err: string[] = [];
  const raw: boolean[] = [];
  let broken = false;
  const stdout = {
    write: (s: string) => {
      if (broken) throw new Error("EIO");
      out.push(s);
    },
  };
  const stdin = {
    isTTY: true,
    setRawMode: (mode: boolean) => {
      if (broken) throw new Error("EIO");
      raw.push(mode);
    },
  };
  const screen = enterFullscreen(stdout, stdin, {
    host,
    stderr: { write: (s: string) => err.push(s) },
    onAbort: options.onAbort,
    onResume: options.onResume,
    ...(options.onEnd ? { onEnd: options.onEnd } : {}),
    gone: () => broken,
    foreground: options.foreground ?? (() => true),
  });
  const breakTerminal = () => {
    broken = true;
  };
  return { host, out, err, raw, screen, breakTerminal };
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
  it("onEnd (saving the reading place) runs first on every signal and error, the terminal gone or not, and never on leave()", () => {
    for (const gone of [false, true]) {
      for (const event of ["SIGHUP", "SIGTERM", "SIGINT", "uncaughtException"]) {
        const order: string[] = [];
        const { host, out, breakTerminal } = setup({
          onEnd: () => order.push("end"),
          onAbort: () => order.push("abort"),
        });
        if (gone) breakTerminal();
        const before = out.length;
        host.emit(event, event === "uncaughtException" ? new Error("boom") : event);
        expect(order[0], `${event}, terminal gone: ${gone}`).toBe("end");
        expect(order.filter((o) => o === "end")).toHaveLength(1);
        if (gone) expect(out.length).toBe(before);
      }
    }
    const { screen } = setup({ onEnd: () => expect.unreachable("leave() is no ending") });
    screen.leave();
  });

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

  it("enters the alternate screen with the cursor hidden and listens on every exit path", () => {
    const { host, out } = setup();
    expect(out).toEqual([ENTER]);
    for (const event of EVENTS) expect(host.listenerCount(event)).toBe(1);
  });

  it("leave() restores exactly once and removes its handlers", () => {
    const { host, out, raw, screen } = setup();
    screen.leave();
    screen.leave();
    host.emit("exit", 0);
    expect(out).toEqual([ENTER, LEAVE]);
    expect(LEAVE).toContain("\x1b[?1049l");
    expect(LEAVE).toContain("\x1b[?25h");
    expect(raw).toEqual([false]);
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

  it("continued in the background (bg): stops again (SIGTTOU) and takes the terminal only once in the foreground", () => {
    let fg = false;
    let resumed = 0;
    const { host, out, raw } = setup({ foreground: () => fg, onResume: () => resumed++ });
    host.kill = (_pid: number, signal: string) => {
      host.kills.push(signal);
      // The stop of SIGTTOU lasts until `fg`, which continues the process in the foreground.
      if (signal === "SIGTTOU") {
        expect(out).toEqual([ENTER, LEAVE]);
        fg = true;
      }
    };
    host.emit("SIGTSTP", "SIGTSTP");
    expect(host.kills).toEqual(["SIGTSTP", "SIGTTOU"]);
    expect(out).toEqual([ENTER, LEAVE, ENTER]);
    expect(raw).toEqual([false, true]);
    expect(resumed).toBe(1);
  });

  it("a signal while stopped in the background leaves the shell's screen alone", () => {
    const { host, out } = setup({ foreground: () => false });
    host.emit("SIGTSTP", "SIGTSTP");
    host.emit("SIGTERM", "SIGTERM");
    expect(out).toEqual([ENTER, LEAVE]);
    expect(host.exits).toEqual([143]);
  });

  it("SIGTSTP gives the terminal back, stops (inside kill), then takes it again and asks for a repaint", () => {
    let resumed = 0;
    const order: string[] = [];
    const { host, out, raw, screen } = setup({ onResume: () => resumed++ });
    host.kill = (_pid: number, signal: string) => {
      // What the process looks like while stopped: terminal given back, no listener left for the signal.
      order.push(`${signal}: ${JSON.stringify(out.at(-1))} listeners=${host.listenerCount("SIGTSTP")}`);
    };
    host.emit("SIGTSTP", "SIGTSTP");
    expect(order).toEqual([`SIGTSTP: ${JSON.stringify(LEAVE)} listeners=0`]);
    expect(out).toEqual([ENTER, LEAVE, ENTER]);
    expect(raw).toEqual([false, true]);
    expect(resumed).toBe(1);
    expect(host.listenerCount("SIGTSTP")).toBe(1);
    screen.leave();
    for (const event of EVENTS) expect(host.listenerCount(event)).toBe(0);
    expect(host.exits).toEqual([]);
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
