// A stdout that cannot be written (a full disk, a descriptor open only for reading) is one line on
// stderr and exit 1, never a stack trace; a usage error is exit 2 even when stderr cannot be written.
import { openSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cli } from "./helpers/cli";
import { skipWithout } from "./helpers/tools";

const fullAvailable = (() => {
  try {
    openSync("/dev/full", "w");
    return true;
  } catch {
    return false;
  }
})();

/** The built CLI with its stdout and stderr on these files, opened here ("pipe": a pipe). */
function run(args: string[], stdout: string, stderr: string, stdoutFlags = "w") {
  const fd = (path: string, flags: string) => (path === "pipe" ? undefined : openSync(path, flags));
  return cli(args, {}, { stdout: fd(stdout, stdoutFlags), stderr: fd(stderr, "w") });
}

describe.skipIf(skipWithout("/dev/full", fullAvailable))("output errors", () => {
  it("toc >/dev/full: one line about the full disk, exit 1, no stack trace", () => {
    const r = run(["toc"], "/dev/full", "pipe");
    expect(r.stderr).toBe("court-report: 无法写出结果：设备上没有空间了（ENOSPC）\n");
    expect(r.status).toBe(1);
  });

  it("stdout open only for reading (EBADF): one line, exit 1", () => {
    const r = run(["glossary", "示范诉讼"], "/dev/null", "pipe", "r");
    expect(r.stderr).toBe("court-report: 无法写出结果：输出没有打开，不能写（EBADF）\n");
    expect(r.status).toBe(1);
  });

  it("stdout and stderr both full: still exit 1, and nothing thrown", () => {
    const r = run(["toc"], "/dev/full", "/dev/full");
    expect(r.status).toBe(1);
  });

  it("--bogus 2>/dev/full: a usage error keeps exit 2", () => {
    expect(run(["--bogus"], "pipe", "/dev/full").status).toBe(2);
    expect(run(["glossary"], "pipe", "/dev/full").status).toBe(2);
  });
});
