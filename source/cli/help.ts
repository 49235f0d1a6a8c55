// The program's and each command's help, generated from the command table so they cannot drift.
// Every message is in Chinese, as the explorer is; option names and commands stay as they are typed.

// Help is prose: a space left at either end of a line by wrapping is dropped.
import type { Command } from "../commands/command";
import { UsageError } from "../commands/errors";
import { width, wrap as wrapText } from "../text/width";

const wrap = (text: string, columns: number) => wrapText(text, columns).map((l) => l.trim());

export const GLOBAL_HELP: readonly (readonly [string, string])[] = [
  ["--width N", "按 N 列排版，20 到 10000（默认：终端的宽度，否则 COLUMNS，否则 80）"],
  ["--color, --no-color", "强制开或关颜色（默认：终端里开，管道里、有 NO_COLOR 或 TERM=dumb 时关）"],
  ["--measure N", "浏览界面里正文最多 N 列宽，20 到 10000（默认 80，约 40 个汉字）"],
  ["--ambiwidth single|double", "“ ” — … 在你的终端里有多宽：为中文设置的终端用 double"],
  ["--notes FILE", "浏览界面把笔记（a，第 6 页）存在 FILE（默认：$XDG_DATA_HOME/court-report）"],
  ["--no-clipboard", "浏览界面的 y / Y 和 --copy 都不写剪贴板（OSC 52）"],
  ["--screen-reader", "浏览界面按阅读顺序输出为纯文本行，选中的在前（也可设 INK_SCREEN_READER=true）"],
  ["--fresh", "浏览界面从头开始，不读也不改保存的位置（$XDG_STATE_HOME/court-report）"],
  ["-h, --help", "显示帮助（也可放在命令后面）"],
  ["-v, --version", "显示版本号"],
];

const ENVIRONMENT: readonly (readonly [string, string])[] = [
  ["COURT_REPORT_AMBIWIDTH", "single 或 double：--ambiwidth 的默认值"],
  ["NO_COLOR, TERM=dumb", "不用颜色（除非 --color）"],
  ["COURT_REPORT_NO_CLIPBOARD", "设了（任何值）：同 --no-clipboard"],
  ["COLUMNS", "输出不是终端时的宽度"],
  ["XDG_STATE_HOME", "浏览界面保存阅读位置、标记和查询的地方（默认 ~/.local/state）"],
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

export const synopsis = (c: Command) => `用法：court-report ${c.name}${c.args ? ` ${c.args}` : ""} [选项]`;

const commandRows = (commands: readonly Command[]) =>
  commands.map((c) => [`${c.name}${c.args ? ` ${c.args}` : ""}`, c.summary] as const);

/** What a usage error prints after its one line: the synopsis and the commands. */
export function programUsage(commands: readonly Command[], columns: number): string[] {
  return [
    "用法：court-report [命令] [选项]",
    ...twoColumns(commandRows(commands), columns),
    "选项见 court-report --help",
  ];
}

export function programHelp(commands: readonly Command[], columns: number): string[] {
  return [
    ...wrap("用法：court-report [命令] [选项]", columns),
    "",
    ...wrap(
      "在终端里查阅《三门县人民法院工作报告》（2022）。在终端里不带命令运行：打开浏览界面；在管道里：输出目录。",
      columns,
    ),
    "",
    "命令：",
    ...twoColumns(commandRows(commands), columns),
    "",
    "选项：",
    ...twoColumns(GLOBAL_HELP, columns),
    "",
    "环境变量：",
    ...twoColumns(ENVIRONMENT, columns),
    "",
    ...wrap(
      "court-report <命令> --help（或 court-report help <命令>）显示一个命令的选项和示例。出错时：退出码 1 是没有找到，2 是用法不对。",
      columns,
    ),
  ];
}

export function commandHelp(c: Command, columns: number): string[] {
  return [
    ...wrap(synopsis(c), columns),
    "",
    ...wrap(c.summary, columns),
    ...(c.optionHelp.length > 0 ? ["", "选项：", ...twoColumns(c.optionHelp, columns)] : []),
    "",
    "通用选项：",
    ...twoColumns(GLOBAL_HELP.slice(0, 3), columns),
    "",
    "示例：",
    ...c.examples.flatMap((e) => wrap(e, columns - 2).map((l) => `  ${l}`)),
  ];
}

/** "没有命令“glosary”；是不是 glossary？" for a slip of one or two letters. */
export function unknownCommand(word: string, commands: readonly Command[]): string {
  const near = commands.find((c) => editDistance(word.toLowerCase(), c.name) <= 2);
  return `没有命令“${word}”${near ? `；是不是 ${near.name}？` : ""}`;
}

function editDistance(a: string, b: string): number {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++)
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    row = next;
  }
  return row[b.length]!;
}

/**
 * `court-report help [command]`, what many people type first: the program's help, or the command's
 * (the same as `<command> --help`); `help help` explains itself. The table is passed in as a
 * function because this command is one of its rows.
 */
export function helpCommand(all: () => readonly Command[]): Command {
  return {
    name: "help",
    args: "[命令]",
    summary: "显示全部命令，或一个命令的用法、选项和示例",
    options: {},
    optionHelp: [],
    examples: ["court-report help", "court-report help search"],
    positionals: { min: 0, max: 1 },
    run(_values, positionals, ctx) {
      const commands = all();
      const [name] = positionals;
      if (name === undefined) {
        ctx.print(...programHelp(commands, ctx.columns));
        return 0;
      }
      const command = commands.find((c) => c.name === name);
      if (!command) throw new UsageError(unknownCommand(name, commands));
      ctx.print(...commandHelp(command, ctx.columns));
      return 0;
    },
  };
}
