// Two explorers open at once (two SSH sessions) never lose each other's notes: two processes each
// add, comment, tag, move, delete and restore their own notes in one notebook at the same time,
// hundreds of saves between them, and the file ends with every op of both.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { applyOp, type Note, type NoteOp, TAGS } from "../source/notes/note";
import { openNotebook } from "../source/notes/notebook";
import { bundleNotebookChild, runChild } from "./helpers/notebook-process";
import { noteOf, quoteAt } from "./helpers/notes";

let child = "";
beforeAll(async () => {
  child = await bundleNotebookChild();
});

const NOTES = 50;

/** One writer's ops: each of its notes added, commented, tagged, moved; every fifth deleted, every tenth restored. */
function writerOps(who: string): NoteOp[] {
  const ops: NoteOp[] = [];
  for (let i = 0; i < NOTES; i++) {
    const id = `${who}-${i}`;
    const at = (s: number) => new Date(Date.UTC(2026, 2, 1, 20, 0, i * 4 + s)).toISOString();
    ops.push(
      { op: "add", note: noteOf({ id, quotes: [quoteAt(i * 3, i, i + 20)], created: at(0), rank: i }) },
      { op: "comment", id, comment: `${who} 的第 ${i} 条：初稿`, at: at(1) },
      { op: "tag", id, tag: TAGS[i % TAGS.length]!, at: at(2) },
      { op: "comment", id, comment: `${who} 的第 ${i} 条：定稿\n第二行`, at: at(3) },
      { op: "move", id, rank: NOTES - i, at: at(3) },
    );
    if (i % 5 === 0) ops.push({ op: "delete", id, at: at(3) });
    if (i % 10 === 0) ops.push({ op: "restore", id, at: at(3) });
  }
  return ops;
}

describe("two processes saving into one notebook at once", () => {
  it("keep every op of both", async () => {
    const dir = mkdtempSync(join(tmpdir(), "court-report-two-"));
    const path = join(dir, "notes.json");
    try {
      const a = writerOps("甲");
      const b = writerOps("乙");
      const [ra, rb] = await Promise.all([runChild(child, path, a), runChild(child, path, b)]);
      expect([ra.code, rb.code], ra.stderr + rb.stderr).toEqual([0, 0]);
      expect(ra.confirmed + rb.confirmed).toBe(a.length + b.length);
      expect(a.length + b.length).toBeGreaterThan(500);
      const saved = openNotebook(path).notes;
      // Each writer's ops touch only its own notes, so the result is both replays, in any interleaving.
      const byId = (notes: readonly Note[]) => new Map(notes.map((n) => [n.id, n]));
      const expected = byId([...a.reduce(applyOp, [] as readonly Note[]), ...b.reduce(applyOp, [] as readonly Note[])]);
      expect(saved).toHaveLength(2 * NOTES);
      expect(byId(saved)).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
