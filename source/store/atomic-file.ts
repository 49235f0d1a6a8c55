// Writing the user's files the way a text editor saves: the new content goes to a temporary file
// in the same directory, is flushed to disk, and is renamed over the old file, so a crash leaves the
// old file or the new one, never half of either. Directories are made 0700 and files 0600: notes are
// the user's own words.
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/** Makes `dir` (and its parents) private to the user where it has to be made. */
export function ensureDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
}

/**
 * Whether a file could be made in `dir` without changing anything: the directory, or the nearest
 * one above it that exists (where ensureDir would start), is a directory we may write in.
 */
export function canWrite(dir: string): boolean {
  for (let d = dir; ; d = dirname(d)) {
    try {
      accessSync(d, constants.W_OK);
      return statSync(d).isDirectory();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT" || dirname(d) === d) return false;
    }
  }
}

/** The file's text, or null when it does not exist (nor can: a parent is a file); any other
 * failure to read throws. */
export function readText(path: string): string | null {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return null;
    throw error;
  }
}

/**
 * Replaces `path` with `text` atomically: temp file (0600) in the same directory, fsync, rename,
 * fsync of the directory. Throws (an ErrnoException: ENOSPC, EACCES, EROFS…) with nothing changed.
 */
export function writeAtomic(path: string, text: string): void {
  const dir = dirname(path);
  ensureDir(dir);
  const temp = join(dir, `.${basename(path)}.${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, "wx", 0o600);
    const bytes = Buffer.from(text, "utf8");
    let written = 0;
    while (written < bytes.length) written += writeSync(fd, bytes, written, bytes.length - written);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // The temp file was never made, or is already gone: nothing to clean.
    }
    throw error;
  }
  syncDir(dir);
}

/** Makes a rename durable; some file systems cannot open a directory, which costs only durability. */
function syncDir(dir: string): void {
  try {
    const fd = openSync(dir, "r");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Durability of the rename only; the file itself is whole either way.
  }
}
