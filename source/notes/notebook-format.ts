// The notebook file's format: versioned JSON, one note a line so that a diff or a grep reads it.
//   {"schema": 1, "notes": [
//   {"id": "…", "kind": "figure", …},
//   …
//   ]}
// Deleted notes stay in the file (with `deleted` set) so that undo works after a restart and a
// merge can tell a deleted note from one never seen. Fields this version does not know are kept
// as they are. docs/notes.md describes every field.
import { type Note, type NoteKind, TAGS } from "./note";

export const SCHEMA = 1;

export type Parsed =
  | { readonly ok: true; readonly notes: readonly Note[] }
  | { readonly ok: false; readonly reason: "syntax" | "newer"; readonly schema?: number };

/** The notebook's text for `notes`. */
export function formatNotebook(notes: readonly Note[]): string {
  const lines = notes.map((n) => JSON.stringify(n));
  return `{"schema": ${SCHEMA}, "notes": [\n${lines.join(",\n")}${lines.length > 0 ? "\n" : ""}]}\n`;
}

/**
 * The notes of a notebook file (or of a `notes --json` export: the same two fields). Anything that
 * is not exactly this shape is refused whole, so a damaged file is never taken for a short one.
 */
export function parseNotebook(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, reason: "syntax" };
  }
  if (!isObject(value)) return { ok: false, reason: "syntax" };
  const { schema, notes } = value;
  if (typeof schema === "number" && Number.isInteger(schema) && schema > SCHEMA)
    return { ok: false, reason: "newer", schema };
  if (schema !== SCHEMA || !Array.isArray(notes) || !notes.every(isNote)) return { ok: false, reason: "syntax" };
  return { ok: true, notes };
}

const KINDS: readonly NoteKind[] = ["paragraph", "selection", "figure", "entry", "chart", "result"];

function isNote(value: unknown): value is Note {
  if (!isObject(value)) return false;
  const n = value;
  return (
    typeof n.id === "string" &&
    n.id !== "" &&
    KINDS.includes(n.kind as NoteKind) &&
    (n.ref === null || typeof n.ref === "string" || typeof n.ref === "number") &&
    typeof n.label === "string" &&
    Array.isArray(n.quotes) &&
    n.quotes.length > 0 &&
    n.quotes.every(isQuote) &&
    (n.tag === null || (TAGS as readonly unknown[]).includes(n.tag)) &&
    typeof n.comment === "string" &&
    typeof n.created === "string" &&
    typeof n.updated === "string" &&
    typeof n.rank === "number" &&
    Number.isFinite(n.rank) &&
    (n.deleted === undefined || typeof n.deleted === "string")
  );
}

function isQuote(value: unknown): boolean {
  if (!isObject(value)) return false;
  const { paragraph, start, end, text } = value;
  return (
    typeof paragraph === "string" &&
    Number.isInteger(start) &&
    Number.isInteger(end) &&
    (start as number) >= 0 &&
    (end as number) > (start as number) &&
    typeof text === "string"
  );
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);
