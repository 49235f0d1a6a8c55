// Writing a draft to a file for the explorer's "write the draft" key: never over a file that is
// already there unless asked to. An existing `审议意见草稿-2026-02-19.md` is left alone and the draft
// goes to `审议意见草稿-2026-02-19-2.md` (then -3 …), and the message names the file written and the one kept.
import { linkSync, unlinkSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { writeAtomic } from "../store/atomic-file";
import { errorWord } from "./notebook";

/** How many numbered names are tried before giving up. */
const NAMES = 99;

export type DraftWritten =
  | { readonly ok: true; readonly path: string; readonly message: string }
  | { readonly ok: false; readonly message: string };

/** `审议意见草稿-2026-02-19.md` → `审议意见草稿-2026-02-19-2.md`. */
export function numberedPath(path: string, n: number): string {
  const ext = extname(path);
  return join(dirname(path), `${basename(path, ext)}-${n}${ext}`);
}

/**
 * Writes `text` to `path`, or — when `path` exists and `overwrite` is not set — to the first free
 * numbered name beside it. Never half-written: the text is flushed to a temporary file first, which
 * then gets the name by link() (which fails rather than replace a file made meanwhile) or, with
 * `overwrite`, by rename(). The message is one line in Chinese.
 */
export function writeDraft(path: string, text: string, options: { overwrite?: boolean } = {}): DraftWritten {
  try {
    if (options.overwrite) {
      writeAtomic(path, text);
      return { ok: true, path, message: `草稿已写入 ${path}（覆盖了原文件）` };
    }
    const temp = join(dirname(path), `.${basename(path)}.${process.pid}.draft.tmp`);
    writeAtomic(temp, text);
    try {
      for (let n = 1; n <= NAMES; n++) {
        const target = n === 1 ? path : numberedPath(path, n);
        try {
          linkSync(temp, target);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code === "EEXIST") continue;
          throw error;
        }
        const kept = n === 1 ? "" : `（${path} 已存在，未覆盖）`;
        return { ok: true, path: target, message: `草稿已写入 ${target}${kept}` };
      }
      return { ok: false, message: `草稿未写入：${path} 及编号到 ${NAMES} 的文件名都已存在` };
    } finally {
      unlinkSync(temp);
    }
  } catch (error) {
    return { ok: false, message: `草稿未写入（${errorWord(error)}）：${path}` };
  }
}
