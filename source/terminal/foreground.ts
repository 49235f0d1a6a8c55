// Whether this process is in the foreground of its terminal, i.e. may take it: after `bg` it runs but
// the shell owns the terminal. Linux: /proc/self/stat's pgrp (field 5) equals the terminal's
// foreground process group tpgid (field 8) — one small read, no child process. Elsewhere unknown
// (undefined): the caller then sets raw mode before drawing anything, because tcsetattr from the
// background stops the process with SIGTTOU until `fg`, which is the same wait.
import { readFileSync } from "node:fs";

export function inForeground(stat: () => string = () => readFileSync("/proc/self/stat", "utf8")): boolean | undefined {
  let text: string;
  try {
    text = stat();
  } catch {
    return undefined;
  }
  // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ")".
  const fields = text.slice(text.lastIndexOf(")") + 2).split(" ");
  const pgrp = Number(fields[2]);
  const tpgid = Number(fields[5]);
  if (!Number.isInteger(pgrp) || !Number.isInteger(tpgid) || tpgid <= 0) return undefined;
  return pgrp === tpgid;
}
