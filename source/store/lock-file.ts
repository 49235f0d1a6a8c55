// A lock beside a file, so that two processes (two explorers over two SSH sessions, or `notes
// --import` while one runs) read, change and write it one after the other and neither loses the
// other's change. Node has no flock(), so the lock is a file made with O_EXCL: exactly one process
// can create it. It holds "pid host time token". A lock is stale — its holder was killed before
// removing it — when its process is gone (same host) or it is older than STALE_MS (another host, or
// a pid since reused); a stale lock is taken over. Holding it takes milliseconds (one read, one write).
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { builtin } from "../builtin";

/** node:os, loaded when a lock is first taken: a lookup that takes none never loads it. */
const hostname = (): string => builtin("node:os").hostname();

/** A lock older than this is stale whatever its pid says: a save takes milliseconds, not a minute. */
const STALE_MS = 60_000;
/** An empty lock (its maker killed between creating and writing it) is stale after this. */
const EMPTY_STALE_MS = 2_000;
/** How long to wait for another process's lock before giving up (the explorer waits this long at most). */
const WAIT_MS = 3_000;

export class LockBusy extends Error {
  /** The holding process, as the lock names it: its pid and host. */
  readonly pid: string;
  readonly host: string;
  constructor(lock: string, held: string) {
    super(`${lock} is held by ${held}`);
    const [pid = "?", host = "?"] = held.split(" ");
    this.pid = pid;
    this.host = host;
  }
}

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Sleeps synchronously: the callers are synchronous, and the wait is a few milliseconds. */
const sleep = (ms: number): void => void Atomics.wait(pause, 0, 0, ms);

/**
 * Runs `body` holding `lockPath`, then releases it. Throws LockBusy when another live process
 * holds it for longer than WAIT_MS, or the ErrnoException that kept the lock from being made
 * (EACCES, EROFS, ENOSPC…).
 */
export function withLock<T>(lockPath: string, body: () => T): T {
  const token = `${process.pid} ${hostname()} ${Date.now()} ${Math.random().toString(36).slice(2)}`;
  acquire(lockPath, token);
  try {
    return body();
  } finally {
    release(lockPath, token);
  }
}

function acquire(lockPath: string, token: string): void {
  const deadline = Date.now() + WAIT_MS;
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(lockPath, "wx", 0o600);
      try {
        writeSync(fd, token);
      } catch (error) {
        // A full disk can refuse even these few bytes: an empty lock would hold up the next save.
        closeSync(fd);
        unlinkQuietly(lockPath);
        throw error;
      }
      closeSync(fd);
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    const held = readLock(lockPath);
    if (held !== null && isStale(held, lockPath)) {
      breakLock(lockPath, held);
      // At once, unless a lock that cannot be moved aside has kept this up past the deadline.
      if (Date.now() <= deadline) continue;
    }
    if (Date.now() > deadline) throw new LockBusy(lockPath, held ?? "?");
    // Short at first (the holder is usually done within a write), longer when it is not.
    sleep(Math.min(1 + attempt, 20));
  }
}

function readLock(lockPath: string): string | null {
  try {
    return readFileSync(lockPath, "utf8");
  } catch {
    return null;
  }
}

function isStale(held: string, lockPath: string): boolean {
  const [pid, host, time, token] = held.split(" ");
  if (token === undefined) {
    // Half-written: its maker was killed while writing it (or is writing it this instant).
    const complete = held.includes(" ") ? Number(pid) : Number.NaN;
    return (Number.isInteger(complete) && !processAlive(complete)) || ageOf(lockPath) > EMPTY_STALE_MS;
  }
  if (Date.now() - Number(time) > STALE_MS) return true;
  return host === hostname() && !processAlive(Number(pid));
}

function ageOf(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** Whether a process with this id runs on this machine. */
export function processAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but is someone else's.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Takes a stale lock away: renamed aside first (only one process can rename it), then checked to be
 * the lock judged stale — if a live process made a new lock in between, that one is put back.
 */
function breakLock(lockPath: string, held: string): void {
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    renameSync(lockPath, aside);
  } catch {
    return;
  }
  const moved = readLock(aside);
  if (moved === held) unlinkQuietly(aside);
  else {
    try {
      // link, not rename: it fails rather than replace a lock that yet another process has made.
      linkSync(aside, lockPath);
    } catch {
      // That other lock stands; the one we moved aside was not stale after all and is lost — its
      // holder finds it gone when releasing, and its write was already whole (writeAtomic).
    }
    unlinkQuietly(aside);
  }
}

function release(lockPath: string, token: string): void {
  // Only our own lock: had it been judged stale and taken over, the new one is someone else's.
  if (readLock(lockPath) === token) unlinkQuietly(lockPath);
}

function unlinkQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}
