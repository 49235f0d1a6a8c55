// Writing the user's files the way a text editor saves: the new content goes to a temporary file
// in the same directory, is flushed to disk, and is renamed over the old file, so a crash leaves the
// old file or the new one, never half of either. Directories are made 0700 and files 0600: notes are
// the user's own words.
import {
  accessSync,
  closeSync,
  constants,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";
import { writeAll } from "../write-all";

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

export interface WriteOptions {
  /**
   * Where the file's previous version is kept (replaced each time): made a second name of the old
   * file just before the rename, so the old content is never copied and never half-written.
   */
  readonly backup?: string;
}

/** The temporary files writeAtomic makes for `path` start with this (another process's may linger after a crash). */
export const tempPrefix = (path: string): string => `.${basename(path)}.`;

/**
 * Replaces `path` with `text` atomically: temp file (0600) in the same directory, fsync, rename,
 * fsync of the directory. Throws (an ErrnoException: ENOSPC, EACCES, EROFS…) with nothing changed.
 */
export function writeAtomic(path: string, text: string | Uint8Array, options: WriteOptions = {}): void {
  const dir = dirname(path);
  ensureDir(dir);
  const temp = join(dir, `${tempPrefix(path)}${process.pid}.${Date.now().toString(36)}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, "wx", 0o600);
    writeAll(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    if (options.backup !== undefined) keepBackup(path, options.backup);
    renameSync(temp, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    removeQuietly(temp);
    throw error;
  }
  syncDir(dir);
}

/** `backup` becomes the file now at `path` (a hard link, renamed into place); nothing when there is none yet. */
function keepBackup(path: string, backup: string): void {
  // Named like writeAtomic's own temporary files, so a leftover after a crash is found the same way.
  const staged = join(dirname(backup), `${tempPrefix(path)}${process.pid}.backup.tmp`);
  removeQuietly(staged);
  try {
    linkSync(path, staged);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    // A file system without hard links: the backup is written as a copy, the same careful way.
    const old = readText(path);
    if (old !== null) writeAtomic(backup, old);
    return;
  }
  try {
    renameSync(staged, backup);
  } catch (error) {
    removeQuietly(staged);
    throw error;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Never made, or already gone: nothing to clean.
  }
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
