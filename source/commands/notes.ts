// court-report notes: the notes collected in the explorer — listed, drafted as 审议意见 (Markdown or
// plain text), exported as JSON, imported from another machine — and where the notebook lives.
// The only command that reads the user's files (source/notes/notebook.ts).

import { draftMarkdown, draftText, notesJson } from "../notes/export";
import { importNotes } from "../notes/import";
import { liveNotes, type Note, TAGS } from "../notes/note";
import { backupPath, NOTES_VARIABLE, type Notebook, notebookPath, openNotebook } from "../notes/notebook";
import { type NotesOrder, ORDERS, sortNotes, tagName, UNTAGGED } from "../notes/order";
import { readText } from "../store/atomic-file";
import { stateDir } from "../store/paths";
import { sanitize } from "../text/sanitize";
import { truncate, width } from "../text/width";
import type { Command, Output, Values } from "./command";
import { NotFoundError, UsageError } from "./errors";

const FORMATS = ["md", "txt", "json", "import", "path"] as const;

export const notesCommand: Command = {
  name: "notes",
  args: "",
  summary: "阅读时收集的笔记：列出，写成审议意见草稿（--md、--txt），导出 / 导入（--json、--import）",
  options: {
    md: { type: "boolean" },
    txt: { type: "boolean" },
    json: { type: "boolean" },
    by: { type: "string" },
    import: { type: "string" },
    path: { type: "boolean" },
    notes: { type: "string" },
  },
  optionHelp: [
    ["--md", "审议意见草稿（Markdown）：报告标题、日期、会议，按标签分组，每条引文附出处、数值和评论"],
    ["--txt", "同一草稿的纯文本，便于粘贴到文字处理软件或聊天"],
    ["--json", "笔记的 JSON（schema 1，见 docs/notes.md），可在另一台机器上 --import"],
    ["--by section|tag|time", "顺序：按报告顺序（列表默认）、按标签（草稿默认）或按收集时间"],
    ["--import FILE", "并入另一台机器的笔记（--json 的导出或笔记本文件），按 id 不重复；引文必须是报告原文"],
    ["--path", "笔记本、备份和状态目录在哪里"],
    ["--notes FILE", `使用这个笔记本文件（也可设 ${NOTES_VARIABLE}）`],
  ],
  examples: [
    "court-report notes",
    "court-report notes --md > 审议意见.md",
    "court-report notes --txt --by section",
    "court-report notes --import 另一台电脑的笔记.json",
    "court-report notes --path",
  ],
  positionals: { min: 0, max: 0 },
  run(values, _positionals, ctx) {
    const chosen = FORMATS.filter((f) => values[f] !== undefined);
    if (chosen.length > 1) throw new UsageError(`${chosen.map((f) => `--${f}`).join(" 和 ")} 只能选一个`);
    for (const name of ["notes", "import"] as const)
      if (values[name] === "") throw new UsageError(`--${name} 需要一个文件名`);
    const by = order(values);
    const path = notebookPath({ ...(typeof values.notes === "string" ? { flag: values.notes } : {}) });
    if (values.path) return printPaths(path, ctx);
    const notebook = openNotebook(path);
    const importing = typeof values.import === "string";
    // An import into a notebook that cannot be saved ends with that very line: said once.
    if (notebook.problem && !(importing && !notebook.writable)) ctx.warn(sanitize(notebook.problem));
    if (importing) return runImport(notebook, values.import as string, ctx);
    if (values.md) ctx.raw(draftMarkdown(notebook.notes, by ?? "tag"));
    else if (values.txt) ctx.raw(draftText(notebook.notes, by ?? "tag"));
    else if (values.json) ctx.raw(notesJson(notebook.notes, by ?? "section"));
    else listNotes(notebook, by ?? "section", ctx);
    return 0;
  },
};

function order(values: Values): NotesOrder | undefined {
  const by = values.by;
  if (by === undefined) return undefined;
  if (!(ORDERS as readonly unknown[]).includes(by))
    throw new UsageError(`--by 只能是 ${ORDERS.join("、")}，不是 '${String(by)}'`);
  return by as NotesOrder;
}

/** One line a note: tag, paragraph id, the start of the quote, the start of the comment. */
function noteLine(note: Note, columns: number): string {
  const tag = tagName(note.tag);
  const quote = sanitize(note.quotes[0]!.text);
  const comment = sanitize(note.comment.trim());
  const head = `${tag} ${note.quotes[0]!.paragraph} `;
  const room = Math.max(4, columns - width(head));
  const whole = `「${quote}」`;
  // The quote takes a little over half the room when there is a comment to show beside it.
  const quoted = truncate(whole, comment === "" ? room : Math.max(4, Math.min(width(whole), Math.ceil(room * 0.55))));
  return truncate(`${head}${quoted}${comment === "" ? "" : ` ${comment}`}`, columns);
}

function listNotes(notebook: Notebook, by: NotesOrder, ctx: Output): void {
  const live = liveNotes(notebook.notes);
  const where = notebook.path === null ? "" : `；笔记本 ${sanitize(notebook.path)}`;
  if (live.length === 0) {
    // A hint and a count are notices: on stderr in a pipe, so a script reads only the notes.
    ctx.note(ctx.pen.dim(`还没有笔记：在全屏阅读界面（不带命令运行 court-report）里按 a 收集引文和数字${where}`));
    return;
  }
  ctx.print(...sortNotes(live, by).map((n) => noteLine(n, ctx.columns)));
  const counts = [...TAGS, null]
    .map((t) => [t ?? UNTAGGED, live.filter((n) => n.tag === t).length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${t} ${n}`);
  ctx.note("", ctx.pen.dim(`共 ${live.length} 条：${counts.join("、")}`));
}

function printPaths(path: string | null, ctx: Output): number {
  const state = stateDir();
  ctx.print(
    `笔记本：${path === null ? "（没有：找不到主目录，请用 --notes FILE）" : sanitize(path)}`,
    ...(path === null ? [] : [`备份：${sanitize(backupPath(path))}`]),
    `状态目录：${state === null ? "（没有：找不到主目录）" : sanitize(state)}`,
  );
  return 0;
}

function runImport(notebook: Notebook, file: string, ctx: Output): number {
  let text: string | null;
  try {
    text = readText(file);
  } catch (error) {
    throw withCode(`无法读取 ${file}（${(error as NodeJS.ErrnoException).code ?? "?"}）；未加入任何笔记`, 1);
  }
  if (text === null) throw new NotFoundError(`找不到文件 ${file}；未加入任何笔记`);
  const result = importNotes(notebook, text, file);
  if (!result.ok) throw withCode(result.message, result.reason === "input" ? 2 : 1);
  const known = result.known > 0 ? `，${result.known} 条已有（按 id）未重复加入` : "";
  ctx.print(`已加入 ${result.added} 条笔记${known}；笔记本 ${sanitize(notebook.path ?? "")}`);
  return 0;
}

/** An error that main prints as one line and exits with `code`, without the usage under it. */
const withCode = (message: string, code: 1 | 2): Error => Object.assign(new Error(message), { exitCode: code });
