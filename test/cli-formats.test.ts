// JSON and CSV from the built CLI parse back to exactly the data module's values.
import { describe, expect, it, vi } from "vitest";
import { figures, glossary } from "../data/index";
import { csv } from "../source/output/csv";
import { json } from "../source/output/listings";
import { search } from "../source/search/fulltext";
import { cli } from "./helpers/cli";

// Each test spawns the CLI, some many times: generous when the whole suite runs in parallel.
vi.setConfig({ testTimeout: 30_000 });

/** RFC 4180: records end in CRLF; a quoted field may hold commas, CRLF and doubled quotes. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      i++;
      for (;;) {
        const q = text.indexOf('"', i);
        if (q < 0) throw new Error("unterminated quoted field");
        field += text.slice(i, q);
        i = q + 1;
        if (text[i] === '"') {
          field += '"';
          i++;
        } else break;
      }
    } else if (text[i] === ",") {
      record.push(field);
      field = "";
      i++;
    } else if (text.startsWith("\r\n", i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = "";
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === "\r" || text[i] === "\n")
        throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`);
      field += text[i++];
    }
  }
  if (field !== "" || record.length > 0) throw new Error("last record has no CRLF");
  return records;
}

describe("CSV", () => {
  it("quotes commas, quotes and line breaks per RFC 4180 and parses back", () => {
    const rows = [["a,b", 'say "hi"', "two\r\nlines", 10.73, "示范诉讼"]];
    const text = csv(["x", "y", "z", "n", "t"], rows);
    expect(text).toBe('x,y,z,n,t\r\n"a,b","say ""hi""","two\r\nlines",10.73,示范诉讼\r\n');
    expect(parseCsv(text)).toEqual([["x", "y", "z", "n", "t"], rows[0]!.map(String)]);
  });

  it("metrics --csv: a header row, then every figure with its exact value, in UTF-8", () => {
    const r = cli(["metrics", "--csv"]);
    expect(r.status).toBe(0);
    const [header, ...records] = parseCsv(r.stdout);
    expect(header).toEqual([
      "id",
      "label",
      "value",
      "unit",
      "category",
      "kind",
      "sectionId",
      "paragraphId",
      "quote",
      "formula",
      "approximate",
      "qualifier",
      "period",
      "subject",
      "low",
      "high",
    ]);
    expect(records).toHaveLength(figures.length);
    records.forEach((rec, i) => {
      const m = figures[i]!;
      const row = Object.fromEntries(header!.map((h, j) => [h, rec[j]]));
      expect(row).toEqual({
        id: m.id,
        label: m.label,
        value: String(m.value),
        unit: m.unit,
        category: m.category,
        kind: m.kind,
        sectionId: m.sectionId,
        paragraphId: m.paragraphId,
        quote: m.quote,
        formula: m.kind === "derived" ? m.derivation.formula : "",
        approximate: m.approximate ? "true" : "",
        qualifier: m.qualifier ?? "",
        period: m.period ?? "",
        subject: m.subject ?? "",
        low: m.kind === "derived" ? String(m.interval[0]) : "",
        high: m.kind === "derived" ? String(m.interval[1]) : "",
      });
      expect(Number(row.value)).toBe(m.value);
    });
  });

  it("metrics 执行到位 --csv is the one row with 10.73 亿元", () => {
    const [, row] = parseCsv(cli(["metrics", "执行到位", "--csv"]).stdout);
    expect(row!.slice(0, 4)).toEqual(["enforcement.recovered", "执行到位金额", "10.73", "亿元"]);
  });
});

describe("JSON", () => {
  it("writes characters that could act on a terminal as \\u escapes, which parse back unchanged", () => {
    const value = [{ text: "a\u202eb\x7fc\x9b2Jd\u200be\u2028f示范\x1b[2J" }];
    const text = json(value);
    expect(JSON.parse(text)).toEqual(value);
    expect(text).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f\u200b\u2028\u202e]/u);
  });

  it("metrics with a filter or a category is the matching figure objects", () => {
    const parsed = JSON.parse(cli(["metrics", "--category", "刑事", "--json"]).stdout);
    expect(parsed).toEqual(figures.filter((m) => m.category === "刑事"));
  });

  it("glossary <query> --json is the matching entries in the listing's shape, best first", () => {
    const parsed = JSON.parse(cli(["glossary", "sfss", "--json"]).stdout);
    const g = glossary[0]!;
    expect(parsed[0]).toEqual({
      term: g.term,
      definition: g.definition,
      pinyin: g.pinyin,
      initials: g.initials,
      reference: g.reference,
      occurrences: g.occurrences,
    });
    expect(JSON.parse(cli(["glossary", "--all", "--json"]).stdout)).toHaveLength(13);
  });

  it("search --json is the search module's hits, honouring --limit", () => {
    expect(JSON.parse(cli(["search", "执行", "--json"]).stdout)).toEqual(search("执行"));
    expect(JSON.parse(cli(["search", "执行", "--json", "--limit", "3"]).stdout)).toEqual(search("执行", 3));
  });
});
