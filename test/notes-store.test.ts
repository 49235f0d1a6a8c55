// The notebook store when things go wrong: a corrupt file, a file from a newer version, an
// unreadable one, no home, a full disk, no permission, a read-only file system — nothing saved
// before is harmed, and what the user is told is one line. Failing writes are injected into node:fs
// itself (syncBuiltinESMExports), not through a hook in the program.
import { execFileSync } from "node:child_process";
import fs, {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Note, NoteOp } from "../source/notes/note";
import { backupPath, type Notebook, notebookPath, openNotebook, saveOp, siblingPath } from "../source/notes/notebook";
import { formatNotebook } from "../source/notes/notebook-format";
import { dataDir, stateDir } from "../source/store/paths";
import { noteOf, quoteOf, sampleNotebook } from "./helpers/notes";

let dir = "";
let path = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "court-report-store-"));
  path = join(dir, "court-report", "notes.json");
});
afterEach(() => {
  restoreFs();
  rmSync(dir, { recursive: true, force: true });
});

const add = (id: string): NoteOp => ({
  op: "add",
  note: noteOf({ id, quotes: [quoteOf("2.2.p4", "执结执行案件22502件")] }),
});
const mode = (p: string) => statSync(p).mode & 0o777;
const oneLine = (text: string | null) => {
  expect(text).toBeTypeOf("string");
  expect(text).not.toMatch(/\n/);
  return text!;
};
function saved(notebook: Notebook, op: NoteOp): readonly Note[] {
  const result = saveOp(notebook, op);
  if (!result.ok) throw new Error(result.message);
  return result.notes;
}

// Wraps one node:fs function for the code under test; restoreFs puts every one back.
const originals = new Map<string, unknown>();
function inject(
  name: "writeSync" | "fsyncSync" | "openSync" | "accessSync" | "renameSync" | "readFileSync",
  fail: (args: unknown[]) => string | null,
) {
  const real = fs[name] as (...args: unknown[]) => unknown;
  originals.set(name, real);
  (fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    const code = fail(args);
    if (code !== null) throw Object.assign(new Error(`${code}: injected`), { code });
    return real(...args);
  };
  syncBuiltinESMExports();
}
function restoreFs() {
  for (const [name, real] of originals) (fs as unknown as Record<string, unknown>)[name] = real;
  originals.clear();
  syncBuiltinESMExports();
}

describe("where the notebook is", () => {
  it("--notes first, then COURT_REPORT_NOTES, then the XDG data directory; none without a home", () => {
    const env = { HOME: "/home/d", XDG_DATA_HOME: "/data", COURT_REPORT_NOTES: "/elsewhere/n.json" };
    expect(notebookPath({ flag: "/mine.json", env })).toBe("/mine.json");
    expect(notebookPath({ env })).toBe("/elsewhere/n.json");
    expect(notebookPath({ env: { HOME: "/home/d", XDG_DATA_HOME: "/data" } })).toBe("/data/court-report/notes.json");
    expect(notebookPath({ env: { HOME: "/home/d" } })).toBe("/home/d/.local/share/court-report/notes.json");
    // XDG variables count only when absolute, as the specification says.
    expect(notebookPath({ env: { HOME: "/home/d", XDG_DATA_HOME: "rel" } })).toBe(
      "/home/d/.local/share/court-report/notes.json",
    );
    expect(stateDir({ HOME: "/home/d" })).toBe("/home/d/.local/state/court-report");
    expect(notebookPath({ env: { HOME: "" } })).toBeNull();
    expect(dataDir({ HOME: "" })).toBeNull();
    const none = openNotebook(null);
    expect(none.writable).toBe(false);
    expect(oneLine(none.problem)).toMatch(/HOME.*--notes FILE.*COURT_REPORT_NOTES/);
    const refused = saveOp(none, add("a"));
    expect(refused.ok).toBe(false);
    expect(oneLine(refused.ok ? null : refused.message)).toBe(none.problem);
  });
});

describe("saving", () => {
  it("makes the directory 0700 and the file 0600, keeps the previous version as .bak, leaves no lock", () => {
    const nb = openNotebook(path);
    expect(nb).toEqual({ path, notes: [], writable: true, problem: null });
    expect(existsSync(join(dir, "court-report")), "opening writes nothing").toBe(false);
    saved(nb, add("a"));
    const first = readFileSync(path, "utf8");
    expect(mode(join(dir, "court-report"))).toBe(0o700);
    expect(mode(path)).toBe(0o600);
    const notes = saved(nb, add("b"));
    expect(notes.map((n) => n.id)).toEqual(["a", "b"]);
    expect(readFileSync(backupPath(path), "utf8")).toBe(first);
    expect(mode(backupPath(path))).toBe(0o600);
    expect(readdirSync(join(dir, "court-report")).sort()).toEqual(["notes.json", "notes.json.bak"]);
    expect(openNotebook(path).notes).toEqual(notes);
  });

  it("merges what another explorer saved since this one opened the notebook", () => {
    const mine = openNotebook(path);
    const theirs = openNotebook(path);
    saved(theirs, add("theirs"));
    expect(saved(mine, add("mine")).map((n) => n.id)).toEqual(["theirs", "mine"]);
  });

  it("keeps fields it does not know and deleted notes", () => {
    const [exec, , , , , deleted] = sampleNotebook();
    mkdirSync(join(dir, "court-report"), { recursive: true });
    writeFileSync(path, formatNotebook([{ ...exec!, future: { x: 1 } } as Note, deleted!]));
    const nb = openNotebook(path);
    saved(nb, { op: "comment", id: exec!.id, comment: "改过", at: "2026-03-02T00:00:00.000Z" });
    const text = readFileSync(path, "utf8");
    expect(text).toContain('"future":{"x":1}');
    expect(openNotebook(path).notes.map((n) => n.id)).toEqual([exec!.id, deleted!.id]);
  });
});

describe("a file that is not used as it is", () => {
  // [what, how the file is made, what the user reads, whether reading it is refused]
  const cases: [string, (p: string) => void, RegExp, boolean?][] = [
    ["does not parse", (p) => writeFileSync(p, '{"schema": 1, "notes": [{"id": "half'), /笔记文件无法解析/],
    ["is not a notebook", (p) => writeFileSync(p, '{"schema": 1, "notes": [{"id": 3}]}'), /笔记文件无法解析/],
    [
      "comes from a newer version",
      (p) => writeFileSync(p, '{"schema": 2, "notes": [], "pages": []}'),
      /更新的版本（schema 2）/,
    ],
    ["is a directory", (p) => mkdirSync(p), /笔记文件不是普通文件（是目录）/],
    ["is a pipe (reading it would block)", (p) => execFileSync("mkfifo", [p]), /笔记文件不是普通文件（是管道或设备）/],
    ["cannot be read", (p) => writeFileSync(p, "{}"), /笔记文件无法读取（没有权限，EACCES）/, true],
  ];
  for (const [what, make, says, refused] of cases) {
    it(`${what}: is never written, notes go to a sibling, and one line says so`, () => {
      mkdirSync(join(dir, "court-report"), { recursive: true });
      make(path);
      const before = statSync(path).isFile() ? readFileSync(path) : null;
      if (refused) inject("readFileSync", (args) => (args[0] === path ? "EACCES" : null));
      const nb = openNotebook(path);
      restoreFs();
      const sibling = siblingPath(path, 2);
      expect(nb.path).toBe(sibling);
      expect(nb.writable).toBe(true);
      expect(oneLine(nb.problem)).toMatch(says);
      expect(nb.problem).toContain(`未改动它：${path}`);
      expect(nb.problem).toContain(`新笔记存入 ${sibling}`);
      saved(nb, add("a"));
      saved(nb, add("b"));
      if (before) expect(readFileSync(path)).toEqual(before);
      expect(existsSync(backupPath(path))).toBe(false);
      // The next start finds the same sibling, with its notes.
      const again = openNotebook(path);
      expect(again.path).toBe(sibling);
      expect(again.notes.map((n) => n.id)).toEqual(["a", "b"]);
    });
  }

  it("skips a sibling that is unusable too", () => {
    mkdirSync(join(dir, "court-report"), { recursive: true });
    writeFileSync(path, "garbage");
    writeFileSync(siblingPath(path, 2), "more garbage");
    expect(openNotebook(path).path).toBe(siblingPath(path, 3));
  });

  it("that goes bad while the explorer runs is not written over: the save says why", () => {
    const nb = openNotebook(path);
    saved(nb, add("a"));
    writeFileSync(path, "{ broken by hand");
    const result = saveOp(nb, add("b"));
    expect(result.ok).toBe(false);
    expect(oneLine(result.ok ? null : result.message)).toMatch(/笔记文件无法解析，未写入/);
    expect(readFileSync(path, "utf8")).toBe("{ broken by hand");
  });
});

describe("a disk that refuses", () => {
  // [what, the call that fails, its error, how many of its calls succeed first, what the user reads]
  const failures: [string, Parameters<typeof inject>[0], string, number, RegExp][] = [
    ["a full disk, writing the lock", "writeSync", "ENOSPC", 0, /磁盘已满，ENOSPC/],
    ["a full disk, writing the notes", "writeSync", "ENOSPC", 1, /磁盘已满，ENOSPC/],
    ["a quota", "writeSync", "EDQUOT", 1, /超出磁盘配额，EDQUOT/],
    ["a flush to disk that fails", "fsyncSync", "EIO", 0, /读写出错，EIO/],
    ["no permission to make the lock", "openSync", "EACCES", 0, /没有权限，EACCES/],
    ["no permission to make the temporary file", "openSync", "EACCES", 1, /没有权限，EACCES/],
    ["the backup's rename failing", "renameSync", "EIO", 0, /读写出错，EIO/],
    ["the notebook's rename failing", "renameSync", "EIO", 1, /读写出错，EIO/],
  ];
  for (const [what, call, code, succeed, says] of failures) {
    it(`${what}: the save fails in one line, the notes saved before are whole, the next save works`, () => {
      const nb = openNotebook(path);
      saved(nb, add("a"));
      saved(nb, add("b"));
      const file = readFileSync(path);
      const backup = readFileSync(backupPath(path));
      let calls = 0;
      inject(call, (args) =>
        (typeof args[0] === "number" || String(args[0]).startsWith(dir)) && calls++ >= succeed ? code : null,
      );
      const result = saveOp(nb, add("c"));
      restoreFs();
      expect(result.ok).toBe(false);
      expect(oneLine(result.ok ? null : result.message)).toMatch(says);
      expect(readFileSync(path)).toEqual(file);
      // The backup is the version before the last one saved, or — when only the very last step
      // failed — that last version itself: either way a whole notebook, nothing lost.
      expect([backup, file]).toContainEqual(readFileSync(backupPath(path)));
      expect(readdirSync(join(dir, "court-report")).sort()).toEqual(["notes.json", "notes.json.bak"]);
      expect(saved(nb, add("c")).map((n) => n.id)).toEqual(["a", "b", "c"]);
    });
  }

  it("a read-only file system: reading works, the notebook says it cannot save and why", () => {
    const nb = openNotebook(path);
    saved(nb, add("a"));
    inject("accessSync", () => "EROFS");
    const ro = openNotebook(path);
    restoreFs();
    expect(ro.notes.map((n) => n.id)).toEqual(["a"]);
    expect(ro.writable).toBe(false);
    expect(oneLine(ro.problem)).toMatch(/笔记无法保存：目录无法写入（文件系统只读，EROFS）/);
    const refused = saveOp(ro, add("b"));
    expect(refused.ok ? null : refused.message).toBe(ro.problem);
  });

  it("a read-only directory, for real where permissions apply (not as root)", () => {
    if (process.getuid?.() === 0) {
      // Root writes anyway; test/cli-notes.test.ts runs the same case as another user.
      expect(openNotebook(path).writable).toBe(true);
      return;
    }
    const nb = openNotebook(path);
    saved(nb, add("a"));
    chmodSync(join(dir, "court-report"), 0o500);
    chmodSync(path, 0o400);
    try {
      const ro = openNotebook(path);
      expect(ro.notes.map((n) => n.id)).toEqual(["a"]);
      expect(ro.writable).toBe(false);
      expect(oneLine(ro.problem)).toMatch(/EACCES/);
    } finally {
      chmodSync(join(dir, "court-report"), 0o700);
    }
  });
});

describe("the lock", () => {
  it("left by a process that died (whole or half-written) is taken over", () => {
    const nb = openNotebook(path);
    saved(nb, add("a"));
    // A pid that is not running (the largest pids are never handed out so soon).
    writeFileSync(`${path}.lock`, `4194000 ${hostname()} ${Date.now()} abc`);
    expect(saved(nb, add("b")).map((n) => n.id)).toEqual(["a", "b"]);
    expect(existsSync(`${path}.lock`)).toBe(false);
    writeFileSync(`${path}.lock`, "4194000 ");
    expect(saved(nb, add("c")).map((n) => n.id)).toEqual(["a", "b", "c"]);
    expect(existsSync(`${path}.lock`)).toBe(false);
  });

  it("held by a live process is waited for, then the save fails in one line and leaves that lock alone", () => {
    const nb = openNotebook(path);
    saved(nb, add("a"));
    const file = readFileSync(path);
    // This very process is alive: a lock in its name with another token is someone else's save under way.
    const lock = `${process.pid} ${hostname()} ${Date.now()} another`;
    writeFileSync(`${path}.lock`, lock);
    const result = saveOp(nb, add("b"));
    expect(result.ok).toBe(false);
    expect(oneLine(result.ok ? null : result.message)).toBe(
      `笔记文件正被另一个程序写入（进程 ${process.pid}，${hostname()}；锁 ${path}.lock），未保存`,
    );
    expect(readFileSync(path)).toEqual(file);
    expect(readFileSync(`${path}.lock`, "utf8")).toBe(lock);
    rmSync(`${path}.lock`);
    expect(saved(nb, add("b")).map((n) => n.id)).toEqual(["a", "b"]);
  });
});
