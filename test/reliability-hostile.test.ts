// Hostile text never reaches the terminal as a control sequence: whatever a user passes or pastes is
// echoed, searched or reported with its control characters removed. These tests check the bytes.
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { firstControl } from "./helpers/bytes";

// Things people paste by accident or by malice. No NUL: argv cannot carry it.
export const HOSTILE: Record<string, string> = {
  clear: "\x1b[2J\x1b[H示范",
  osc52: "\x1b]52;c;cm0gLXJmIH4K\x07诉讼",
  title: "\x1b]0;pwned\x1b\\执行",
  c1csi: "\x9b2J审判",
  bidi: "\u202e讼诉范示\u202c\u2066x\u2069",
  zwj: "👨‍👩‍👧‍👦 示\u200d范",
  combining: "e\u0301\u0301\u0301\u0301\u0301\u0301 诉讼",
  controls: "a\x07b\x08c\rd\x7fe",
  lone: "\x1b",
};

// All of them at once, plus the two endings a parser can trip on: a lone ESC and an unterminated OSC.
const ARGUMENTS = [Object.values(HOSTILE).join(" "), "示范\x1b", "示范\x1b]52;c;cm0gLXJmIH4K"];

function cli(args: string[], env: Record<string, string | undefined> = {}) {
  return new Promise<{ status: number | null; stdout: Buffer; stderr: Buffer }>((resolve, reject) => {
    const child = spawn(process.execPath, ["dist/cli.js", ...args], {
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => err.push(d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout: Buffer.concat(out), stderr: Buffer.concat(err) }));
  });
}

// Every place a user-supplied string can go: each command's query, flag values, and unknown commands/options.
const FORMS: [string, (h: string) => string[]][] = [
  ["search <q>", (h) => ["search", h]],
  ["search <q> --json", (h) => ["search", h, "--json"]],
  ["glossary <q>", (h) => ["glossary", h]],
  ["metrics <q>", (h) => ["metrics", h]],
  ["metrics --category <c>", (h) => ["metrics", "--category", h]],
  ["read <section>", (h) => ["read", h]],
  ["read 2.4 --width <w>", (h) => ["read", "2.4", "--width", h]],
  ["chart <id>", (h) => ["chart", h]],
  ["<unknown command>", (h) => [h]],
  ["--<unknown option>", (h) => [`--${h}`]],
];

describe("quick-lookup commands never print a control sequence from their input", () => {
  it.each(FORMS)("%s", async (_form, args) => {
    const runs = await Promise.all([
      ...ARGUMENTS.map(async (hostile) => ({ colour: false, r: await cli(args(hostile)) })),
      { colour: true, r: await cli([...args(ARGUMENTS[0]!), "--color"], { FORCE_COLOR: "1" }) },
    ]);
    for (const { colour, r } of runs) {
      expect([0, 1, 2]).toContain(r.status);
      expect(firstControl(r.stdout, { allowSgr: colour })).toBeNull();
      expect(firstControl(r.stderr, { allowSgr: colour })).toBeNull();
      const stderr = r.stderr.toString("utf8");
      expect(stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack trace
      if (r.status !== 0) expect(stderr.split("\n")[0]).toMatch(/^court-report: \S/);
    }
  });
});
