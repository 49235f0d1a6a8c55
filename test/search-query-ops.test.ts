// The query forms fzf users type — ^prefix, suffix$, a | b — with AND, phrases and !exclusion, in pinyin
// as in Chinese, through every place that takes a query: search(), the 搜索 pane's results, the reader's
// find; and headings as text: a section title is found everywhere and a hit in one opens that section.
import { describe, expect, it } from "vitest";
import { sectionList } from "../data/index";
import { currentDoc, findMatches, headingId, toc } from "../source/app/panes/report/model";
import { searchResults } from "../source/app/panes/search/model";
import { initialState } from "../source/app/state";
import { matchFigures } from "../source/search/figures";
import { type SearchHit, search } from "../source/search/fulltext";
import { matchText } from "../source/search/match";
import { parseQuery } from "../source/search/parse-query";
import { cli } from "./helpers/cli";
import { keys } from "./helpers/explorer-state";

const key = (h: SearchHit) => `${h.kind}:${h.id}`;
const keysOf = (hits: readonly SearchHit[]) => new Set(hits.map(key));
/** Only punctuation and spaces: what ^ and $ let stand before or after a match. */
const blank = (s: string) => !/[0-9a-z\u4e00-\u9fff]/iu.test(s);

describe("^prefix and suffix$", () => {
  for (const q of ["^执行", "^zhixing", "^zx", "^优化", "^youhua"]) {
    it(`${q}: every hit matches at the start of its text, and only there`, () => {
      const hits = search(q);
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) expect(blank(h.text.slice(0, h.ranges[0]![0])), h.text.slice(0, 20)).toBe(true);
      // Fewer than the same term anywhere.
      expect(hits.length).toBeLessThan(search(q.slice(1)).length);
    });
  }

  for (const q of ["项目$", "xiangmu$", "推广$", "tuiguang$"]) {
    it(`${q}: every hit matches at the end of its text (its closing punctuation aside)`, () => {
      const hits = search(q);
      expect(hits.length).toBeGreaterThan(0);
      for (const h of hits) expect(blank(h.text.slice(h.ranges.at(-1)![1])), h.text.slice(-20)).toBe(true);
    });
  }

  it("^…$ is the whole text; ^ and $ hold for pinyin too", () => {
    expect(matchText(parseQuery("^示范诉讼$"), "“示范诉讼”")).not.toBeNull();
    expect(matchText(parseQuery("^示范$"), "示范诉讼")).toBeNull();
    expect(matchText(parseQuery("^shifan"), "示范诉讼")).not.toBeNull();
    expect(matchText(parseQuery("^susong"), "示范诉讼")).toBeNull();
    expect(matchText(parseQuery("susong$"), "示范诉讼。")).not.toBeNull();
  });

  it("!^term excludes only the texts it starts", () => {
    const all = keysOf(search("执行"));
    const starting = keysOf(search("^执行"));
    const rest = keysOf(search("执行 !^执行"));
    expect(rest.size).toBe(all.size - starting.size);
    for (const k of starting) expect(rest.has(k)).toBe(false);
  });
});

describe("a | b", () => {
  it("finds the texts either term finds, pinyin or Chinese, and marks both", () => {
    for (const [q, a, b] of [
      ["称号 | 示范诉讼", "称号", "示范诉讼"],
      ["chenghao | shifansusong", "chenghao", "shifansusong"],
      ["洗钱 | 7747", "洗钱", "7747"],
    ] as const) {
      const either = keysOf(search(q));
      expect(either).toEqual(new Set([...keysOf(search(a)), ...keysOf(search(b))]));
    }
    const hit = search("洗钱 | 追赃").find((h) => h.text.includes("洗钱") && h.text.includes("追赃"))!;
    const marked = hit.ranges.map(([s, e]) => hit.text.slice(s, e));
    expect(marked).toContain("洗钱");
    expect(marked).toContain("追赃");
  });

  it("binds closer than AND: 执行 称号 | 示范 is 执行 and (称号 or 示范)", () => {
    const hits = search("执行 称号 | 示范");
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.text).toContain("执行");
      expect(h.text.includes("称号") || h.text.includes("示范")).toBe(true);
    }
    const a = keysOf(search("执行 称号"));
    const b = keysOf(search("执行 示范"));
    expect(keysOf(hits)).toEqual(new Set([...a, ...b]));
  });

  it("the 数据 filter and metrics take it too, in pinyin as in Chinese", () => {
    for (const q of ["执结 | 执行到位", "zhijie | zhixingdaowei"]) {
      expect(
        matchFigures(q).map((m) => m.id),
        q,
      ).toEqual(["enforcement.closed", "enforcement.recovered"]);
    }
    const ids = (q: string) => matchFigures(q).map((m) => m.id);
    expect(new Set(ids("洗钱 | 破产"))).toEqual(new Set([...ids("洗钱"), ...ids("破产")]));
  });

  it("three alternatives, and with !exclusion and anchors", () => {
    expect(keysOf(search("洗钱 | 称号 | 7747"))).toEqual(
      new Set([...keysOf(search("洗钱")), ...keysOf(search("称号")), ...keysOf(search("7747"))]),
    );
    for (const h of search("^执行 | ^积极 !法院")) {
      expect(/^[“”"]?(执行|积极)/u.test(h.text)).toBe(true);
      expect(h.text).not.toContain("法院");
    }
  });

  it("a | on its own, at either end, or doubled joins nothing", () => {
    expect(keysOf(search("执行 |"))).toEqual(keysOf(search("执行")));
    expect(keysOf(search("| 执行"))).toEqual(keysOf(search("执行")));
    expect(search("|")).toEqual([]);
    expect(keysOf(search("执行 | | 洗钱"))).toEqual(keysOf(search("执行 | 洗钱")));
  });
});

describe("headings are text", () => {
  const headed = sectionList.filter((s) => s.heading.length > 0);

  it("search finds every heading line by its words, its pinyin and its initials", () => {
    const s23 = sectionList.find((s) => s.id === "2.3")!;
    expect(s23.heading[0]).toBe("三、努力践行为民宗旨，切实回应民生关切");
    for (const q of ["为民宗旨", "weimin zongzhi", "wmzz", "^三、努力"]) {
      const hit = search(q)[0]!;
      expect(hit, q).toMatchObject({ kind: "heading", id: "2.3", sectionId: "2.3", paragraphId: "2.3.p1" });
    }
    for (const s of headed) {
      for (const h of s.heading)
        expect(
          search(`"${h}"`).some((x) => x.kind === "heading" && x.id === s.id),
          h,
        ).toBe(true);
    }
  });

  it("court-report search prints a heading hit under its section id, marked 标题", () => {
    const r = cli(["search", "为民宗旨", "--width", "100"]);
    expect(r.status).toBe(0);
    expect(r.lines[0]).toBe("2.3  标题 三、努力践行为民宗旨，切实回应民生关切");
    expect(cli(["search", "相关图表", "--width", "100"]).lines[0]).toBe("5  标题 附件二 相关图表");
  });

  it("the 搜索 pane lists the heading, and Enter opens its section at the heading", () => {
    expect(searchResults("为民宗旨")[0]).toMatchObject({ kind: "heading", id: "2.3" });
    const s = keys(initialState({ columns: 80, rows: 24 }), "5", "为民宗旨", "enter");
    expect(s.pane).toBe("report");
    expect(toc[s.report.section]!.id).toBe("2.3");
    const doc = currentDoc(s.size, s.report);
    expect(doc.lines[s.report.scroll]!.text).toBe("三、努力践行为民宗旨，切实回应民生关切");
    // 附件二 has a heading and nothing under it: it opens too, at the end of the reader.
    const t = keys(initialState({ columns: 80, rows: 24 }), "5", "相关图表", "enter");
    expect(t.pane).toBe("report");
    const end = currentDoc(t.size, t.report).lines.slice(t.report.scroll, t.report.scroll + 20);
    expect(end.map((l) => l.text)).toContain("相关图表");
  });

  it("the reader's find matches heading lines, under the heading's id, and n lands on them", () => {
    const found = findMatches("为民宗旨");
    expect(found[0]).toEqual({ paragraphId: headingId("2.3", 0), start: 6, end: 10 });
    expect(findMatches("weimin zongzhi")[0]!.paragraphId).toBe("2.3.h1");
    const s = keys(initialState({ columns: 80, rows: 24 }), "enter", "/为民宗旨", "enter");
    const doc = currentDoc(s.size, s.report);
    const shown = doc.lines.slice(s.report.scroll, s.report.scroll + 20).map((l) => l.text);
    expect(shown).toContain("三、努力践行为民宗旨，切实回应民生关切");
    for (const s2 of headed) {
      s2.heading.forEach((h, n) => {
        expect(
          findMatches(`"${h}"`).some((m) => m.paragraphId === headingId(s2.id, n)),
          h,
        ).toBe(true);
      });
    }
  });
});
