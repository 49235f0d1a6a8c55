// A pipe gets whole paragraphs: `court-report read X | grep phrase` must find every phrase, so with
// no --width and stdout not a terminal, prose is one line a paragraph.
import { execFileSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { sectionList } from "../data/index";
import { cli } from "./helpers/cli";

vi.setConfig({ testTimeout: 60_000 });

const sentences = (text: string) => text.split(/(?<=[。；！？])/).filter((s) => s.trim() !== "");

describe("read in a pipe", () => {
  it("prints every paragraph of every section as one line, so every sentence is found whole", () => {
    for (const section of sectionList) {
      const r = cli(["read", section.id], { COLUMNS: undefined });
      expect(r.status, section.id).toBe(0);
      const lines = new Set(r.lines);
      for (const p of section.paragraphs) {
        expect(lines.has(p.text), `${p.id} is one line`).toBe(true);
        for (const s of sentences(p.text))
          expect(
            r.lines.some((l) => l.includes(s)),
            `${p.id}: ${s}`,
          ).toBe(true);
      }
    }
  });

  it("through a real pipe into grep, as the issue reports it: read 2.2 | grep -c 申请执行案件", () => {
    const count = execFileSync("sh", ["-c", "node dist/cli.js read 2.2 | grep -c 申请执行案件"], {
      encoding: "utf8",
      env: { ...process.env, COLUMNS: undefined },
    });
    expect(Number(count)).toBeGreaterThan(0);
  });

  it("--width still wraps", () => {
    const r = cli(["read", "2.2", "--width", "40"]);
    expect(r.lines.length).toBeGreaterThan(20);
    expect(r.lines.every((l) => l.length <= 40)).toBe(true);
  });

  it("glossary definitions are whole lines too", () => {
    const r = cli(["glossary", "--all"]);
    expect(
      r.lines.some((l) => l.includes("工作室自2021年3月成立以来，截止2021年12月31日，共督促申请执行案件617件")),
    ).toBe(true);
  });
});
