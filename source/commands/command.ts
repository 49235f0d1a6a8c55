// What every subcommand declares: its options for util.parseArgs, how many positionals it takes,
// its help, and what it runs. The dispatcher (main.ts) and the help (help.ts) are built from these.
import type { ParseArgsConfig } from "node:util";
import type { Pen } from "../output/pen";

export type OptionsConfig = NonNullable<ParseArgsConfig["options"]>;
export type Values = Record<string, string | boolean | undefined>;

/** Where a command's output goes and how it should look. */
export interface Output {
  /** Whether stdout is a terminal. */
  readonly terminal: boolean;
  /** Lines of text output are never wider than this (display columns). */
  readonly columns: number;
  /**
   * Prose (paragraphs, definitions) wraps at this: `columns` on a terminal or with --width, and
   * Infinity when piped without --width, so each paragraph is one line and grep finds every phrase.
   */
  readonly prose: number;
  readonly pen: Pen;
  /** Text lines; each gets a "\n". */
  print(...lines: string[]): void;
  /**
   * Notices, counts and hints about the output (not the output itself): after it on a terminal, on
   * stderr when stdout is not one, so a script or grep never takes a notice for a result.
   */
  note(...lines: string[]): void;
  /** Machine-readable output (JSON, CSV), exactly as given. */
  raw(text: string): void;
  /** --copy: put this text on the user's clipboard once the output is written (OSC 52). */
  copy(text: string): void;
  /** A problem the output goes on past: one line on stderr at once, whatever stdout is. */
  warn(line: string): void;
}

export interface Command {
  readonly name: string;
  /** Positional part of the usage line, e.g. "<query>". */
  readonly args: string;
  readonly summary: string;
  readonly options: OptionsConfig;
  /** [flag with its value, what it does] for the help. */
  readonly optionHelp: readonly (readonly [string, string])[];
  readonly examples: readonly string[];
  readonly positionals: { readonly min: number; readonly max: number };
  /** The fields `--json` can select, when the command has --json. */
  readonly jsonFields?: readonly string[];
  /** Returns the exit code: 0 found, 1 nothing found (or throws NotFoundError/UsageError). */
  run(values: Values, positionals: string[], ctx: Output): number;
}
