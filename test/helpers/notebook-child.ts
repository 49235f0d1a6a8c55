// A process that saves ops into a notebook, for the crash and two-process tests: it reads the ops
// (JSON) from the file named by its second argument, saves them one at a time into the notebook
// named by the first, and writes "ok <i>" on stdout after each save returns ok, before the next.
//
// CRASH="<call>:<n>" kills it (SIGKILL, by itself) at the n-th call of one of the store's file
// operations: "write" after writing half of the bytes (a torn temporary file or lock), "fsync",
// "link" or "rename" just before the call — so every step of a save gets its crash. The calls are
// wrapped in node:fs itself (syncBuiltinESMExports), not through any hook in the program.
import fs, { readFileSync, writeSync } from "node:fs";
import { syncBuiltinESMExports } from "node:module";
import type { NoteOp } from "../../source/notes/note";
import { openNotebook, saveOp } from "../../source/notes/notebook";

const [path, opsFile] = process.argv.slice(2);
const ops = JSON.parse(readFileSync(opsFile!, "utf8")) as NoteOp[];

const crash = /^(write|fsync|link|rename):(\d+)$/.exec(process.env.CRASH ?? "");
if (crash) {
  const name = `${crash[1]}Sync` as "writeSync" | "fsyncSync" | "linkSync" | "renameSync";
  let left = Number(crash[2]);
  const real = fs[name] as (...args: unknown[]) => unknown;
  const die = () => process.kill(process.pid, "SIGKILL");
  (fs as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
    if (--left === 0) {
      if (name === "writeSync") {
        const buffer = Buffer.isBuffer(args[1]) ? args[1] : Buffer.from(String(args[1]));
        const offset = typeof args[2] === "number" ? args[2] : 0;
        const length = typeof args[3] === "number" ? args[3] : buffer.length - offset;
        real(args[0], buffer, offset, Math.floor(length / 2));
      }
      die();
    }
    return real(...args);
  };
  syncBuiltinESMExports();
}

const notebook = openNotebook(path!);
for (const [i, op] of ops.entries()) {
  const saved = saveOp(notebook, op);
  if (!saved.ok) {
    writeSync(2, `fail ${i} ${saved.message}\n`);
    process.exit(3);
  }
  writeSync(1, `ok ${i}\n`);
}
