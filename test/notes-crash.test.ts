// The notebook survives SIGKILL anywhere: random sequences of add / comment / tag / move / delete /
// restore are saved by a child process that is killed — from outside after a random delay, or by
// itself at a random file operation inside a save (half a write, before an fsync, the backup's
// link or the rename) — and after every kill the file parses and holds exactly the ops whose save
// was confirmed (plus, at most, the one whose confirmation the kill cut off). The next child takes
// over the dead one's lock.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { applyOp, type Note, type NoteOp, TAGS } from "../source/notes/note";
import { backupPath, openNotebook } from "../source/notes/notebook";
import { parseNotebook } from "../source/notes/notebook-format";
import { bundleNotebookChild, runChild } from "./helpers/notebook-process";
import { noteOf, quoteAt } from "./helpers/notes";

let child = "";
beforeAll(async () => {
  child = await bundleNotebookChild();
});

/** An op drawn without knowing the notes; `pick` chooses among the notes there are when it is resolved. */
type Draw =
  | { kind: "add"; paragraph: number; start: number; length: number; comment: string }
  | { kind: "comment"; pick: number; comment: string }
  | { kind: "tag"; pick: number; tag: number }
  | { kind: "move"; pick: number; rank: number }
  | { kind: "delete" | "restore"; pick: number };

const comment = fc.string({
  unit: fc.constantFrom("审", "议", "意", "见", "a", " ", "\n", "“", "”", "😀"),
  maxLength: 12,
});
const draw: fc.Arbitrary<Draw> = fc.oneof(
  fc.record({
    kind: fc.constant("add" as const),
    paragraph: fc.nat(200),
    start: fc.nat(300),
    length: fc.integer({ min: 1, max: 60 }),
    comment,
  }),
  fc.record({ kind: fc.constant("comment" as const), pick: fc.nat(), comment }),
  fc.record({ kind: fc.constant("tag" as const), pick: fc.nat(), tag: fc.nat(TAGS.length) }),
  fc.record({ kind: fc.constant("move" as const), pick: fc.nat(), rank: fc.integer({ min: -50, max: 50 }) }),
  fc.record({ kind: fc.constantFrom("delete" as const, "restore" as const), pick: fc.nat() }),
);

const kill = fc.oneof(
  fc.record({ crash: fc.constantFrom("write", "fsync", "link", "rename"), at: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ afterMs: fc.integer({ min: 0, max: 250 }) }),
);

let clock = 0;
/** The ops the draws stand for, given the notes before them (replayed as they go). */
function resolve(draws: readonly Draw[], start: readonly Note[]): NoteOp[] {
  let notes = start;
  const ops: NoteOp[] = [];
  for (const d of draws) {
    const at = new Date(Date.UTC(2026, 2, 1) + ++clock * 1000).toISOString();
    let op: NoteOp;
    if (d.kind === "add") {
      op = {
        op: "add",
        note: noteOf({
          id: `note-${clock}`,
          quotes: [quoteAt(d.paragraph, d.start, d.start + d.length)],
          comment: d.comment,
          created: at,
          rank: clock,
        }),
      };
    } else {
      const id = notes.length === 0 ? "missing" : notes[d.pick % notes.length]!.id;
      if (d.kind === "comment") op = { op: "comment", id, comment: d.comment, at };
      else if (d.kind === "tag") op = { op: "tag", id, tag: TAGS[d.tag] ?? null, at };
      else if (d.kind === "move") op = { op: "move", id, rank: d.rank, at };
      else op = { op: d.kind, id, at };
    }
    ops.push(op);
    notes = applyOp(notes, op);
  }
  return ops;
}

const replay = (notes: readonly Note[], ops: readonly NoteOp[]): readonly Note[] => ops.reduce(applyOp, notes);

describe("a notebook killed mid-save", () => {
  it("parses after every SIGKILL and holds every confirmed op, unchanged", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ draws: fc.array(draw, { minLength: 1, maxLength: 25 }), kill }), {
          minLength: 2,
          maxLength: 4,
        }),
        async (sessions) => {
          const dir = mkdtempSync(join(tmpdir(), "court-report-crash-"));
          const path = join(dir, "notes.json");
          try {
            let notes: readonly Note[] = [];
            for (const session of sessions) {
              const ops = resolve(session.draws, notes);
              const run = await runChild(
                child,
                path,
                ops,
                "crash" in session.kill
                  ? { crash: `${session.kill.crash}:${session.kill.at}` }
                  : { killAfterMs: session.kill.afterMs },
              );
              expect(run.stderr, "no save failed").not.toMatch(/^fail/m);
              const confirmed = run.confirmed;
              const nb = openNotebook(path);
              expect(nb.problem, "the file parses and is used").toBeNull();
              // Every confirmed op is in; the one being confirmed when the kill came may be in too.
              const candidates = [replay(notes, ops.slice(0, confirmed)), replay(notes, ops.slice(0, confirmed + 1))];
              expect(candidates).toContainEqual(nb.notes);
              if (run.signal === null) expect(confirmed, "a child that was not killed saved all").toBe(ops.length);
              // The backup is a whole notebook too.
              if (existsSync(backupPath(path)))
                expect(parseNotebook(readFileSync(backupPath(path), "utf8")).ok).toBe(true);
              notes = nb.notes;
            }
            // A last child saves after all those kills: it takes over any stale lock, cleans the
            // temporary files the dead ones left, and loses nothing.
            const last = resolve(
              [
                { kind: "add", paragraph: 3, start: 0, length: 8, comment: "" },
                { kind: "comment", pick: 0, comment: "最后一次" },
              ],
              notes,
            );
            const run = await runChild(child, path, last);
            expect(run.code, run.stderr).toBe(0);
            expect(openNotebook(path).notes).toEqual(replay(notes, last));
            expect(readdirSync(dir).filter((f) => f.endsWith(".tmp") || f.endsWith(".lock"))).toEqual([]);
          } finally {
            rmSync(dir, { recursive: true, force: true });
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
