// `court-report notes` on the built CLI: the list and the drafts of a notebook given by --notes or
// COURT_REPORT_NOTES, --import from another machine without duplicates and only with verbatim
// quotes, --path, the files' permissions, what the user reads when the notebook cannot be used or
// saved — and that no other command reads the notebook at all.
import { execFileSync } from "node:child_process";
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { draftMarkdown, draftText, notesJson } from "../source/notes/export";
import { liveNotes } from "../source/notes/note";
import { formatNotebook, parseNotebook } from "../source/notes/notebook-format";
import { cli, TEXT_COMMANDS } from "./helpers/cli";
import { noteOf, quoteOf, sampleNotebook } from "./helpers/notes";

let dir = "";
/** The environment of a user whose home is the scratch directory. */
let home: Record<string, string | undefined> = {};
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "court-report-cli-notes-"));
  home = { HOME: dir, XDG_DATA_HOME: undefined, XDG_STATE_HOME: undefined, COURT_REPORT_NOTES: undefined };
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const sample = sampleNotebook();

it("the example notebook of the docs is the fixed notebook of these tests", () => {
  const example = parseNotebook(readFileSync(new URL("../docs/notes-example.json", import.meta.url), "utf8"));
  expect(example).toEqual({ ok: true, notes: sample });
});
function sampleFile(name = "sample.json"): string {
  const path = join(dir, name);
  writeFileSync(path, formatNotebook(sample));
  return path;
}
const mode = (p: string) => statSync(p).mode & 0o777;
const oneLine = (text: string) => {
  expect(text.trimEnd().split("\n")).toHaveLength(1);
  return text.trimEnd();
};

describe("notes prints the notebook", () => {
  it("as one line a note in report order, with the counts per tag", () => {
    const path = sampleFile();
    const r = cli(["notes", "--notes", path, "--width", "80"], home);
    expect(r.status, r.stderr).toBe(0);
    // The count is a notice: in a pipe it goes to stderr, and stdout is the notes alone.
    expect(r.stderr).toBe("\n共 5 条：肯定 1、问题 1、建议 1、疑问 1、其他 1\n");
    expect(r.lines).toHaveLength(5);
    expect(r.lines.slice(0, 5).map((l) => l.split(" ").slice(0, 2).join(" "))).toEqual([
      "疑问 2.0.p2",
      "肯定 2.2.p4",
      "建议 2.3.p3",
      "问题 2.7.p2",
      "其他 4.p1",
    ]);
    expect(r.lines[1]).toBe("肯定 2.2.p4 「执结执行案件22502件」 执结数量可观，建议补充执行到位率。");
    const byTag = cli(["notes", "--notes", path, "--by", "tag"], home);
    expect(byTag.lines.slice(0, 5).map((l) => l.split(" ")[0])).toEqual(["肯定", "问题", "建议", "疑问", "其他"]);
  });

  it("--md, --txt and --json print exactly the drafts and the export (COURT_REPORT_NOTES names the file)", () => {
    const env = { ...home, COURT_REPORT_NOTES: sampleFile() };
    expect(cli(["notes", "--md"], env).stdout).toBe(draftMarkdown(sample));
    expect(cli(["notes", "--md", "--by", "section"], env).stdout).toBe(draftMarkdown(sample, "section"));
    expect(cli(["notes", "--txt"], env).stdout).toBe(draftText(sample));
    expect(cli(["notes", "--json"], env).stdout).toBe(notesJson(sample));
  });

  it("an empty notebook: says how to collect, exit 0; bad options are usage errors (2)", () => {
    const r = cli(["notes"], home);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe("");
    expect(r.stderr).toMatch(
      /^还没有笔记：在全屏阅读界面（不带命令运行 court-report）里按 a 收集引文和数字；笔记本 .*notes\.json\n$/,
    );
    const two = cli(["notes", "--md", "--json"], home);
    expect(two.status).toBe(2);
    expect(two.stderr.split("\n")[0]).toBe("court-report: --md 和 --json 只能选一个");
    const empty = cli(["notes", "--notes", ""], home);
    expect(empty.status).toBe(2);
    expect(empty.stderr.split("\n")[0]).toBe("court-report: --notes 需要一个文件名");
    const by = cli(["notes", "--by", "page"], home);
    expect(by.status).toBe(2);
    expect(by.stderr.split("\n")[0]).toBe("court-report: --by 只能是 section、tag、time，不是 'page'");
  });
});

describe("notes --path", () => {
  it("names the notebook, its backup and the state directory, under the XDG directories", () => {
    const r = cli(["notes", "--path"], { ...home, XDG_DATA_HOME: join(dir, "d"), XDG_STATE_HOME: join(dir, "s") });
    expect(r.status).toBe(0);
    expect(r.lines).toEqual([
      `笔记本：${join(dir, "d", "court-report", "notes.json")}`,
      `备份：${join(dir, "d", "court-report", "notes.json.bak")}`,
      `状态目录：${join(dir, "s", "court-report")}`,
    ]);
    expect(cli(["notes", "--path"], home).lines[0]).toBe(
      `笔记本：${join(dir, ".local/share/court-report/notes.json")}`,
    );
    expect(cli(["notes", "--path", "--notes", join(dir, "x.json")], home).lines[0]).toBe(
      `笔记本：${join(dir, "x.json")}`,
    );
    expect(existsSync(join(dir, "d")), "--path creates nothing").toBe(false);
  });

  it("without a home says so", () => {
    const r = cli(["notes", "--path"], { ...home, HOME: "" });
    expect(r.status).toBe(0);
    expect(r.lines).toEqual(["笔记本：（没有：找不到主目录，请用 --notes FILE）", "状态目录：（没有：找不到主目录）"]);
  });
});

describe("notes --import", () => {
  it("adds the notes of an export, private files in a private directory; a second import adds none", () => {
    const exported = join(dir, "export.json");
    writeFileSync(exported, cli(["notes", "--json", "--notes", sampleFile()], home).stdout);
    const first = cli(["notes", "--import", exported], home);
    expect(first.status, first.stderr).toBe(0);
    const notebook = join(dir, ".local/share/court-report/notes.json");
    expect(first.stdout).toBe(`已加入 5 条笔记；笔记本 ${notebook}\n`);
    expect(mode(join(dir, ".local/share/court-report"))).toBe(0o700);
    expect(mode(notebook)).toBe(0o600);
    const again = cli(["notes", "--import", exported], home);
    expect(again.stdout).toBe(`已加入 0 条笔记，5 条已有（按 id）未重复加入；笔记本 ${notebook}\n`);
    // A notebook file (deleted notes and all) imports too; only its live notes, none twice.
    const third = cli(["notes", "--import", sampleFile("other.json")], home);
    expect(third.stdout).toMatch(/^已加入 0 条笔记，5 条已有/);
    expect(cli(["notes", "--md"], home).stdout).toBe(draftMarkdown(liveNotes(sample)));
  });

  it("refuses a file whose quote is not in the report, whole: one line, exit 2, nothing added", () => {
    const forged = noteOf({
      id: "forged",
      quotes: [{ ...quoteOf("2.2.p4", "执结执行案件22502件"), text: "执结执行案件99999件" }],
    });
    const good = noteOf({ id: "good", quotes: [quoteOf("2.2.p4", "执行到位10.73亿元")] });
    const file = join(dir, "forged.json");
    writeFileSync(file, formatNotebook([good, forged]));
    const r = cli(["notes", "--import", file], home);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(oneLine(r.stderr)).toBe(
      `court-report: 无法导入 ${file}：第 2 条笔记（执结执行案件99999件）的引文不在报告 2.2.p4 的原文中；未加入任何笔记`,
    );
    expect(existsSync(join(dir, ".local/share/court-report/notes.json"))).toBe(false);
  });

  it("a file that is missing (exit 1) or not notes (exit 2): one line each", () => {
    const missing = cli(["notes", "--import", join(dir, "nope.json")], home);
    expect(missing.status).toBe(1);
    expect(oneLine(missing.stderr)).toBe(`court-report: 找不到文件 ${join(dir, "nope.json")}；未加入任何笔记`);
    writeFileSync(join(dir, "x.json"), "[1, 2]");
    const junk = cli(["notes", "--import", join(dir, "x.json")], home);
    expect(junk.status).toBe(2);
    expect(oneLine(junk.stderr)).toMatch(/不是笔记文件或导出的 JSON；未加入任何笔记$/);
  });

  it("without a home: nothing to save into, one line that says what to do, exit 1", () => {
    const r = cli(["notes", "--import", sampleFile()], { ...home, HOME: "" });
    expect(r.status).toBe(1);
    expect(oneLine(r.stderr)).toBe(
      "court-report: 没有主目录（HOME），笔记无法保存；用 --notes FILE 或 COURT_REPORT_NOTES 指定笔记文件",
    );
  });
});

describe("a notebook that cannot be used or saved", () => {
  it("a corrupt notebook is listed as empty, left untouched, and one line on stderr says why", () => {
    const path = join(dir, "notes.json");
    writeFileSync(path, '{"schema": 1, "notes": [');
    const r = cli(["notes", "--notes", path], home);
    expect(r.status).toBe(0);
    // One line says why, then the notice an empty notebook gets (stderr in a pipe).
    const [problem, ...notices] = r.stderr.split("\n");
    expect(oneLine(problem!)).toBe(
      `court-report: 笔记文件无法解析，未改动它：${path}；新笔记存入 ${join(dir, "notes.2.json")}`,
    );
    expect(notices.join("\n")).toMatch(/^还没有笔记：.*；笔记本 .*notes\.2\.json\n$/);
    const imported = cli(["notes", "--notes", path, "--import", sampleFile()], home);
    expect(imported.stdout).toMatch(/^已加入 5 条笔记；笔记本 .*notes\.2\.json$/m);
    expect(readFileSync(path, "utf8")).toBe('{"schema": 1, "notes": [');
  });

  it("a directory the user may not write: the notes are read, the import fails in one line, nothing changes", () => {
    const data = join(dir, "data");
    const notebook = join(data, "notes.json");
    mkdirSync(data);
    writeFileSync(notebook, formatNotebook(sample));
    const before = readFileSync(notebook);
    let as: { uid: number; gid: number; cwd: string } | undefined;
    if (process.getuid?.() === 0) {
      // Root writes anywhere: the CLI runs as nobody, from a copy of dist/ that nobody can read.
      mkdirSync(join(dir, "dist"));
      for (const f of ["cli.js", "main.js", "package.json"]) copyFileSync(join("dist", f), join(dir, "dist", f));
      for (const p of [dir, join(dir, "dist"), data]) chmodSync(p, 0o755);
      chmodSync(notebook, 0o644);
      as = { uid: 65534, gid: 65534, cwd: dir };
    } else {
      chmodSync(data, 0o555);
    }
    try {
      const env = { ...home, HOME: dir, COURT_REPORT_NOTES: notebook };
      const listed = cli(["notes"], env, { as });
      expect(listed.status, listed.stderr).toBe(0);
      expect(listed.lines).toHaveLength(5);
      const [problem, ...notices] = listed.stderr.split("\n");
      expect(oneLine(problem!)).toBe(`court-report: 笔记无法保存：目录无法写入（没有权限，EACCES）：${data}`);
      expect(notices.join("\n")).toBe("\n共 5 条：肯定 1、问题 1、建议 1、疑问 1、其他 1\n");
      const r = cli(["notes", "--import", sampleFile()], env, { as });
      expect(r.status).toBe(1);
      expect(oneLine(r.stderr)).toBe(`court-report: 笔记无法保存：目录无法写入（没有权限，EACCES）：${data}`);
      expect(readFileSync(notebook)).toEqual(before);
    } finally {
      chmodSync(data, 0o755);
    }
  });
});

describe("quick lookups", () => {
  it("never read the notebook nor make its directory", () => {
    // A pipe as the notebook: opening it to read would block until the test's timeout.
    const fifo = join(dir, "notes.fifo");
    execFileSync("mkfifo", [fifo]);
    const env = {
      ...home,
      XDG_DATA_HOME: join(dir, "data"),
      XDG_STATE_HOME: join(dir, "state"),
      COURT_REPORT_NOTES: fifo,
    };
    for (const args of TEXT_COMMANDS) {
      const r = cli(args, env);
      expect(r.status, `${args.join(" ")}: ${r.stderr}`).toBe(0);
    }
    expect(existsSync(join(dir, "data")) || existsSync(join(dir, "state"))).toBe(false);
    // notes itself reads it — and refuses a pipe rather than block.
    const notes = cli(["notes"], env);
    expect(notes.status).toBe(0);
    const [problem, ...notices] = notes.stderr.split("\n");
    expect(oneLine(problem!)).toMatch(/笔记文件不是普通文件（是管道或设备），未改动它/);
    expect(notices.join("\n")).toMatch(/^还没有笔记：/);
  });
});
