// What the commands answer, on the cases users and scripts meet: search in a pipe is every match and
// nothing else, read of a paragraph id is that paragraph, a unit filters by unit, --json [fields]
// and --limit/--all behave as gh's do, bad input is an error that quotes what was typed, and every
// message is Chinese.
import { execFileSync } from "node:child_process";
import { describe, expect, it, vi } from "vitest";
import { charts, figures, figureUnits, glossary, paragraphs, sectionById, sectionList } from "../data/index";
import { REPORT } from "../source/output/cite";
import { search } from "../source/search/fulltext";
import { sanitize } from "../source/text/sanitize";
import { cli, cliHere, cliInTerminal, scriptAvailable } from "./helpers/cli";
import { skipWithout } from "./helpers/tools";

vi.setConfig({ testTimeout: 60_000 });

/** The header line of each match block of `search`'s text output ("2.6.p1  …"). */
const headers = (stdout: string) => stdout.split("\n\n").map((b) => b.split("\n")[0]!);

describe("search in a pipe", () => {
  it.each(["执行", "诉讼", "sfss", "wcnr", "万元", "2021"])("%s: every match and nothing else on stdout", async (q) => {
    const r = await cliHere(["search", q]);
    const hits = search(q);
    expect(r.status).toBe(0);
    expect(hits.length).toBeGreaterThan(0);
    expect(r.stderr).toBe("");
    const heads = headers(r.stdout.replace(/\n$/, ""));
    expect(heads).toHaveLength(hits.length);
    expect(heads.map((h) => h.split("  ")[0])).toEqual(hits.map((h) => h.paragraphId));
  });

  it("search 执行 | grep 2.6.p1 finds it, as a script would", () => {
    const out = execFileSync("sh", ["-c", "node dist/cli.js search 执行 | grep -c '^2.6.p1 '"], { encoding: "utf8" });
    expect(Number(out)).toBeGreaterThan(0);
  });

  it("--limit N cuts, and the count goes to stderr, not among the results", async () => {
    const r = await cliHere(["search", "执行", "--limit", "3"]);
    expect(headers(r.stdout.replace(/\n$/, ""))).toHaveLength(3);
    expect(r.stderr).toBe(`\n共 ${search("执行").length} 个匹配，列出了 3 个；--all 列出全部\n`);
    expect((await cliHere(["search", "执行", "--all"])).stdout).toBe((await cliHere(["search", "执行"])).stdout);
  });
});

describe.skipIf(skipWithout("script", scriptAvailable))("search on a terminal (script)", () => {
  it("shows a screenful, then says how many there are and how to see them all", () => {
    const screen = cliInTerminal(["search", "执行", "--no-color"]).replace(/\r\n/g, "\n");
    expect(headers(screen.split("\n\n共 ")[0]!)).toHaveLength(20);
    expect(screen).toContain(`共 ${search("执行").length} 个匹配，列出了 20 个；--all 列出全部`);
  });
});

describe("read <paragraph id>", () => {
  it("prints exactly that paragraph, then its citation line, for every paragraph of the report", async () => {
    for (const p of paragraphs) {
      const section = sectionById.get(p.sectionId)!;
      const r = await cliHere(["read", p.id]);
      expect(r.status, p.id).toBe(0);
      expect(r.stdout, p.id).toBe(
        `${sanitize(p.text, { keepNewlines: true })}\n——${REPORT}，${p.id}（${section.id} ${section.title}）\n`,
      );
    }
  });

  it("typed other ways (2.2p4, 2.2 p4, ２．２．p4) it is the same paragraph", async () => {
    const want = (await cliHere(["read", "2.2.p4"])).stdout;
    for (const typed of ["2.2p4", "2.2 p4", "２．２．p4"])
      expect((await cliHere(["read", typed])).stdout, typed).toBe(want);
  });
});

describe("a unit in metrics", () => {
  it.each(figureUnits)("metrics %s lists exactly the figures counted in it", async (unit) => {
    const r = await cliHere(["metrics", unit, "--json", "id"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(figures.filter((m) => m.unit === unit).map((m) => ({ id: m.id })));
  });
});

describe("--json [fields]", () => {
  it("no list: every field; a list: those fields in that order", async () => {
    expect(JSON.parse((await cliHere(["metrics", "--json"])).stdout)).toEqual(figures);
    const picked = JSON.parse((await cliHere(["metrics", "--json", "label,value"])).stdout);
    expect(picked).toEqual(figures.map((m) => ({ label: m.label, value: m.value })));
    expect((await cliHere(["metrics", "--json=label,value"])).stdout).toBe(`${JSON.stringify(picked, null, 2)}\n`);
    const toc = JSON.parse((await cliHere(["toc", "--json", "id"])).stdout);
    expect(toc).toEqual(sectionList.map((s) => ({ id: s.id })));
    const terms = JSON.parse((await cliHere(["glossary", "sfss", "--json", "term"])).stdout);
    expect(terms[0]).toEqual({ term: "示范诉讼" });
  });

  it("a word that is no field stays the query (search --json wcnr)", async () => {
    const r = await cliHere(["search", "--json", "wcnr"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).length).toBe(search("wcnr").length);
  });

  it.each([
    ["metrics", "--json", "lable,value"],
    ["metrics", "--json=lable"],
    ["toc", "--json=yes"],
    ["search", "执行", "--json", "paragraph,label"],
  ])("an unknown field is a usage error that lists the valid ones: %s %s %s", async (...args) => {
    const r = await cliHere(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toMatch(
      /^court-report: \w+ --json 没有字段“[^”]+”；可用的字段：[a-zA-Z]+(,[a-zA-Z]+)+$/,
    );
  });
});

describe("--limit N and --all on every listing command", () => {
  it.each([
    [["metrics"], figures.length],
    [["toc"], sectionList.length],
    [["chart"], charts.length],
  ] as const)("%j", async (args, all) => {
    expect((await cliHere([...args, "--all", "--width", "200"])).lines.length).toBeGreaterThanOrEqual(all);
    const two = await cliHere([...args, "--limit", "2", "--width", "200"]);
    expect(two.status).toBe(0);
    expect(two.stdout).not.toBe((await cliHere([...args, "--all", "--width", "200"])).stdout);
  });

  it("metrics --limit 2 is the first two rows, as JSON too", async () => {
    expect(JSON.parse((await cliHere(["metrics", "--limit", "2", "--json", "id"])).stdout)).toEqual(
      figures.slice(0, 2).map((m) => ({ id: m.id })),
    );
    expect((await cliHere(["toc", "--limit", "2"])).lines).toHaveLength(2);
    expect((await cliHere(["chart", "--limit", "2"])).lines).toHaveLength(2);
  });

  it("glossary: --limit N writes the N best matches out, --all every entry (or every match)", async () => {
    const r = await cliHere(["glossary", "诉讼", "--limit", "2"]);
    expect(r.stdout.split("\n\n")).toHaveLength(2);
    expect((await cliHere(["glossary", "--all"])).stdout.split("\n\n")).toHaveLength(glossary.length);
    expect((await cliHere(["glossary", "--limit", "3"])).stdout.split("\n\n")).toHaveLength(3);
  });

  it("--limit with --all, or 0, is a usage error", async () => {
    expect((await cliHere(["metrics", "--limit", "2", "--all"])).status).toBe(2);
    expect((await cliHere(["toc", "--limit", "0"])).status).toBe(2);
  });
});

/** [arguments, exit code, the first line of stderr]. */
const BAD: readonly (readonly [readonly string[], number, RegExp])[] = [
  [["read", "2.2.p999"], 1, /^court-report: 没有段落“2\.2\.p999”；最近的段落：2\.2\.p4、2\.2\.p3、2\.2\.p2$/],
  [["read", "2.0.p99"], 1, /^court-report: 没有段落“2\.0\.p99”；最近的段落：2\.0\.p2、2\.0\.p1$/],
  [["read", "3.3.p0"], 1, /^court-report: 没有段落“3\.3\.p0”；最近的段落：3\.3\.p1$/],
  [["read", "2.9"], 1, /^court-report: 没有与“2\.9”相符的章节；最近的：2\.7 /],
  ...["!!!", "#", "？", "…", "-"].flatMap((q) =>
    (["metrics", "search", "glossary"] as const).map(
      (c) =>
        [
          [c, q],
          2,
          new RegExp(`^court-report: “${q.replace(/[.*+?^$|]/g, "\\$&")}”里没有可以查找的字：${c} 要`),
        ] as const,
    ),
  ),
  [["metrics", "!执行"], 2, /^court-report: “!执行”里没有可以查找的字/],
  [
    ["chart", "99999999999999999999999"],
    1,
    /^court-report: 没有第 99999999999999999999999 张图表；图表有：1 caseload、/,
  ],
  [["chart", "007x"], 1, /^court-report: 没有与“007x”相符的图表/],
  [["chart", "1.5"], 2, /^court-report: 图表编号是 1 到 \d 的整数，不是“1\.5”$/],
  [["glossary", "司法救助"], 1, /^court-report: 没有与“司法救助”相符的用语；.*试试 court-report search 司法救助$/],
  [["help", "bogus"], 2, /^court-report: 没有命令“bogus”$/],
  [["toc", "--width", "1e3"], 2, /^court-report: --width 要 20 到 10000 的整数，不是“1e3”$/],
];

describe("bad input gets the right answer", () => {
  it.each(BAD)("%j: exit %i", async (args, code, line) => {
    const r = await cliHere(args);
    expect(r.status).toBe(code);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")[0]).toMatch(line);
  });

  it("glossary's miss points to search, which finds 司法救助 in 2.3.p1", async () => {
    expect(search("司法救助").some((h) => h.paragraphId === "2.3.p1")).toBe(true);
  });

  it("help <any command>, help help included, is that command's help", async () => {
    for (const name of ["glossary", "metrics", "toc", "read", "search", "chart", "help"]) {
      const r = await cliHere(["help", name]);
      expect(r.status, name).toBe(0);
      expect(r.lines[0]).toMatch(new RegExp(`^用法：court-report ${name}\\b`));
      expect(r.stdout).toBe((await cliHere([name, "--help"])).stdout);
    }
  });
});

/** Where a message may hold Latin words: a command line to type, option and variable names. */
const TYPED = /court-report(?: [^\s\u3400-\u9fff，；。：（）“”]+)*|--?[\w-]+|\b[A-Z_]{2,}\b|[\w.-]+\|[\w.|-]+/gu;
const HAN = /[\u3400-\u9fff]/u;
/** Three Latin words in a row are an English phrase. */
const ENGLISH = /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/u;

describe("one language: every message is Chinese", () => {
  const errors = [
    ...BAD.map(([args]) => args),
    ["bogus"],
    ["glosary"],
    ["--bogus"],
    ["metrics", "--bogus"],
    ["glossary"],
    ["read"],
    ["search"],
    ["toc", "extra"],
    ["toc", "--ambiwidth", "wide"],
    ["metrics", "--category", "天气"],
    ["metrics", "--json", "--csv"],
    ["metrics", "qqqq"],
    ["search", "qqqq"],
    ["search", "执行", "--limit"],
    ["search", "执行", "--limit", "x"],
    ["toc", "--json=yes"],
    ["read", "--copy=yes", "2.4"],
    ["search", "执行 ".repeat(60)],
    ["read", "执行"],
    ["search", "执行", "--limit", "1"],
  ];
  it.each(errors)("%j: stderr", async (...args) => {
    const r = await cliHere(args);
    const lines = r.stderr.split("\n").filter((l) => l.trim() !== "");
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) {
      const rest = l.replace(TYPED, "");
      expect(HAN.test(l), l).toBe(true);
      expect(rest, l).not.toMatch(ENGLISH);
    }
  });

  it.each([[], ["glossary"], ["metrics"], ["toc"], ["read"], ["search"], ["chart"], ["help"]])(
    "help %s: every line that says something says it in Chinese",
    async (...name) => {
      const r = await cliHere(["help", ...name]);
      for (const l of r.lines) expect(l.replace(TYPED, ""), l).not.toMatch(ENGLISH);
    },
  );

  it("the hint printed without a terminal, in Chinese", () => {
    const hint = cli([]).stderr.trim();
    expect(hint).toMatch(HAN);
    expect(hint.replace(TYPED, "")).not.toMatch(ENGLISH);
  });
});
