// The program's and each command's help, generated from the command table so they cannot drift.

// Help is prose: a space left at either end of a line by wrapping is dropped.
import type { Command } from "../commands/command";
import { width, wrap as wrapText } from "../text/width";

const wrap = (text: string, columns: number) => wrapText(text, columns).map((l) => l.trim());

export const GLOBAL_HELP: readonly (readonly [string, string])[] = [
  ["--width N", "lay text out for N columns, 20 to 10000 (default: the terminal's width, else COLUMNS, else 80)"],
  [
    "--color, --no-color",
    "force colour on or off (default: on for a terminal, off when piped, with NO_COLOR or TERM=dumb)",
  ],
  [
    "--measure N",
    "the explorer's reader sets text at most N columns wide, 20 to 10000 (default 80, ~40 CJK characters)",
  ],
  ["--ambiwidth single|double", "how wide “ ” — … are in your terminal: double where it is set up for CJK"],
  ["--notes FILE", "the explorer keeps its notes (a, tab 6) in FILE (default: $XDG_DATA_HOME/court-report)"],
  ["--no-clipboard", "y / Y in the explorer and --copy never write to the clipboard (OSC 52)"],
  [
    "--screen-reader",
    "the explorer as plain lines in reading order, the selection first (also INK_SCREEN_READER=true)",
  ],
  ["-h, --help", "show help (also after a command)"],
  ["-v, --version", "print the version"],
];

const ENVIRONMENT: readonly (readonly [string, string])[] = [
  ["COURT_REPORT_AMBIWIDTH", "single or double: the default for --ambiwidth"],
  ["NO_COLOR, TERM=dumb", "no colour (unless --color)"],
  ["COURT_REPORT_NO_CLIPBOARD", "set (to anything): as --no-clipboard"],
  ["COLUMNS", "the width when the output is not a terminal"],
];

/** Two columns, the second wrapped; below ~20 columns of room the description moves under its name. */
export function twoColumns(rows: readonly (readonly [string, string])[], columns: number): string[] {
  const left = Math.min(Math.max(...rows.map(([name]) => width(name))), 28);
  const room = columns - 2 - left - 2;
  return rows.flatMap(([name, text]) => {
    if (room < 20 || width(name) > left)
      return [...wrap(name, columns - 2).map((l) => `  ${l}`), ...wrap(text, columns - 6).map((l) => `      ${l}`)];
    const [first = "", ...more] = wrap(text, room);
    return [`  ${name}${" ".repeat(left - width(name))}  ${first}`, ...more.map((l) => `${" ".repeat(left + 4)}${l}`)];
  });
}

export const synopsis = (c: Command) => `usage: court-report ${c.name}${c.args ? ` ${c.args}` : ""} [options]`;

/** What a usage error prints after its one line: the synopsis and the commands. */
export function programUsage(commands: readonly Command[], columns: number): string[] {
  return [
    "usage: court-report [command] [options]",
    ...twoColumns(
      commands.map((c) => [`${c.name}${c.args ? ` ${c.args}` : ""}`, c.summary]),
      columns,
    ),
    "'court-report --help' for the options",
  ];
}

export function programHelp(commands: readonly Command[], columns: number): string[] {
  return [
    ...wrap("usage: court-report [command] [options]", columns),
    "",
    ...wrap(
      "The 2022 work report of the Sanmen County People's Court (三门县人民法院工作报告) in the terminal. With no command in a terminal: the interactive explorer; piped: the table of contents.",
      columns,
    ),
    "",
    "commands:",
    ...twoColumns(
      commands.map((c) => [`${c.name}${c.args ? ` ${c.args}` : ""}`, c.summary]),
      columns,
    ),
    "",
    "options:",
    ...twoColumns(GLOBAL_HELP, columns),
    "",
    "environment:",
    ...twoColumns(ENVIRONMENT, columns),
    "",
    ...wrap(
      "'court-report <command> --help' (or 'court-report help <command>') shows a command's options and examples.",
      columns,
    ),
  ];
}

export function commandHelp(c: Command, columns: number): string[] {
  return [
    ...wrap(synopsis(c), columns),
    "",
    ...wrap(c.summary, columns),
    ...(c.optionHelp.length > 0 ? ["", "options:", ...twoColumns(c.optionHelp, columns)] : []),
    "",
    "global options:",
    ...twoColumns(GLOBAL_HELP.slice(0, 3), columns),
    "",
    "examples:",
    ...c.examples.flatMap((e) => wrap(e, columns - 2).map((l) => `  ${l}`)),
  ];
}
