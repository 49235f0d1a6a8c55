// What every listing command shares: `--limit N` / `--all` (how many to print), and `--json [fields]`
// as gh has it (no list: every field; a list: those fields; an unknown name: a usage error that
// lists the valid ones).
import { json } from "../output/listings";
import type { Command, OptionsConfig, Values } from "./command";
import { UsageError } from "./errors";
import { positiveInteger } from "./numbers";

export const LIMIT_OPTIONS: OptionsConfig = { limit: { type: "string" }, all: { type: "boolean" } };

/** The help lines of --limit and --all: what is listed with its measure word ("个", "匹配"), and the default. */
export const limitHelp = (measure: string, noun: string, usual: string): [string, string][] => [
  ["--limit N", `最多列出 N ${measure}${noun}（默认：${usual}）`],
  ["--all", `列出全部${noun}`],
];

/** How many to print: --limit N, every one with --all, else `usual` (Infinity: all). */
export function limitOf(values: Values, usual: number): number {
  if (values.all && values.limit !== undefined) throw new UsageError("--limit 和 --all 只能选一个");
  if (values.all) return Number.POSITIVE_INFINITY;
  return values.limit === undefined ? usual : positiveInteger("--limit", values.limit as string);
}

export const JSON_OPTION: OptionsConfig = { json: { type: "string" } };

export const jsonHelp = (what: string, fields: readonly string[]): [string, string] => [
  "--json [字段]",
  `${what}，JSON 格式；字段用逗号分开只输出这些（${fields.join(",")}），不写则全部`,
];

/** The field names a --json value asks for; [] for all. An unknown name is a usage error. */
export function jsonFields(command: Command, value: string): string[] {
  const fields = command.jsonFields ?? [];
  const asked = value
    .split(",")
    .map((f) => f.trim())
    .filter((f) => f !== "");
  const unknown = asked.filter((f) => !fields.includes(f));
  if (unknown.length > 0) {
    throw new UsageError(`${command.name} --json 没有字段“${unknown.join(",")}”；可用的字段：${fields.join(",")}`);
  }
  return asked;
}

/** The objects as JSON, with only the fields asked for (in the order asked; null where one has none). */
export function jsonOf(items: readonly object[], fields: readonly string[]): string {
  if (fields.length === 0) return json(items);
  return json(
    items.map((item) => Object.fromEntries(fields.map((f) => [f, (item as Record<string, unknown>)[f] ?? null]))),
  );
}

/**
 * gh's `--json fields`: the word after a bare --json is its field list when it names fields of the
 * command (a comma-separated list, or one field name); otherwise --json stands alone (all fields)
 * and the word is the query (`search --json wcnr`). `--json=list` always is a list.
 */
export function joinJsonValue(argv: readonly string[], command: Command | undefined): string[] {
  if (!command?.jsonFields) return [...argv];
  const out: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      out.push(...argv.slice(i));
      break;
    }
    if (arg !== "--json") {
      out.push(arg);
      continue;
    }
    const next = argv[i + 1];
    const list = next !== undefined && /^[A-Za-z_][\w]*(?:,[A-Za-z_][\w]*)*,?$/u.test(next);
    if (list && (next.includes(",") || command.jsonFields.includes(next))) {
      out.push(`--json=${next}`);
      i++;
    } else out.push("--json=");
  }
  return out;
}
