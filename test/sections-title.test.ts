// Headings the program adds are shown as the program's: the data module knows which parts of the
// report have a heading, every place that shows a title brackets the others, and docs/data.md lists them.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { sectionList } from "../data/index";
import { frameLines } from "../source/app/frame";
import { initialState } from "../source/app/state";
import { THEME } from "../source/app/theme";
import { lineText } from "../source/app/ui/styled";
import { hasHeading, shownTitle } from "../source/sections/title";
import { cli } from "./helpers/cli";
import { keys } from "./helpers/explorer-state";

const report = readFileSync(new URL("../data/report.txt", import.meta.url), "utf8");
const reportLines = new Set(report.split(/\r?\n/).map((l) => l.trim()));
const made = sectionList.filter((s) => !hasHeading(s));

describe("headings the program adds", () => {
  it("a section has heading lines only where the report has those lines on their own", () => {
    for (const s of sectionList) for (const h of s.heading) expect(reportLines.has(h), `${s.id} ${h}`).toBe(true);
    for (const s of made) expect(reportLines.has(s.title), `${s.id} ${s.title} is no line of the report`).toBe(false);
    expect(made.map((s) => s.id)).toEqual(["1", "2.0", "2.7", "3.0", "3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "3.7"]);
  });

  it("docs/data.md lists every one of them", () => {
    const doc = readFileSync(new URL("../docs/data.md", import.meta.url), "utf8");
    // 3.1–3.6 as one range, named by their first sentences; the others by their bracketed title.
    expect(doc).toContain("`3.1`–`3.6`");
    for (const s of made.filter((x) => !/^3\.[1-6]$/.test(x.id))) expect(doc, s.id).toContain(shownTitle(s));
  });

  it("the reader shows them dim in brackets, and the report's own headings bold and bare", () => {
    const s = keys(initialState({ columns: 80, rows: 24 }), "enter", ":", "2.7", "enter");
    const lines = frameLines(s);
    const label = lines.flat().find((x) => x.text === "［结语：成绩与不足］")!;
    expect(label.style).toEqual(THEME.muted);
    const t = keys(initialState({ columns: 80, rows: 24 }), "enter", ":", "2.2", "enter");
    const heading = frameLines(t)
      .flat()
      .find((x) => x.text === "二、奋力抓实审执主业，推进和谐三门建设")!;
    expect(heading.style).toEqual(THEME.strong);
    expect(frameLines(t).map(lineText).join("\n")).not.toContain("［二、");
  });

  it("the contents, toc and read bracket them too", () => {
    const contents = frameLines(initialState({ columns: 80, rows: 24 }))
      .map(lineText)
      .join("\n");
    expect(contents).toContain("［开篇］");
    expect(contents).toContain("［引言］");
    const toc = cli(["toc"]);
    expect(toc.stdout).toMatch(/2\.7\s+［结语：成绩与不足］/);
    expect(toc.stdout).toMatch(/2\.1\s+一、聚焦/);
    expect(cli(["read", "3.7"]).stdout.split("\n")[0]).toBe("3.7 ［结语］");
  });
});
