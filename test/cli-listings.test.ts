// The built CLI's machine-readable listings, spawned as a user's script would.
import { describe, expect, it } from "vitest";
import { figures, glossary, sectionList } from "../data/index";
import { version } from "../package.json";
import { cli } from "./helpers/cli";

describe("built CLI listings", () => {
  it("--version prints the package version", () => {
    expect(cli(["--version"])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it("metrics --json is the data module's metrics", () => {
    const r = cli(["metrics", "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(figures);
  });

  it("glossary --json has the documented shape", () => {
    const r = cli(["glossary", "--json"]);
    const parsed = JSON.parse(r.stdout);
    expect(parsed).toHaveLength(13);
    expect(Object.keys(parsed[0]).sort()).toEqual([
      "definition",
      "initials",
      "occurrences",
      "pinyin",
      "reference",
      "term",
    ]);
    expect(parsed.map((g: { term: string }) => g.term)).toEqual(glossary.map((g) => g.term));
  });

  it("toc --json holds every section and paragraph in reading order", () => {
    const parsed = JSON.parse(cli(["toc", "--json"]).stdout);
    expect(parsed.map((s: { id: string }) => s.id)).toEqual(sectionList.map((s) => s.id));
    expect(Object.keys(parsed[0]).sort()).toEqual(["id", "level", "paragraphs", "parentId", "title"]);
    const texts = parsed.flatMap((s: { paragraphs: { text: string }[] }) => s.paragraphs.map((p) => p.text));
    expect(texts).toEqual(sectionList.flatMap((s) => s.paragraphs.map((p) => p.text)));
  });

  it("an unknown command or option is one line plus usage on stderr, exit 2", () => {
    for (const args of [["bogus"], ["--bogus"]]) {
      const r = cli(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.split("\n")[0]).toMatch(/^court-report: /);
      expect(r.stderr).toContain("用法：court-report");
    }
  });
});
