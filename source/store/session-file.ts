// The kept reading place: one versioned JSON file in the state directory ($XDG_STATE_HOME/court-report/
// session.json), written like an editor saves (./atomic-file.ts). A file that cannot be read, does not
// parse or comes from a newer version is never overwritten: the explorer starts as new, says so in one
// line, and keeps nothing this time. Without a home or a writable directory it says the place cannot
// be kept. Only the explorer opens it; quick lookups never do.
import { dirname } from "node:path";
import { sanitize } from "../text/sanitize";
import { canWrite, readText, writeAtomic } from "./atomic-file";
import { stateFile } from "./paths";

export const SESSION_NAME = "session.json";

/** The file's layout; a reader refuses (and never overwrites) a higher one. */
export const SESSION_VERSION = 1;

export type SessionData = Readonly<Record<string, unknown>>;

export interface SessionFile {
  /** The file's path, or null without a home. */
  readonly path: string | null;
  /** What was saved last time (version 1), or null: no file, `--fresh`, or a file not to be used. */
  readonly saved: SessionData | null;
  /** One line for the status line at start when something is wrong, else null. */
  readonly notice: string | null;
  /** Whether save() writes at all. */
  readonly keeps: boolean;
  /** Writes `data` when it differs from what was last written; never throws. False if not kept. */
  save(data: SessionData): boolean;
}

export interface OpenOptions {
  readonly env?: NodeJS.ProcessEnv;
  /** `--fresh`: read nothing, write nothing. */
  readonly fresh?: boolean;
  /** How the file is written (tests inject a failing one). */
  readonly write?: (path: string, text: string) => void;
}

const NOT_KEPT = "本次的阅读位置不会保存";

export function openSessionFile({
  env = process.env,
  fresh = false,
  write = writeAtomic,
}: OpenOptions = {}): SessionFile {
  const path = stateFile(SESSION_NAME, env);
  if (fresh) return closed(path, null, null);
  if (path === null) return closed(null, null, `没有主目录（HOME），${NOT_KEPT}`);
  const shown = sanitize(path);
  let text: string | null;
  try {
    text = readText(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "读取失败";
    return closed(path, null, `无法读取上次的阅读位置（${shown}：${code}），未改动该文件；${NOT_KEPT}`);
  }
  let saved: SessionData | null = null;
  if (text !== null) {
    const data = parse(text);
    const version = data?.version;
    if (data === null || typeof version !== "number")
      return closed(path, null, `上次的阅读位置无法解析（${shown}），未改动该文件；${NOT_KEPT}`);
    if (version > SESSION_VERSION)
      return closed(path, null, `${shown} 来自更新版本的 court-report（第 ${version} 版），未改动它；${NOT_KEPT}`);
    saved = data;
  }
  if (!canWrite(dirname(path))) return closed(path, saved, `无法写入 ${sanitize(dirname(path))}，${NOT_KEPT}`);

  let last = text;
  let failed = false;
  return {
    path,
    saved,
    notice: null,
    get keeps() {
      return !failed;
    },
    save(data) {
      if (failed) return false;
      const next = `${JSON.stringify({ ...data, version: SESSION_VERSION })}\n`;
      if (next === last) return true;
      try {
        write(path, next);
        last = next;
        return true;
      } catch {
        // A full disk or a directory made read-only meanwhile: the old file is whole (writeAtomic).
        failed = true;
        return false;
      }
    },
  };
}

function closed(path: string | null, saved: SessionData | null, notice: string | null): SessionFile {
  return { path, saved, notice, keeps: false, save: () => false };
}

function parse(text: string): Record<string, unknown> | null {
  try {
    const data: unknown = JSON.parse(text);
    return data !== null && typeof data === "object" && !Array.isArray(data) ? (data as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
