// The data module holds the report verbatim: nothing lost, reordered, changed or invented.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleaningRules, cleanLines } from "../data/cleaning";
import { figures } from "../data/figures";
import { meta, paragraphs, sectionList, sections } from "../data/index";
import { generate, generatedPath, generateLabelOrder, labelOrderPath, reportPath } from "../scripts/gen-data";

const text = readFileSync(reportPath, "utf8");
// SHA-256 of the report as the court published it (data/report.txt, a verbatim copy): the text every
// sentence and figure is traced to must not change, not even by a byte of whitespace.
const REPORT_SHA256 = "14af7561e2e3d779859ed0fe5243f0e9ed201ffc6a41cdae221f19baf401b25e";

describe("report text", () => {
  it("data/report.txt is the published report, byte for byte (SHA-256 pinned)", () => {
    expect(createHash("sha256").update(readFileSync(reportPath)).digest("hex")).toBe(REPORT_SHA256);
  });

  it("headings and paragraphs in reading order reproduce the cleaned text line for line", () => {
    const rebuilt = sectionList.flatMap((s) => [...s.heading, ...s.paragraphs.map((p) => p.text)]);
    expect(rebuilt).toEqual(cleanLines(text));
  });

  it("cleaning removes only the listed debris, each rule doing something", () => {
    for (const rule of cleaningRules) expect(text).toMatch(new RegExp(rule.pattern.source, "m"));
    const kept = cleanLines(text).join("");
    // Apart from whitespace, only the bookmark is gone.
    const original = text.replace(/\[bookmark: _GoBack\]/g, "").replace(/\s+/g, "");
    expect(original === kept.replace(/\s+/g, "")).toBe(true);
  });

  it("the committed generated modules are what the generator makes now", () => {
    expect(readFileSync(generatedPath, "utf8")).toBe(generate(text));
    expect(readFileSync(labelOrderPath, "utf8")).toBe(generateLabelOrder(figures.map((f) => f.label)));
  });

  it("has the section tree the report is built on", () => {
    expect(sections.map((s) => s.title)).toEqual([
      "开篇",
      "过去五年的工作回顾",
      "2022年及今后一个时期的法院工作",
      "附件一 有关用语说明",
      "附件二 相关图表",
    ]);
    const kids = (id: string) => sectionList.find((s) => s.id === id)!.children.map((c) => c.id);
    expect(kids("2")).toEqual(["2.0", "2.1", "2.2", "2.3", "2.4", "2.5", "2.6", "2.7"]);
    expect(kids("3")).toEqual(["3.0", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"]);
    expect(sectionList.find((s) => s.id === "2.4")!.title).toBe("四、持续深化改革创新，促进司法公正高效");
    expect(sectionList.find((s) => s.id === "3.6")!.title).toBe("六是坚持从严治院，树立忠诚干净担当新形象");
    expect(sectionList.find((s) => s.id === "2.7")!.paragraphs[1]!.text).toMatch(/^在看到成绩的同时.*困难和不足/);
    expect(sectionList.find((s) => s.id === "5")!.paragraphs).toEqual([]);
  });

  it("paragraph ids are unique and name their section", () => {
    expect(new Set(paragraphs.map((p) => p.id)).size).toBe(paragraphs.length);
    for (const p of paragraphs) expect(p.id.startsWith(`${p.sectionId}.p`)).toBe(true);
  });

  it("meta is read off the cover lines", () => {
    expect(meta).toEqual({
      title: "三门县人民法院工作报告",
      court: "三门县人民法院",
      date: "2022-02-19",
      meeting: "三门县第十七届人民代表大会第一次会议",
      speaker: "程小国",
      office: "三门县人民法院代院长",
    });
  });
});
