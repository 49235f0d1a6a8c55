// TEMPORARY: a minimal notebook store with the agreed signatures, so the explorer builds and runs
// until the real store (atomic, merging, backed up) replaces this file.
import { dirname, join } from "node:path";
import { readText, writeAtomic } from "../store/atomic-file";
import { dataDir } from "../store/paths";
import { applyOp, type Note, type NoteOp } from "./note";

export interface Notebook {
  readonly path: string | null;
  readonly notes: readonly Note[];
  readonly writable: boolean;
  readonly problem: string | null;
}

export type SaveResult =
  | { readonly ok: true; readonly notes: readonly Note[] }
  | { readonly ok: false; readonly message: string };

export function notebookPath({ flag, env = process.env }: { flag?: string; env?: NodeJS.ProcessEnv }): string | null {
  if (flag) return flag;
  if (env.COURT_REPORT_NOTES) return env.COURT_REPORT_NOTES;
  const dir = dataDir(env);
  return dir ? join(dir, "notes.json") : null;
}

function read(path: string): readonly Note[] {
  const text = readText(path);
  return text === null ? [] : (JSON.parse(text) as { notes: Note[] }).notes;
}

export function openNotebook(path: string | null): Notebook {
  if (path === null) return { path, notes: [], writable: false, problem: "没有主目录，笔记无法保存" };
  try {
    return { path, notes: read(path), writable: true, problem: null };
  } catch (error) {
    return { path, notes: [], writable: false, problem: `笔记文件无法读取：${(error as Error).message}` };
  }
}

export function saveOp(notebook: Notebook, op: NoteOp): SaveResult {
  if (!notebook.writable || notebook.path === null) return { ok: false, message: notebook.problem ?? "笔记无法保存" };
  try {
    const notes = applyOp(read(notebook.path), op);
    writeAtomic(notebook.path, `${JSON.stringify({ version: 1, notes }, null, 1)}\n`);
    return { ok: true, notes };
  } catch (error) {
    return { ok: false, message: `${(error as Error).message} (${dirname(notebook.path)})` };
  }
}
