// Exact output of the quick lookups, spawned from the built CLI.
import { describe, expect, it, vi } from "vitest";
import { ABOUT_CHARTS, charts, figureById, figures, glossary, sectionById } from "../data/index";
import { valueText } from "../source/charts/render";
import { cli } from "./helpers/cli";

// Each test spawns the CLI, some many times: generous when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 30_000 });

describe("glossary", () => {
  const sfss = glossary.find((g) => g.initials === "sfss")!;

  it.each(["sfss", "shifansusong", "shi fan", "示范诉讼", "示范诉松"])(
    "%s finds 示范诉讼 with its definition and reference",
    (query) => {
      const r = cli(["glossary", query, "--width", "80"]);
      expect(r.status).toBe(0);
      expect(r.lines[0]).toBe("示范诉讼（shìfàn sùsòng，sfss）");
      const reference = r.lines.findIndex((l) => l.startsWith("见报告"));
      expect(r.lines.slice(1, reference).join("")).toBe(sfss.definition);
      expect(r.lines[reference]).toBe(`见报告第1页第13行；正文见 ${sfss.occurrences.join("、")}`);
    },
  );

  it("lists the other close matches on one line after the best", () => {
    const r = cli(["glossary", "诉讼"]);
    expect(r.lines[0]).toBe("示范诉讼（shìfàn sùsòng，sfss）");
    expect(r.lines.at(-1)).toMatch(/^其他匹配：.*虚假诉讼失信人名单制度/);
  });

  it("--all prints all 13 entries in the report's order", () => {
    const r = cli(["glossary", "--all"]);
    const heads = r.lines.filter((l) => /^\d+\. /.test(l));
    expect(heads).toEqual(glossary.map((g) => `${g.number}. ${g.term}（${g.toned}，${g.initials}）`));
  });

  it("shows pinyin with tone marks, while typing needs none (toneless, tone numbers, tone marks)", () => {
    for (const q of ["shifan", "shi4fan4", "shìfàn"]) {
      const r = cli(["glossary", q, "--width", "80"]);
      expect(r.status, q).toBe(0);
      expect(r.lines[0], q).toBe("示范诉讼（shìfàn sùsòng，sfss）");
    }
    expect(cli(["glossary", "跨域立案"]).lines[0]).toBe("跨域立案（kuà yù lì'àn，kyla）");
  });

  it("no match: names the closest terms only when they share a character, a syllable or initials", () => {
    const near = cli(["glossary", "示范案件"]);
    expect(near.status).toBe(1);
    expect(near.stdout).toBe("");
    // 示范 in one, 案 in the others: each shares a character.
    expect(near.stderr).toMatch(
      /^court-report: 没有与“示范案件”相符的用语；相近的用语：示范诉讼、[^\n]*案[^\n]*；试试 court-report search 示范案件\n$/,
    );
    for (const q of ["xyz", "qqqq", "天气"]) {
      const miss = cli(["glossary", q]);
      expect(miss.status, q).toBe(1);
      expect(miss.stderr, q).toBe(`court-report: 没有与“${q}”相符的用语；试试 court-report search ${q}\n`);
    }
  });
});

describe("metrics", () => {
  it("执行到位 --json holds 10.73 亿元", () => {
    const r = cli(["metrics", "执行到位", "--json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([figureById.get("enforcement.recovered")]);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ value: 10.73, unit: "亿元" });
  });

  it("prints an aligned table, each figure written by the data module's figureText", () => {
    expect(cli(["metrics", "执行到位"]).lines).toEqual([
      "+--------------+-----------+------+--------+",
      "| 指标         |      数值 | 类别 | 出处   |",
      "+--------------+-----------+------+--------+",
      "| 执行到位金额 | 10.73亿元 | 执行 | 2.2.p4 |",
      "+--------------+-----------+------+--------+",
    ]);
  });

  it("forgives a wrong character and takes ASCII category names", () => {
    expect(cli(["metrics", "执行到味"]).lines[3]).toContain("| 执行到位金额 | 10.73亿元 |");
    const byAlias = JSON.parse(cli(["metrics", "--category", "enforcement", "--json"]).stdout);
    expect(byAlias).toEqual(JSON.parse(cli(["metrics", "--category", "执行", "--json"]).stdout));
    expect(byAlias.every((m: { category: string }) => m.category === "执行")).toBe(true);
  });

  it("marks derived figures with their interval and, with --sources, shows their formula and the quote", () => {
    const r = cli(["metrics", "推算", "--sources", "--width", "200"]);
    const m = figureById.get("total.accepted-previous")!;
    const row = r.lines.find((l) => l.includes(m.label))!;
    expect(row).toContain(`| 约${m.value}件（23700～23709） |`);
    expect(row).toContain(`${m.quote}（推算：`);
  });

  it("approximate figures keep their qualifier: 1000余名, 560余次", () => {
    expect(cli(["metrics", "旁听"]).stdout).toContain("| 1000余名 |");
    expect(cli(["metrics", "媒体"]).stdout).toContain("| 560余次 |");
  });

  it("leaves out a column that is empty in every row shown", () => {
    const header = cli(["metrics", "--width", "200"]).lines[1]!;
    expect(header).not.toContain("说明");
    expect(header).not.toContain("单位");
  });

  it("--sources at 80 columns never breaks a label inside a word", () => {
    const lines = cli(["metrics", "--sources", "--width", "80"]).lines;
    const labelCells = lines.filter((l) => l.startsWith("| ")).map((l) => l.split("|")[1]!.trim());
    expect(labelCells).not.toContain("件");
    expect(lines.join("\n")).not.toMatch(/\| 五年受理案 /);
    // Each label reads back whole from its cells.
    const rows: string[] = [];
    for (const l of lines.slice(3)) {
      if (!l.startsWith("| ")) continue;
      const [, label, value] = l.split("|");
      if (value!.trim() !== "") rows.push(label!.trim());
      else rows[rows.length - 1] += label!.trim();
    }
    expect(rows).toEqual(figures.map((m) => m.label));
  });
});

describe("toc and read", () => {
  it("toc lists every section id in reading order", () => {
    const ids = cli(["toc"]).lines.map((l) => l.trim().split(/\s+/)[0]);
    expect(ids).toEqual([...sectionById.keys()]);
  });

  it("read 2.4 prints the section's title and its paragraphs whole, wrapped to the width", () => {
    const r = cli(["read", "2.4", "--width", "50"]);
    const section = sectionById.get("2.4")!;
    expect(r.lines[0]).toBe(`2.4 ${section.title}`);
    const blocks = r.stdout.split(/\n\n\[2\.4\.p\d+\]\n/).slice(1);
    expect(blocks.map((b) => b.replace(/\n/g, ""))).toEqual(section.paragraphs.map((p) => p.text));
  });

  it("read 执行 opens the section most about 执行 and names the others (on stderr in a pipe); read 2-4 opens 2.4", () => {
    const r = cli(["read", "执行"]);
    expect(r.lines[0]).toBe(`2.2 ${sectionById.get("2.2")!.title}`);
    expect(r.stderr).toMatch(/^\n也出现在：2\.\d(、\d(\.\d)?)+\n$/);
    expect(r.stderr).not.toContain("2.2、");
    expect(cli(["read", "2.4"]).stderr).toBe("");
    expect(cli(["read", "2-4"]).lines[0]).toBe(`2.4 ${sectionById.get("2.4")!.title}`);
  });

  it("in colour, marks where the words looked for occur; by id, nothing", () => {
    const byContent = cli(["read", "执行", "--color"]).stdout;
    const marked = [...byContent.matchAll(/\x1b\[1;33m([^\x1b]*)\x1b\[22;39m/g)].map((m) => m[1]);
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set(["执行"]));
    expect(cli(["read", "2.2", "--color"]).stdout).not.toContain("\x1b[1;33m");
  });

  it("unknown section: exit 1 with the nearest titles", () => {
    const r = cli(["read", "2.9"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(
      "court-report: 没有与“2.9”相符的章节；最近的：2.7 结语：成绩与不足、2.6 六、主动接受各界监督，强化司法公信建设、2.5 五、全面推进从严治院，锻造忠诚担当铁军\n",
    );
  });
});

describe("search", () => {
  it("sfss: the glossary entry first, then the paragraphs, each with its place and a snippet", () => {
    const r = cli(["search", "sfss", "--limit", "2", "--width", "60"]);
    expect(r.lines[0]).toBe("4.p1  用语 示范诉讼  shìfàn sùsòng");
    expect(r.lines[1]).toMatch(/^ {2}1\.示范诉讼（见报告第1页第13行）/);
    expect(r.lines[3]).toMatch(/^2\.\d\.p\d+ {2}/);
    expect(r.lines[4]).toContain("示范诉讼");
    expect(r.stderr).toMatch(/^\n共 \d+ 个匹配，列出了 2 个；--all 列出全部\n$/);
  });

  it("nothing found: exit 1", () => {
    expect(cli(["search", "qqqqzz"])).toMatchObject({ status: 1, stdout: "" });
  });

  it("wcnr finds 未成年人 and shows what it matched with its pinyin", () => {
    const r = cli(["search", "wcnr", "--width", "100"]);
    expect(r.status).toBe(0);
    expect(r.lines[0]).toMatch(/^2\.2\.p1 {2}.* {2}未成年人 wèichéngniánrén$/);
    expect(r.lines[1]).toContain("未成年人");
  });

  it("several words must all be in the paragraph", () => {
    const r = cli(["search", "未成年人", "犯罪", "--json"]);
    const hits = JSON.parse(r.stdout) as { kind: string; text: string }[];
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.text.includes("未成年人") && h.text.includes("犯罪")).toBe(true);
  });
});

describe("chart", () => {
  it("lists the charts with their numbers and ids", () => {
    const r = cli(["chart", "--width", "200"]);
    const list = r.lines.slice(0, charts.length);
    expect(list.map((l) => l.trim().split(/\s+/).slice(0, 2))).toEqual(charts.map((c, i) => [String(i + 1), c.id]));
    expect(r.lines).toHaveLength(charts.length);
    // Then what they are (a notice: on stderr in a pipe): drawn from the report's figures, not a
    // reconstruction of the empty 附件二.
    expect(r.stderr).toBe(`\n${ABOUT_CHARTS}\n`);
  });

  it("chart N draws the N-th chart of the list, for every N", () => {
    charts.forEach((chart, i) => {
      const r = cli(["chart", String(i + 1), "--width", "100"]);
      expect(r.status).toBe(0);
      expect(r.lines[0]).toBe(chart.title);
      expect(r.stdout).toBe(cli(["chart", chart.id, "--width", "100"]).stdout);
    });
  });

  it("a number past the end or 0: exit 1, one line listing the charts, nothing drawn", () => {
    for (const n of ["0", String(charts.length + 1), "99"]) {
      const r = cli(["chart", n]);
      expect(r.status).toBe(1);
      expect(r.stdout).toBe("");
      expect(r.stderr.split("\n").filter(Boolean)).toHaveLength(1);
      expect(r.stderr).toContain(`没有第 ${n} 张图表；图表有：1 ${charts[0]!.id}、2 `);
    }
  });

  it("-1 and 1.5 are usage errors: exit 2, one error line, nothing drawn", () => {
    for (const args of [["-1"], ["1.5"], ["--", "-1"]]) {
      const r = cli(["chart", ...args]);
      expect(r.status, args.join(" ")).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr.split("\n").filter((l) => l.startsWith("court-report:"))).toHaveLength(1);
    }
  });

  it("draws a chart by id or by a word of its title, with each bar's value and its source quote", () => {
    for (const args of [
      ["chart", "sentencing"],
      ["chart", "判处被告人"],
    ]) {
      const r = cli(args);
      expect(r.lines[0]).toBe(charts.find((c) => c.id === "sentencing")!.title);
      const m = figureById.get("criminal.over-five-years")!;
      expect(r.lines).toContainEqual(
        expect.stringMatching(new RegExp(`^其中5年以上有期徒刑 +\\|█+[▉-▏]? ${valueText(m)}$`)),
      );
      expect(r.lines).toContainEqual(expect.stringMatching(/^其余（报告未细分） +\|▒+░? 2521人（差额）$/));
      expect(r.stdout).toContain(`「${m.quote}」`);
      expect(r.stdout).toContain("出处（报告原文）");
    }
  });

  it("unknown chart: exit 1 listing the numbers and ids", () => {
    const r = cli(["chart", "nope"]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^court-report: 没有与“nope”相符的图表；图表有：1 caseload、2 /);
  });
});
