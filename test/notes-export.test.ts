// The drafts and the export: golden Markdown and text drafts of a fixed notebook made from the real
// report, every quote they print verbatim in data/report.txt under the paragraph id cited beside it,
// and writing a draft never replaces a file without saying so.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { paragraphById } from "../data/index";
import { writeDraft } from "../source/notes/draft-file";
import { draftMarkdown, draftText, notesJson } from "../source/notes/export";
import type { Note } from "../source/notes/note";
import { parseNotebook } from "../source/notes/notebook-format";
import { sortNotes } from "../source/notes/order";
import { REPORT } from "../source/output/cite";
import { noteOf, quoteAt, sampleNotebook } from "./helpers/notes";

const report = readFileSync(new URL("../data/report.txt", import.meta.url), "utf8");
const CITATION = new RegExp(`^——${REPORT.replace(/[()（）]/g, "\\$&")}，(\\S+)$`);

/** [quote, cited paragraph id] of every quote a draft prints: a quote's lines, then its citation line. */
function citedQuotes(draft: string, quoteLine: RegExp): [string, string][] {
  const lines = draft.split("\n");
  const found: [string, string][] = [];
  lines.forEach((line, i) => {
    const cited = CITATION.exec(line);
    if (!cited) return;
    // The quote is the nearest run of quote lines above (Markdown: "> …" then a blank line).
    let j = i - 1;
    while (j >= 0 && lines[j] === "") j--;
    const text = quoteLine.exec(lines[j]!)?.[1];
    expect(text, `a quote stands above ${line}`).toBeDefined();
    found.push([text!, cited[1]!]);
  });
  return found;
}

function expectVerbatim(pairs: [string, string][]): void {
  expect(pairs.length).toBeGreaterThan(0);
  for (const [text, paragraph] of pairs) {
    expect(report.includes(text), `${text} is in data/report.txt`).toBe(true);
    expect(paragraphById.get(paragraph)?.text, `${paragraph} holds ${text}`).toContain(text);
  }
}

const MD_QUOTE = /^> (.+)$/;
const TXT_QUOTE = /^(?:\d+\. )?「(.+)」$/;

describe("the drafts of a fixed notebook", () => {
  const notes = sampleNotebook();

  it("Markdown, by tag (the default) and by section, as the golden files", async () => {
    await expect(draftMarkdown(notes)).toMatchFileSnapshot("golden/notes-draft-by-tag.md");
    await expect(draftMarkdown(notes, "section")).toMatchFileSnapshot("golden/notes-draft-by-section.md");
  });

  it("plain text, by tag and by section, as the golden files", async () => {
    await expect(draftText(notes)).toMatchFileSnapshot("golden/notes-draft-by-tag.txt");
    await expect(draftText(notes, "section")).toMatchFileSnapshot("golden/notes-draft-by-section.txt");
  });

  it("groups by tag in the order 肯定、问题、建议、疑问、其他, leaves the deleted note out, heads with the report", () => {
    const md = draftMarkdown(notes);
    const headings = md.split("\n").filter((l) => l.startsWith("## "));
    expect(headings).toEqual(["## 肯定", "## 问题", "## 建议", "## 疑问", "## 其他"]);
    expect(md).not.toContain("删掉的笔记不进草稿");
    expect(md.split("\n").slice(0, 3)).toEqual([
      "# 关于《三门县人民法院工作报告》的审议意见（草稿）",
      "",
      "三门县人民法院工作报告，2022年2月19日，三门县第十七届人民代表大会第一次会议",
    ]);
    // A figure's value, from the data, under its quote.
    expect(md).toContain(
      "> 执结执行案件22502件\n\n——三门县人民法院工作报告（2022），2.2.p4\n\n**执结执行案件**：22502件",
    );
  });

  it("every quote printed is verbatim in data/report.txt, in the paragraph its citation names", () => {
    for (const by of ["tag", "section", "time"] as const) {
      expectVerbatim(citedQuotes(draftMarkdown(notes, by), MD_QUOTE));
      expectVerbatim(citedQuotes(draftText(notes, by), TXT_QUOTE));
    }
  });

  it("the same for random runs of random paragraphs", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(300), fc.nat(400), fc.integer({ min: 1, max: 80 })), { minLength: 1, maxLength: 8 }),
        (runs) => {
          const random: Note[] = runs.map(([p, s, n], i) =>
            noteOf({ id: `r${i}`, quotes: [quoteAt(p, s, s + n)], tag: i % 2 ? "问题" : null }),
          );
          // Quotes that end inside a line only: a quote line of the drafts is one line of the paragraph.
          const oneLine = random.filter((n) => !n.quotes[0]!.text.includes("\n"));
          if (oneLine.length === 0) return;
          expectVerbatim(citedQuotes(draftMarkdown(oneLine, "section"), MD_QUOTE));
          expectVerbatim(citedQuotes(draftText(oneLine, "time"), TXT_QUOTE));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("a quote whose offsets are stale is cited where its text stands; one the report does not hold is not cited", () => {
    const moved = noteOf({ id: "m", quotes: [{ paragraph: "2.2.p1", start: 0, end: 4, text: "执结执行案件" }] });
    const absent = noteOf({ id: "x", quotes: [{ paragraph: "2.2.p4", start: 0, end: 4, text: "报告里没有的话" }] });
    const md = draftMarkdown([moved, absent], "time");
    expect(md).toContain("> 执结执行案件\n\n——三门县人民法院工作报告（2022），2.2.p4");
    expect(md).toContain("> 报告里没有的话\n\n（本版报告中找不到这段引文）");
  });

  it("JSON: schema 1, the report named, the live notes in report order, each quote verbatim at its offsets", () => {
    const json = JSON.parse(notesJson(notes)) as { schema: number; report: { title: string }; notes: Note[] };
    expect(json.schema).toBe(1);
    expect(json.report.title).toBe("三门县人民法院工作报告");
    expect(json.notes.map((n) => n.id)).toEqual(sortNotes(notes, "section").map((n) => n.id));
    for (const note of json.notes)
      for (const q of note.quotes) expect(paragraphById.get(q.paragraph)!.text.slice(q.start, q.end)).toBe(q.text);
    // It is a notebook too: what --import reads.
    expect(parseNotebook(notesJson(notes)).ok).toBe(true);
  });

  it("an empty notebook drafts to the heading and one line saying so", () => {
    expect(draftText([])).toBe(
      "关于《三门县人民法院工作报告》的审议意见（草稿）\n三门县人民法院工作报告，2022年2月19日，三门县第十七届人民代表大会第一次会议\n\n（还没有笔记）\n",
    );
  });
});

describe("writeDraft", () => {
  let dir = "";
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "court-report-draft-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes a new file whole, private to the user", () => {
    const path = join(dir, "审议意见-草稿.md");
    const r = writeDraft(path, "草稿一\n");
    expect(r).toEqual({ ok: true, path, message: `草稿已写入 ${path}` });
    expect(readFileSync(path, "utf8")).toBe("草稿一\n");
    expect(statSync(path).mode & 0o777).toBe(0o600);
  });

  it("never replaces an existing file unless asked: the next free numbered name, and the message says so", () => {
    const path = join(dir, "审议意见-草稿.md");
    writeFileSync(path, "我改过的稿子");
    writeFileSync(join(dir, "审议意见-草稿-2.md"), "也改过");
    const r = writeDraft(path, "新草稿\n");
    const third = join(dir, "审议意见-草稿-3.md");
    expect(r).toEqual({ ok: true, path: third, message: `草稿已写入 ${third}（${path} 已存在，未覆盖）` });
    expect(readFileSync(path, "utf8")).toBe("我改过的稿子");
    expect(readFileSync(join(dir, "审议意见-草稿-2.md"), "utf8")).toBe("也改过");
    expect(readFileSync(third, "utf8")).toBe("新草稿\n");
    const over = writeDraft(path, "覆盖\n", { overwrite: true });
    expect(over.ok && over.message).toBe(`草稿已写入 ${path}（覆盖了原文件）`);
    expect(readFileSync(path, "utf8")).toBe("覆盖\n");
    // No temporary file is left beside them.
    expect(existsSync(join(dir, `.审议意见-草稿.md.${process.pid}.draft.tmp`))).toBe(false);
  });

  it("says in one line why it could not write", () => {
    writeFileSync(join(dir, "a-file"), "");
    const r = writeDraft(join(dir, "a-file", "草稿.md"), "x");
    expect(r.ok).toBe(false);
    expect(r.message).not.toMatch(/\n/);
    expect(r.message).toMatch(/^草稿未写入/);
  });
});
