import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { figureById, glossary, paragraphs } from "../data/index";
import { type SearchHit, search, snippet } from "../source/search/fulltext";
import { setAmbiWidth, width } from "../source/text/width";

const where = (hits: SearchHit[]) => hits.map((h) => `${h.kind}:${h.id}`);

describe("search", () => {
  it("finds a phrase in the body and in the figure it states", () => {
    const hits = search("执行到位");
    expect(where(hits)).toContain("paragraph:2.2.p4");
    expect(where(hits)).toContain("figure:enforcement.recovered");
    const figure = hits.find((h) => h.id === "enforcement.recovered")!;
    const m = figureById.get("enforcement.recovered")!;
    expect(figure.text).toBe(`${m.label}：${m.quote}`);
  });

  it("reads initials as the glossary term and finds the term's places in the body", () => {
    const hits = search("sfss");
    expect(hits[0]).toMatchObject({ kind: "glossary", id: "1", label: "示范诉讼", paragraphId: "4.p1" });
    expect(where(hits)).toEqual(expect.arrayContaining(["paragraph:2.0.p2", "paragraph:2.2.p2"]));
    for (const h of hits.filter((h) => h.kind === "paragraph")) {
      for (const [s, e] of h.ranges) expect(h.text.slice(s, e)).toBe("示范诉讼");
    }
  });

  it("finds each glossary term's occurrences by its pinyin, as by its Chinese", () => {
    for (const g of glossary) {
      const body = (q: string) => where(search(q).filter((h) => h.kind === "paragraph")).sort();
      expect(body(g.initials), g.term).toEqual(body(g.term));
      expect(body(g.term), g.term).toEqual(expect.arrayContaining(g.occurrences.map((id) => `paragraph:${id}`)));
    }
  });

  it("points every range at the matched text", () => {
    for (const q of ["执行", "2019", "APP", "诉讼", "第13行"]) {
      const hits = search(q);
      expect(hits.length, q).toBeGreaterThan(0);
      for (const h of hits) {
        expect(h.ranges.length).toBeGreaterThan(0);
        for (const [s, e] of h.ranges) expect(h.text.slice(s, e).toLowerCase()).toBe(q.toLowerCase());
      }
    }
  });

  it("finds every paragraph containing a phrase, and no other", () => {
    const hits = search("人民法院").filter((h) => h.kind === "paragraph");
    const expected = paragraphs.filter((p) => p.text.includes("人民法院") && !p.id.startsWith("4.")).map((p) => p.id);
    expect(hits.map((h) => h.id).sort()).toEqual(expected.sort());
  });

  it("ranks term hits first, then by occurrences, with ties in report order", () => {
    const hits = search("虚假诉讼");
    expect(hits[0]).toMatchObject({ kind: "glossary", label: "虚假诉讼失信人名单制度" });
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1]!.score).toBeGreaterThanOrEqual(hits[i]!.score);
    const body = hits.filter((h) => h.kind === "paragraph");
    for (let i = 1; i < body.length; i++)
      expect(body[i - 1]!.ranges.length).toBeGreaterThanOrEqual(body[i]!.ranges.length);
    expect(search("执行")).toEqual(search("执行"));
  });

  it("honours the limit", () => {
    expect(search("执行", 3)).toHaveLength(3);
    expect(search("执行", 0)).toEqual([]);
    expect(search("执行").length).toBeGreaterThan(20);
  });

  it("never throws, whatever is typed", () => {
    const nasty = [
      "",
      " ",
      "((",
      ".*",
      "[",
      "\\",
      "$&",
      "😀",
      "👨‍👩‍👧",
      "\u0000\u001b[2J",
      "\ud800",
      "a".repeat(500),
      "示".repeat(500),
      "x".repeat(33),
    ];
    for (const q of nasty) expect(() => search(q), JSON.stringify(q)).not.toThrow();
    fc.assert(
      fc.property(fc.string({ maxLength: 500, unit: "binary" }), (q) => {
        const hits = search(q);
        expect(Array.isArray(hits)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("snippet", () => {
  it("never exceeds the columns, for every paragraph and every width from 10 to 120", () => {
    for (const mode of ["single", "double"] as const) {
      setAmbiWidth(mode);
      try {
        for (const p of paragraphs) {
          const at = p.text.indexOf("诉讼");
          const ranges: [number, number][] = at >= 0 ? [[at, at + 2]] : [];
          for (let columns = 10; columns <= 120; columns++) {
            const s = snippet(p.text, ranges, columns);
            expect(width(s.text), `${p.id} @${columns} ${mode}`).toBeLessThanOrEqual(columns);
          }
        }
      } finally {
        setAmbiWidth("single");
      }
    }
  });

  it("shows the first match, marks the cuts and re-bases the ranges", () => {
    const p = paragraphs.find((x) => x.id === "2.2.p4")!;
    const at = p.text.indexOf("执行到位");
    for (let columns = 12; columns <= 80; columns += 4) {
      const s = snippet(p.text, [[at, at + 4]], columns);
      expect(s.text.startsWith("…")).toBe(true);
      expect(s.text.endsWith("…")).toBe(true);
      expect(s.ranges).toHaveLength(1);
      const [b, e] = s.ranges[0]!;
      expect(s.text.slice(b, e)).toBe("执行到位");
      expect(p.text).toContain(s.text.slice(1, -1));
    }
  });

  it("returns text that fits unchanged, and nothing for no room", () => {
    expect(snippet("示范诉讼", [[0, 2]], 8)).toEqual({ text: "示范诉讼", ranges: [[0, 2]] });
    expect(snippet("示范诉讼", [[0, 2]], 0)).toEqual({ text: "", ranges: [] });
    expect(snippet("示范诉讼模式", [], 7)).toEqual({ text: "示范诉…", ranges: [] });
  });

  it("keeps the end of the text without an ellipsis when the match is near it", () => {
    const text = "一二三四五六七八九十示范";
    const s = snippet(text, [[10, 12]], 10);
    expect(s.text).toBe("…九十示范");
    expect(s.text.slice(...s.ranges[0]!)).toBe("示范");
  });

  it("never splits a grapheme", () => {
    const text = `${"👨‍👩‍👧".repeat(20)}示范${"👨‍👩‍👧".repeat(20)}`;
    const s = snippet(text, [[text.indexOf("示范"), text.indexOf("示范") + 2]], 15);
    expect(s.text.replace(/…/g, "").replace(/示范/g, "").replaceAll("👨‍👩‍👧", "")).toBe("");
    expect(width(s.text)).toBeLessThanOrEqual(15);
  });
});
