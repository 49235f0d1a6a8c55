// The command line: util.parseArgs and a small dispatcher over the command table. Exit codes:
// 0 success, 1 nothing found, 2 bad usage. Errors are one sanitized line (plus the usage for 2).
import { closeSync, openSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { version } from "../../package.json";
import { builtin } from "../builtin";
import { chartCommand } from "../commands/chart";
import type { Command, OptionsConfig, Output, Values } from "../commands/command";
import { UsageError } from "../commands/errors";
import { glossaryCommand } from "../commands/glossary";
import { joinJsonValue } from "../commands/listing";
import { metricsCommand } from "../commands/metrics";
import { notesCommand } from "../commands/notes";
import { integerIn } from "../commands/numbers";
import { readCommand } from "../commands/read";
import { searchCommand } from "../commands/search";
import { tocCommand, tocLines } from "../commands/toc";
import { clipboardWanted, copyLine, osc52 } from "../output/osc52";
import { makePen, wantColor } from "../output/pen";
import { ensureDir } from "../store/atomic-file";
import { cacheDir } from "../store/paths";
import { errorLine } from "../terminal/error-line";
import { handleOutputErrors } from "../terminal/output-errors";
import { processStdio, type Stdio } from "../terminal/stdio";
import { clipRouteNow } from "../terminal/tmux-clipboard";
import { escapeControls } from "../text/sanitize";
import { type AmbiWidth, getAmbiWidth, setAmbiWidth, wrap } from "../text/width";
import { writeAll } from "../write-all";
import { commandHelp, helpCommand, programHelp, programUsage, synopsis, unknownCommand } from "./help";

const commands: readonly Command[] = [
  glossaryCommand,
  metricsCommand,
  tocCommand,
  readCommand,
  searchCommand,
  chartCommand,
  notesCommand,
  helpCommand(() => commands),
];
const byName = new Map(commands.map((c) => [c.name, c]));

const GLOBAL: OptionsConfig = {
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "no-clipboard": { type: "boolean" },
  "screen-reader": { type: "boolean" },
  fresh: { type: "boolean" },
  ambiwidth: { type: "string" },
  width: { type: "string" },
  measure: { type: "string" },
  notes: { type: "string" },
};
// Every option any command knows: only used to find the command word before the strict parse.
const ANY: OptionsConfig = Object.assign({}, GLOBAL, ...commands.map((c) => c.options));

const MIN_WIDTH = 20;
const MAX_WIDTH = 10_000;
/** The narrowest --measure: below it a CJK line holds too few characters to read. */
const MIN_MEASURE = 20;
const HINT = "court-report --help 列出全部命令；在终端里不带命令运行，打开浏览界面。";

interface Parsed {
  command: Command | undefined;
  values: Values;
  positionals: string[];
  /** --color / --no-color, whichever came last. */
  color: boolean | undefined;
}

function parse(argv: string[]): Parsed {
  const first = parseArgs({ args: argv, options: ANY, strict: false, allowPositionals: true, tokens: true });
  const word = first.tokens.find((t) => t.kind === "positional");
  const command = word?.kind === "positional" ? byName.get(word.value) : undefined;
  if (word?.kind === "positional" && !command) throw new UsageError(unknownCommand(word.value, commands));
  try {
    const { values, positionals, tokens } = parseArgs({
      args: joinJsonValue(argv, command),
      options: { ...GLOBAL, ...command?.options },
      strict: true,
      allowPositionals: true,
      tokens: true,
    });
    const colorFlag = tokens.filter((t) => t.kind === "option" && (t.name === "color" || t.name === "no-color")).pop();
    return {
      command,
      values: values as Values,
      positionals: command ? positionals.slice(1) : positionals,
      color: colorFlag?.kind === "option" ? colorFlag.name === "color" : undefined,
    };
  } catch (error) {
    throw new UsageError(parseError(error), command);
  }
}

/** util.parseArgs' messages are long and mention JavaScript; say what was wrong in the user's terms. */
function parseError(error: unknown): string {
  const { code, message } = error as { code?: string; message?: string };
  const option = /'(-[^' ]+)/.exec(message ?? "")?.[1] ?? "";
  if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") return `没有选项“${option}”`;
  if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    return /argument missing|ambiguous/.test(message ?? "") ? `${option} 后面要跟一个值` : `${option} 不跟值`;
  }
  if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") return "多余的参数";
  return "命令行无法解析";
}

function ambiwidth(flag: string | undefined, env: string | undefined): AmbiWidth {
  if (flag !== undefined) {
    if (flag !== "single" && flag !== "double")
      throw new UsageError(`--ambiwidth 只能是 single 或 double，不能是“${flag}”`);
    return flag;
  }
  // A stray value in the environment should not break every command: it is ignored.
  return env === "double" ? "double" : "single";
}

export async function main(rawArgs: string[], io: Stdio = processStdio()): Promise<number> {
  // Once, here: every command matches and prints the same visible text, control characters shown
  // escaped ("\n", "\x1b"), so no query can cut an error line or put a sequence on the terminal.
  const args = rawArgs.map(escapeControls);
  const argv = args;
  const out: string[] = [];
  const notes: string[] = [];
  const copies: string[] = [];
  let command: Command | undefined;
  try {
    const parsed = parse(argv);
    command = parsed.command;
    const { values, positionals } = parsed;
    setAmbiWidth(ambiwidth(values.ambiwidth as string | undefined, process.env.COURT_REPORT_AMBIWIDTH));
    if (values.version) {
      io.out(`${version}\n`);
      return 0;
    }
    const columns =
      values.width !== undefined
        ? integerIn("--width", values.width as string, MIN_WIDTH, MAX_WIDTH)
        : Math.max(MIN_WIDTH, io.size().columns);
    // A pipe gets whole paragraphs unless a width is asked for: hard breaks would split words for grep.
    const prose = values.width !== undefined || io.terminal ? columns : Number.POSITIVE_INFINITY;
    // Only the explorer reads it, but a bad value is an error wherever it is given.
    const measure =
      values.measure === undefined
        ? undefined
        : integerIn("--measure", values.measure as string, MIN_MEASURE, MAX_WIDTH);
    const pen = makePen(wantColor(parsed.color, process.env, io.terminal));
    // --no-clipboard (or its variable) turns off both the explorer's y / Y and --copy.
    const clipboard = clipboardWanted(values["no-clipboard"] ? false : undefined, process.env);
    const ctx: Output = {
      terminal: io.terminal,
      columns,
      prose,
      pen,
      print: (...lines) => void out.push(...lines.map((l) => `${l}\n`)),
      note: (...lines) => void (io.terminal ? out : notes).push(...lines.map((l) => `${l}\n`)),
      raw: (text) => void out.push(text),
      copy: (text) => void copies.push(text),
      warn: (line) => io.err(`court-report: ${line}\n`),
    };

    if (values.help) {
      ctx.print(...(command ? commandHelp(command, columns) : programHelp(commands, columns)));
      io.out(out.join(""));
      return 0;
    }
    if (!command) {
      // TERM=dumb (Emacs shell-mode, some CI consoles) cannot move the cursor or show a selection: print instead.
      if (io.terminal && process.stdin.isTTY && process.env.TERM !== "dumb") {
        // Ink, React and yoga load only here, in their own chunks: quick lookups never pay for them.
        // Node >= 22.1 keeps their compiled code for later starts beside main.js's (a no-op on Node 20).
        keepCompiledCode();
        // Ink writes through process.stdout: its failures are handled on the stream.
        handleOutputErrors();
        const { runExplorer } = await import("../explorer");
        // Ink's own switch for its screen-reader output, honoured here too.
        const screenReader = values["screen-reader"] === true || process.env.INK_SCREEN_READER === "true";
        return await runExplorer({
          ambiwidth: getAmbiWidth(),
          clipboard,
          screenReader,
          fresh: values.fresh === true,
          ...(measure ? { measure } : {}),
          ...(parsed.color === undefined ? {} : { color: parsed.color }),
          ...(typeof values.notes === "string" && values.notes !== "" ? { notes: values.notes } : {}),
        });
      }
      ctx.print(...tocLines(ctx));
      ctx.note("", ...wrap(HINT, columns).map(pen.dim));
      flush(io, out, notes);
      return 0;
    }
    const { min, max } = command.positionals;
    if (positionals.length < min) throw new UsageError(`${command.name} 需要 ${command.args}`);
    if (positionals.length > max) throw new UsageError(`多余的参数“${positionals[max]}”`);
    const code = command.run(values, positionals, ctx);
    flush(io, out, notes);
    if (copies.length > 0) {
      io.err(`court-report: ${copyOut(io, copies.join("\n\n"), clipboard)}\n`);
    }
    return code;
  } catch (error) {
    const usage = error instanceof UsageError;
    const cmd = command ?? (error instanceof UsageError ? error.command : undefined);
    const usageText = usage
      ? cmd
        ? `${synopsis(cmd)}\n更多说明：court-report ${cmd.name} --help\n`
        : `${programUsage(commands, 80).join("\n")}\n`
      : "";
    io.err(`${errorLine(error)}\n${usageText}`);
    return usage ? 2 : ((error as { exitCode?: number }).exitCode ?? 1);
  }
}

/** Node's compile cache for the explorer's bundles, in a private directory of the user's cache. */
function keepCompiledCode(): void {
  const enable = (builtin("node:module") as { enableCompileCache?: (dir: string) => unknown }).enableCompileCache;
  const dir = cacheDir();
  if (enable === undefined || dir === null) return;
  try {
    ensureDir(join(dir, "node"));
    enable(join(dir, "node"));
  } catch {
    // A read-only home: the explorer compiles its code each time, as on Node 20.
  }
}

/**
 * --copy: the OSC 52 sequence goes to the terminal — stdout when it is one, else /dev/tty, so
 * `court-report metrics 执行到位 --copy | less` still copies. Returns the line that says what was
 * done. Copying is an extra: when it cannot be done the answer printed stands and the exit code is
 * unchanged.
 */
function copyOut(io: Stdio, text: string, wanted: boolean): string {
  if (!wanted) return "没有复制：剪贴板已关闭（--no-clipboard、COURT_REPORT_NO_CLIPBOARD）";
  const sequence = osc52(text, process.env);
  if (sequence === null) return "没有复制：超过 100 KB，终端不接受这么长的内容（OSC 52）";
  try {
    if (io.terminal) io.out(sequence);
    else {
      const tty = openSync("/dev/tty", "w");
      try {
        writeAll(tty, sequence);
      } finally {
        closeSync(tty);
      }
    }
  } catch {
    return "没有复制：没有可以发送剪贴板序列的终端";
  }
  return copyLine([...text].length, clipRouteNow());
}

/** The answer on stdout, then the notices on stderr (in a terminal they are already in `out`). */
function flush(io: Stdio, out: readonly string[], notes: readonly string[]): void {
  io.out(out.join(""));
  if (notes.length > 0) io.err(notes.join(""));
}
