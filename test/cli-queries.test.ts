// Bad and extreme queries to the commands that take one, spawned as a user's shell runs them: one
// line, the documented exit code (1 nothing found, 2 nothing to look for), bounded time, and nothing
// of the query echoed raw (no control characters reach the terminal).
import { spawnSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { cli, type Run } from "./helpers/cli";

vi.setConfig({ testTimeout: 60_000 });

const COMMANDS = ["search", "glossary", "metrics", "read"] as const;
// Nothing printable is left of these, or only punctuation: nothing to look for.
// (Control characters are not among them: the command line shows them escaped, as "\x07", which is
// text to look for — test/cli-error-lines.test.ts.)
const NOTHING = ["   ", "，。！", "!", '"', "!!", '""'];
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;

function expectOneLine(r: Run, q: string) {
  expect(r.stdout, q).toBe("");
  const lines = r.stderr.replace(/\n$/, "").split("\n");
  expect(lines[0], q).toMatch(/^court-report: /);
  expect(r.stderr, q).not.toMatch(CONTROL);
}

describe("queries with nothing to look for", () => {
  it.each(NOTHING)("search %j: usage error, exit 2", (q) => {
    const r = cli(["search", q]);
    expect(r.status, q).toBe(2);
    expectOneLine(r, q);
    expect(r.stderr).toMatch(/^court-report: “[^\n]*”里没有可以查找的字：search 要一个字母、数字或汉字\n用法：/);
  });

  it("an empty query is a usage error for search and glossary, and the whole table for metrics", () => {
    expect(cli(["search", ""]).status).toBe(2);
    expect(cli(["glossary", ""]).status).toBe(2);
    expect(cli(["metrics", ""]).status).toBe(0);
  });
});

describe("queries that match nothing", () => {
  it.each(COMMANDS)("%s: control characters are never echoed", (command) => {
    const r = cli([command, "zzqx\u001b[2J\u0007\u009b31m"]);
    expect(r.status).toBe(1);
    expectOneLine(r, command);
  });

  it.each(COMMANDS)("%s: invalid UTF-8 gives one line and exit 1", (command) => {
    // Bytes that are no UTF-8 at all, passed as the shell would.
    const r = spawnSync("sh", ["-c", `"${process.execPath}" dist/cli.js ${command} "$(printf 'zzqx\\377\\376')"`], {
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" },
    });
    expect(r.status).toBe(1);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(r.stderr).not.toMatch(CONTROL);
  });
});

describe("10,000-character queries", () => {
  const long = ["未".repeat(10_000), "wcnr".repeat(2500), "a".repeat(10_000), "执行 ".repeat(2500), "zh".repeat(5000)];

  it.each(COMMANDS)("%s answers in bounded time, in one line when nothing matches", (command) => {
    for (const q of long) {
      const t = performance.now();
      const r = cli([command, q]);
      const ms = performance.now() - t;
      expect([0, 1], `${command} ${q.slice(0, 8)}`).toContain(r.status);
      // Spawn included; the matching itself is bounded by test/search-match.test.ts.
      expect(ms, `${command} ${q.slice(0, 8)}`).toBeLessThan(3000);
      expect(r.stderr).not.toMatch(CONTROL);
      if (r.status === 1) expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    }
  });

  it("search says in one line that only the start of the query was matched", () => {
    const r = cli(["search", "执行 ".repeat(2500)]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe("\n查询太长：只用了前 100 个字符、前 16 个词\n");
  });
});
