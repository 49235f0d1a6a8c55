// The one query language (source/search/parse-query.ts) through the functions that serve it: the search
// command's search() and the 搜索 pane's searchResults(), the 数据 filter, the reader's find.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureById, paragraphs } from "../data/index";
import { figureRows } from "../source/app/panes/data/model";
import { findMatches } from "../source/app/panes/report/model";
import { searchResults } from "../source/app/panes/search/model";
import { matchFigures } from "../source/search/figures";
import { type SearchHit, search } from "../source/search/fulltext";
import { matchText } from "../source/search/match";
import { MAX_QUERY, parseQuery } from "../source/search/parse-query";
import { readingsAt, tonedPinyin } from "../source/search/readings";

const HAN = /^[\u4e00-\u9fff]$/u;
const body = paragraphs.filter((p) => !p.id.startsWith("4."));
const ids = (hits: readonly SearchHit[]) => hits.map((h) => h.paragraphId);
const matched = (hit: SearchHit) => hit.ranges.map(([s, e]) => hit.text.slice(s, e));
const paragraphsWith = (...words: string[]) =>
  body.filter((p) => words.every((w) => p.text.includes(w))).map((p) => p.id);

describe("query forms", () => {
  it("finds 未成年人 by initials, full pinyin with and without spaces, prefixes and mixed input, and marks it", () => {
    const places = paragraphsWith("未成年人");
    expect(places.length).toBeGreaterThan(1);
    for (const q of [
      "wcnr",
      "weichengnianren",
      "wei cheng nian ren",
      "weichengnr",
      "未成年ren",
      "wei成年人",
      "wèichéngniánrén",
      "wei4cheng2nian2ren2",
    ]) {
      const hits = search(q).filter((h) => h.kind === "paragraph");
      expect(ids(hits), q).toEqual(expect.arrayContaining(places));
      // The best hits are the places of the word itself, and what they mark is the word.
      for (const h of hits.slice(0, places.length)) expect(matched(h), q).toContain("未成年人");
    }
  });

  it("reads syllable prefixes: weich finds 未成", () => {
    const hit = search("weich").find((h) => h.kind === "paragraph")!;
    expect(matched(hit)).toContain("未成");
  });

  it.each([
    ["zhixing", "执行"],
    ["zhongdian", "重点"],
    ["tiaojie", "调解"],
    ["changxiao", "长效"],
    ["xingzheng", "行政"],
    ["zhijie", "执结"],
  ])("polyphones: %s finds %s, ranked above other readings", (pinyin, word) => {
    const hits = search(pinyin).filter((h) => h.kind === "paragraph");
    expect(hits.length).toBeGreaterThan(0);
    expect(matched(hits[0]!)).toContain(word);
    expect(ids(hits)).toEqual(expect.arrayContaining(paragraphsWith(word)));
  });

  it("matches a polyphone under every reading, but ranks the reading it has there first", () => {
    // 行 in 执行 is xíng; read háng it still matches, a tier lower.
    const right = matchText(parseQuery("zhixing"), "执行")!;
    const other = matchText(parseQuery("zhihang"), "执行")!;
    expect(other.ranges).toEqual([[0, 2]]);
    expect(right.score).toBeGreaterThan(other.score);
    // 重 in 重点 is zhòng, in 重新 chóng.
    expect(matchText(parseQuery("zhongdian"), "重点")!.score).toBeGreaterThan(
      matchText(parseQuery("chongdian"), "重点")!.score,
    );
    expect(readingsAt("调解")[0]![0]).toBe("tiao");
    expect(tonedPinyin("行政")).toBe("xíngzhèng");
    expect(tonedPinyin("长效")).toBe("chángxiào");
  });

  it("ranks exact Chinese before pinyin before initials", () => {
    const text = "未成年人";
    const exact = matchText(parseQuery("未成年人"), text)!;
    const pinyin = matchText(parseQuery("weichengnianren"), text)!;
    const initials = matchText(parseQuery("wcnr"), text)!;
    expect([exact.kind, pinyin.kind, initials.kind]).toEqual(["exact", "pinyin", "initials"]);
    expect(exact.score).toBeGreaterThan(pinyin.score);
    expect(pinyin.score).toBeGreaterThan(initials.score);
  });

  it("within a kind, ranks earlier and denser matches first", () => {
    const q = parseQuery("调解");
    const early = matchText(q, "调解工作很好，其他事情也很好。")!;
    const late = matchText(q, "其他事情也很好，工作很好调解。")!;
    const dense = matchText(q, "调解调解")!;
    expect(early.score).toBeGreaterThan(late.score);
    expect(dense.score).toBeGreaterThan(early.score);
  });

  it("matches numbers by value: 22502 and 10.73", () => {
    expect(matchFigures("22502").map((m) => m.id)).toContain("enforcement.closed");
    expect(matchFigures("10.73").map((m) => m.id)).toEqual(["enforcement.recovered"]);
    expect(search("10.73").some((h) => h.kind === "figure" && h.id === "enforcement.recovered")).toBe(true);
    expect(figureRows("22502", "report").rows.map((m) => m.value)).toContain(22502);
    // A figure whose value the quote writes otherwise is still found by its value.
    const m = figureById.get("enforcement.recovered")!;
    expect(matchFigures(String(m.value))).toContain(m);
  });
});

describe("several terms", () => {
  it("finds paragraphs holding all terms, in any order", () => {
    const expected = paragraphsWith("未成年人", "犯罪");
    expect(expected.length).toBeGreaterThan(0);
    for (const q of ["未成年人 犯罪", "犯罪 未成年人", "wcnr fanzui", "fz weichengnianren"]) {
      expect(ids(search(q).filter((h) => h.kind === "paragraph")).sort(), q).toEqual(expected.sort());
    }
  });

  it('keeps a "quoted phrase" together', () => {
    const phrase = search('"示范诉讼"').filter((h) => h.kind === "paragraph");
    expect(ids(phrase).sort()).toEqual(paragraphsWith("示范诉讼").sort());
    for (const h of phrase) expect(matched(h).every((m) => m === "示范诉讼")).toBe(true);
  });

  it("!term leaves out texts where the term matches", () => {
    const all = paragraphsWith("未成年人");
    const without = ids(search("未成年人 !执行").filter((h) => h.kind === "paragraph"));
    expect(without.sort()).toEqual(all.filter((id) => !paragraphsWith("执行").includes(id)).sort());
    // Exclusion reads pinyin too.
    expect(ids(search("未成年人 !zhixing").filter((h) => h.kind === "paragraph")).sort()).toEqual(without.sort());
  });

  it("reads spaced pinyin as the word it spells; apart only when that finds nothing", () => {
    const hits = search("shi fan").filter((h) => h.kind === "paragraph");
    // shifan is 示范 (or 事犯, 释放…): only places where the syllables stand together.
    expect(ids(hits)).toEqual(expect.arrayContaining(paragraphsWith("示范")));
    for (const h of hits) expect(matched(h).some((m) => m.length === 2)).toBe(true);
    // Typed in full, fan ranks 示范 above 释放 (fang).
    const order = ids(hits);
    expect(order.indexOf(paragraphsWith("示范")[0]!)).toBeLessThan(order.indexOf(paragraphsWith("释放")[0]!));
    // wcnrfanzui is nowhere: read apart, both words must be in the paragraph.
    expect(ids(search("wcnr fanzui")).sort()).toEqual(paragraphsWith("未成年人", "犯罪").sort());
  });

  it("reads Chinese terms both joined and apart: the joined phrase ranks first", () => {
    const hits = search("示范 诉讼").filter((h) => h.kind === "paragraph");
    const joined = paragraphsWith("示范诉讼");
    expect(ids(hits.slice(0, joined.length)).sort()).toEqual(joined.sort());
    expect(ids(hits).sort()).toEqual(paragraphsWith("示范", "诉讼").sort());
  });

  it("the 数据 filter and the reader's find use the same language", () => {
    expect(figureRows("zhijie", "report").rows.map((m) => m.id)).toContain("enforcement.closed");
    expect(figureRows("zjzxaj", "report").rows.map((m) => m.id)).toContain("enforcement.closed");
    const found = findMatches("sfss").filter((m) => m.paragraphId.startsWith("2.2."));
    expect(found.length).toBe(2);
    const text = paragraphs.find((p) => p.id === found[0]!.paragraphId)!.text;
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe("示范诉讼");
  });
});

describe("bad input", () => {
  it.each(["", "   ", "，。！", "!", '"', "\u0000\u001b\u0007", "\ufffd\ufffd", "\ud800"])(
    "%j has nothing to look for",
    (q) => {
      expect(parseQuery(q).readings).toEqual([]);
      expect(search(q)).toEqual([]);
    },
  );

  it("matches only the first MAX_QUERY characters of a long query, quickly", () => {
    for (const q of [
      "未".repeat(10_000),
      "wcnr".repeat(2500),
      "a ".repeat(5000),
      "zh".repeat(5000),
      "执行 ".repeat(3000),
    ]) {
      expect(parseQuery(q).capped).toBe(true);
      const t = performance.now();
      search(q);
      matchFigures(q);
      findMatches(q);
      expect(performance.now() - t, q.slice(0, 10)).toBeLessThan(200);
    }
    expect(parseQuery("x".repeat(MAX_QUERY)).capped).toBe(false);
  });
});

describe("every run of the report's text finds its paragraph", () => {
  // Runs of 2–6 consecutive Han characters from any paragraph: the run, its initials and its full
  // pinyin with and without spaces (each character read as it is read there) find the paragraph.
  const runs = body.flatMap((p) => {
    const out: { id: string; start: number }[] = [];
    for (let i = 0; i + 2 <= p.text.length; i++)
      if (HAN.test(p.text[i]!) && HAN.test(p.text[i + 1]!)) out.push({ id: p.id, start: i });
    return out;
  });
  const byId = new Map(body.map((p) => [p.id, p.text]));

  it("in search() and in the 搜索 model", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: runs.length - 1 }), fc.integer({ min: 2, max: 6 }), (r, length) => {
        const { id, start } = runs[r]!;
        const text = byId.get(id)!;
        let end = start;
        while (end < text.length && end - start < length && HAN.test(text[end]!)) end++;
        const run = text.slice(start, end);
        const syllables = readingsAt(text)
          .slice(start, end)
          .map((s) => s![0]!);
        const queries = [run, syllables.map((s) => s[0]).join(""), syllables.join(""), syllables.join(" ")];
        for (const q of queries) {
          expect(ids(search(q)), `${run} ${q}`).toContain(id);
          expect(ids(searchResults(q)), `${run} ${q} (搜索)`).toContain(id);
        }
      }),
      { numRuns: 300 },
    );
  });
});
