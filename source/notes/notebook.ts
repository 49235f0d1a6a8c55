// The notebook: the file that holds the notes, saved the way a text editor saves a file.
//
// Every change is a NoteOp. A save takes the lock beside the file (source/store/lock-file.ts),
// reads what the file holds NOW — another explorer may have saved since — applies the ops, and
// writes the result atomically with the previous version kept as `<file>.bak` (writeAtomic). So two
// processes never lose each other's ops (the lock orders their read-apply-write), and a SIGKILL at
// any point leaves the old file or the new one, each whole. A whole-file rewrite rather than an
// append-only log: the file stays one plain JSON document that `notes --import` takes on another
// machine, a log would need the same lock for its compaction anyway, and the notebook is small
// (1,000 notes are ~0.5 MB).
//
// A file that cannot be read, does not parse or comes from a newer version is never written: new
// notes go to a sibling file (`notes.2.json`…) and `problem` says so in one line.
import { accessSync, constants, readdirSync, statSync, unlinkSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { ensureDir, readText, tempPrefix, writeAtomic } from "../store/atomic-file";
import { LockBusy, processAlive, withLock } from "../store/lock-file";
import { dataDir } from "../store/paths";
import { applyOp, type Note, type NoteOp } from "./note";
import { formatNotebook, parseNotebook } from "./notebook-format";

export interface Notebook {
  /** Where the notes are read from and saved to; null when there is nowhere (no home). */
  readonly path: string | null;
  /** Every note, deleted ones included (see liveNotes). */
  readonly notes: readonly Note[];
  readonly writable: boolean;
  /** One line in Chinese: why notes cannot be saved, or why the usual file was not used; else null. */
  readonly problem: string | null;
}

export type SaveResult =
  | { readonly ok: true; readonly notes: readonly Note[] }
  | { readonly ok: false; readonly message: string };

export const NOTES_VARIABLE = "COURT_REPORT_NOTES";
const FILE_NAME = "notes.json";
/** How many sibling files are tried before giving up on finding one that destroys nothing. */
const SIBLINGS = 20;

/** `--notes FILE`, else $COURT_REPORT_NOTES, else `notes.json` in the XDG data directory; null without a home. */
export function notebookPath(options: { flag?: string; env?: NodeJS.ProcessEnv }): string | null {
  const env = options.env ?? process.env;
  if (options.flag) return resolve(options.flag);
  const variable = env[NOTES_VARIABLE];
  if (variable) return resolve(variable);
  const dir = dataDir(env);
  return dir === null ? null : join(dir, FILE_NAME);
}

/** Where the previous version of the notebook at `path` is kept. */
export const backupPath = (path: string): string => `${path}.bak`;
const lockPath = (path: string): string => `${path}.lock`;

/** `notes.json` → `notes.2.json`; `mine` → `mine.2`. */
export function siblingPath(path: string, n: number): string {
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}.${n}${ext}`);
}

type Read =
  | { readonly state: "absent" }
  | { readonly state: "notes"; readonly notes: readonly Note[] }
  | { readonly state: "unusable"; readonly why: string };

/**
 * The notes this process last read or wrote at each path, with the file's identity then (device,
 * inode, size, change times). Every save, ours or another process's, renames a new file into place,
 * so an unchanged identity means unchanged content: a save skips reading and parsing what it wrote.
 */
const known = new Map<string, { readonly stamp: string; readonly notes: readonly Note[] }>();

/** The file's identity, or its kind when it is not a regular file, or null when it is absent. */
function stampOf(path: string): { file: string } | { other: string } | null {
  try {
    const s = statSync(path, { bigint: true });
    if (s.isFile()) return { file: `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}` };
    return { other: s.isDirectory() ? "是目录" : "是管道或设备" };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
}

/** What the file at `path` holds, or why it cannot be used. Never throws. */
function readNotebook(path: string): Read {
  let text: string | null;
  let stamp: string | null = null;
  try {
    const found = stampOf(path);
    // A directory, a pipe or a device is nothing a notebook is saved as (and reading a pipe would block).
    if (found !== null && "other" in found) return { state: "unusable", why: `笔记文件不是普通文件（${found.other}）` };
    if (found !== null) {
      stamp = found.file;
      const cached = known.get(path);
      if (cached?.stamp === stamp) return { state: "notes", notes: cached.notes };
    }
    text = readText(path);
  } catch (error) {
    return { state: "unusable", why: `笔记文件无法读取（${errorWord(error)}）` };
  }
  if (text === null) return { state: "absent" };
  const parsed = parseNotebook(text);
  if (!parsed.ok)
    return {
      state: "unusable",
      why: parsed.reason === "newer" ? `笔记文件来自更新的版本（schema ${parsed.schema}）` : "笔记文件无法解析",
    };
  // The identity was taken before reading: if the file was replaced in between, it no longer matches.
  if (stamp !== null) known.set(path, { stamp, notes: parsed.notes });
  return { state: "notes", notes: parsed.notes };
}

/** The notebook at `path`, or where its notes go instead. Never throws, never writes. */
export function openNotebook(path: string | null): Notebook {
  if (path === null)
    return {
      path: null,
      notes: [],
      writable: false,
      problem: `没有主目录（HOME），笔记无法保存；用 --notes FILE 或 ${NOTES_VARIABLE} 指定笔记文件`,
    };
  const read = readNotebook(path);
  if (read.state !== "unusable") {
    const why = unwritable(path);
    return {
      path,
      notes: read.state === "notes" ? read.notes : [],
      writable: why === null,
      problem: why === null ? null : `笔记无法保存：${why}`,
    };
  }
  const kept = `${read.why}，未改动它：${path}`;
  for (let n = 2; n < 2 + SIBLINGS; n++) {
    const sibling = siblingPath(path, n);
    const other = readNotebook(sibling);
    if (other.state === "unusable") continue;
    const why = unwritable(sibling);
    return {
      path: sibling,
      notes: other.state === "notes" ? other.notes : [],
      writable: why === null,
      problem: why === null ? `${kept}；新笔记存入 ${sibling}` : `${kept}；笔记无法保存：${why}`,
    };
  }
  return { path: null, notes: [], writable: false, problem: `${kept}；旁边也没有可用的笔记文件，笔记无法保存` };
}

/** Saves one op: see saveOps. */
export const saveOp = (notebook: Notebook, op: NoteOp): SaveResult => saveOps(notebook, [op]);

/**
 * Applies `ops` to what the notebook file holds now and writes it, all under the lock; returns the
 * notes as saved (the other explorers' ops included). Never throws: a failure is a one-line
 * message in Chinese, with the file as it was.
 */
export function saveOps(notebook: Notebook, ops: readonly NoteOp[]): SaveResult {
  const path = notebook.path;
  if (path === null || !notebook.writable) return { ok: false, message: notebook.problem ?? "笔记无法保存" };
  try {
    // The lock lives beside the file, so the directory comes first (0700, where it has to be made).
    ensureDir(dirname(path));
    return withLock(lockPath(path), () => {
      const read = readNotebook(path);
      if (read.state === "unusable") return { ok: false, message: `${read.why}，未写入：${path}` };
      const before = read.state === "notes" ? read.notes : [];
      const after = ops.reduce(applyOp, before);
      if (after !== before) {
        writeAtomic(path, formatNotebook(after), { backup: backupPath(path) });
        remember(path, after);
        removeLeftovers(path);
      }
      return { ok: true, notes: after };
    });
  } catch (error) {
    if (error instanceof LockBusy)
      return {
        ok: false,
        message: `笔记文件正被另一个程序写入（进程 ${error.pid}，${error.host}；锁 ${lockPath(path)}），未保存`,
      };
    return { ok: false, message: `笔记未保存（${errorWord(error)}）：${path}` };
  }
}

/** What was just written, under the lock (so nobody else has replaced it since). */
function remember(path: string, notes: readonly Note[]): void {
  try {
    const found = stampOf(path);
    if (found !== null && "file" in found) known.set(path, { stamp: found.file, notes });
  } catch {
    known.delete(path);
  }
}

/**
 * Temporary files left by a process killed mid-save (never renamed, so never the notebook): removed
 * while the lock is held, when their process is gone.
 */
function removeLeftovers(path: string): void {
  const prefix = tempPrefix(path);
  let names: string[];
  try {
    names = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !name.endsWith(".tmp")) continue;
    const pid = Number(name.slice(prefix.length).split(".")[0]);
    if (pid === process.pid || processAlive(pid)) continue;
    try {
      unlinkSync(join(dirname(path), name));
    } catch {
      // Someone else cleaned it.
    }
  }
}

/**
 * Why nothing could be saved at `path`, or null when it can: its directory (the nearest that
 * exists) must take the lock, the temporary file and the rename; a file made read-only on purpose
 * is respected, as editors do.
 */
function unwritable(path: string): string | null {
  let dir = dirname(path);
  while (!exists(dir) && dirname(dir) !== dir) dir = dirname(dir);
  for (const [target, what] of [
    [dir, "目录"],
    [path, "笔记文件"],
  ] as const) {
    if (target === path && !exists(path)) continue;
    try {
      accessSync(target, constants.W_OK);
    } catch (error) {
      return `${what}无法写入（${errorWord(error)}）：${target}`;
    }
  }
  return null;
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

/** An ErrnoException in the user's words; the code stays, for searching. */
export function errorWord(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case "ENOSPC":
      return "磁盘已满，ENOSPC";
    case "EDQUOT":
      return "超出磁盘配额，EDQUOT";
    case "EACCES":
    case "EPERM":
      return `没有权限，${code}`;
    case "EROFS":
      return "文件系统只读，EROFS";
    case "EISDIR":
      return "这是一个目录，EISDIR";
    case "ENOTDIR":
      return "路径中有一项不是目录，ENOTDIR";
    case "EIO":
      return "读写出错，EIO";
    default:
      return code ?? String((error as Error | undefined)?.message ?? error).split("\n")[0]!;
  }
}
