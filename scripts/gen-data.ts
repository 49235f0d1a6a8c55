// Builds data/report.generated.ts from data/report.txt: the section tree, every paragraph verbatim
// (after data/cleaning.ts), the meta block, the glossary with pinyin from pinyin-pro, and the pinyin
// table the search reads pinyin queries by (so the bundle needs no pinyin library at run time).
// It also writes data/label-order.generated.ts: the figures' labels in ICU's zh-CN collation, which
// the 数据 pane's 名称 sort follows without loading ICU's collation data at run time (~2 MB).
// Run with `npm run gen:data`; test/data-text.test.ts fails if a committed file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { pinyin } from "pinyin-pro";
import { cleanLines } from "../data/cleaning";
import { figures } from "../data/figures";
import { USUAL_READING, WORD_READINGS } from "../data/readings";
import type { GlossaryEntry, Meta, Paragraph, PinyinTable, Section } from "../data/types";

const root = fileURLToPath(new URL("..", import.meta.url));

type Draft = {
  id: string;
  title: string;
  heading: string[];
  level: 1 | 2;
  parentId: string | null;
  lines: string[];
  children: Draft[];
};

const NUMBERED_PART = /^([一二三四五六])、(.+)$/;
const PLAN_PART = /^([一二三四五六])是([^。]+)。/;
const CN_DIGITS = "一二三四五六";

function draft(id: string, title: string, heading: string[], parentId: string | null): Draft {
  return { id, title, heading, level: parentId === null ? 1 : 2, parentId, lines: [], children: [] };
}

/** Splits the cleaned lines into the report's section tree; throws on any line it cannot place. */
export function buildSections(lines: readonly string[]): Section[] {
  const top: Draft[] = [];
  let current: Draft = draft("1", "开篇", [], null);
  top.push(current);
  let parent: Draft | null = null;
  const open = (d: Draft) => {
    if (parent) parent.children.push(d);
    current = d;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === "过去五年的工作回顾" || line === "2022年及今后一个时期的法院工作") {
      parent = draft(String(top.length + 1), line, [line], null);
      top.push(parent);
      open(draft(`${parent.id}.0`, "引言", [], parent.id));
      continue;
    }
    if (line === "附件一" || line === "附件二") {
      const subtitle = lines[++i]!;
      parent = null;
      current = draft(String(top.length + 1), `${line} ${subtitle}`, [line, subtitle], null);
      top.push(current);
      continue;
    }
    if (parent?.id === "2") {
      const m = NUMBERED_PART.exec(line);
      if (m) {
        open(draft(`2.${CN_DIGITS.indexOf(m[1]!) + 1}`, line, [line], "2"));
        continue;
      }
      if (line.startsWith("各位代表，公平正义")) open(draft("2.7", "结语：成绩与不足", [], "2"));
    }
    if (parent?.id === "3") {
      const m = PLAN_PART.exec(line);
      if (m) open(draft(`3.${CN_DIGITS.indexOf(m[1]!) + 1}`, `${m[1]}是${m[2]}`, [], "3"));
      else if (line.startsWith("征程风正劲")) open(draft("3.7", "结语", [], "3"));
    }
    current.lines.push(line);
  }
  const finish = (d: Draft): Section => ({
    id: d.id,
    title: d.title,
    heading: d.heading,
    level: d.level,
    parentId: d.parentId,
    paragraphs: d.lines.map((text, n): Paragraph => ({ id: `${d.id}.p${n + 1}`, sectionId: d.id, text })),
    children: d.children.map(finish),
  });
  return top.map(finish);
}

const GLOSSARY_LINE = /^(\d+)[.．](.+?)（(见报告第(\d+)页第(\d+)行)）：(.+)$/;

/** The term's syllables as the reviewed table reads them, without tones (ü kept): ["shi", "fan", "su", "song"]. */
function syllablesOf(term: string): string[] {
  return readText(term)
    .filter((s): s is string => s !== undefined)
    .map((s) =>
      s
        .replace(/[ǖǘǚǜ]/gu, "ü")
        .normalize("NFD")
        .replace(/[\u0300-\u0307\u0309-\u036f]/gu, "")
        .normalize("NFC"),
    );
}

/** The term's pinyin with tone marks, a word at a time as readers write it: "shìfàn sùsòng". */
function tonedWords(term: string): string {
  const words = [...new Intl.Segmenter("zh", { granularity: "word" }).segment(term)].filter((w) =>
    HAN_CHAR.test(w.segment),
  );
  // Inside a word, a syllable starting with a, o or e is set off by an apostrophe (lì'àn, not lìàn).
  const join = (syllables: string[]) =>
    syllables.map((s, i) => (i > 0 && /^[aoeāáǎàōóǒòēéěè]/u.test(s) ? `'${s}` : s)).join("");
  return words.map((w) => join(readText(w.segment).filter((s): s is string => s !== undefined))).join(" ");
}

export function buildGlossary(sections: readonly Section[]): GlossaryEntry[] {
  const all = (s: Section): Section[] => [s, ...s.children.flatMap(all)];
  const body = sections
    .filter((s) => ["1", "2", "3"].includes(s.id))
    .flatMap(all)
    .flatMap((s) => s.paragraphs);
  const annex = sections.find((s) => s.id === "4");
  if (!annex) throw new Error("附件一 not found");
  return annex.paragraphs.map((p) => {
    const m = GLOSSARY_LINE.exec(p.text);
    if (!m) throw new Error(`not a glossary line: ${p.text}`);
    const term = m[2]!;
    const syllables = syllablesOf(term);
    return {
      number: Number(m[1]),
      term,
      definition: m[6]!,
      reference: { text: m[3]!, page: Number(m[4]), line: Number(m[5]) },
      pinyin: syllables.join(""),
      initials: syllables.map((s) => s[0]).join(""),
      syllables,
      toned: tonedWords(term),
      paragraphId: p.id,
      occurrences: body.filter((b) => b.text.includes(term)).map((b) => b.id),
    };
  });
}

export function buildMeta(lines: readonly string[]): Meta {
  const [title, dateLine, meetingLine, speakerLine] = lines;
  const date = /^(\d{4})年(\d{1,2})月(\d{1,2})日在(.+)$/.exec(dateLine ?? "");
  const speaker = /^(.+?人民法院)(.+?)\s+(\S+)$/.exec(speakerLine ?? "");
  if (!title || !date || !meetingLine || !speaker) throw new Error("unexpected cover lines");
  const pad = (s: string) => s.padStart(2, "0");
  return {
    title,
    court: speaker[1]!,
    date: `${date[1]}-${pad(date[2]!)}-${pad(date[3]!)}`,
    meeting: `${date[4]}${meetingLine.replace(/上$/, "")}`,
    speaker: speaker[3]!,
    office: `${speaker[1]}${speaker[2]}`,
  };
}

const HAN_CHAR = /[\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF]/u;
// Room for a reading index in one digit (no character of the report has more than four readings).
const MAX_READINGS = 10;

const possible = new Map<string, string[]>();

/** pinyin-pro's readings of a character: the possible ones, for the table (what typed pinyin may mean). */
function possibleReadings(c: string): string[] {
  let found = possible.get(c);
  if (!found) {
    const [r] = pinyin(c, { type: "all", multiple: true });
    found = r ? [...new Set([r.pinyin, ...r.polyphonic].filter((x) => x !== ""))] : [];
    possible.set(c, found);
  }
  return found;
}

/**
 * The reading of every Han character of `text`, by UTF-16 offset: a polyphone's from the reviewed
 * table (data/readings.ts: the longest word of WORD_READINGS that covers it, else its usual reading),
 * any other character's from pinyin-pro, which has only one for it.
 */
export function readText(text: string): (string | undefined)[] {
  const out: (string | undefined)[] = new Array(text.length);
  const read = pinyin(text, { type: "all" });
  read.forEach((r, i) => {
    // A character with one reading has it everywhere: pinyin-pro's reading in context may drop its tone (服务 fúwu).
    if (HAN_CHAR.test(r.origin) && r.pinyin !== "") out[i] = USUAL_READING[r.origin] ?? possibleReadings(r.origin)[0];
  });
  const covered = new Array<number>(text.length).fill(0);
  for (const [word, reading] of Object.entries(WORD_READINGS)) {
    const syllables = reading.split(" ");
    if (syllables.length !== word.length) throw new Error(`${word}: ${syllables.length} syllables`);
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      for (let k = 0; k < word.length; k++) {
        if (covered[at + k]! > word.length) continue;
        covered[at + k] = word.length;
        out[at + k] = syllables[k];
      }
    }
  }
  return out;
}

/**
 * Every distinct Han character of the report with all its readings (tone marks kept), the reading the
 * reviewed table gives it first; then, for polyphones read otherwise in some words, the character with
 * its right neighbour (">") or its left one ("<") and the index of the reading it has next to it
 * (长效> 1: 长 is cháng before 效, zhǎng in most of the report), chosen so that the run-time rule
 * (right neighbour, else left, else the first reading) gives every occurrence the table's reading.
 */
export function buildPinyin(sections: readonly Section[]): PinyinTable {
  const all = (s: Section): Section[] => [s, ...s.children.flatMap(all)];
  const texts = sections.flatMap(all).flatMap((s) => [...s.heading, ...s.paragraphs.map((p) => p.text)]);
  const readings = new Map<string, string[]>();
  type Occurrence = { right: string | null; left: string | null; index: number };
  const occurrences: Occurrence[] = [];
  const pending: { c: string; reading: string; right: string | null; left: string | null }[] = [];
  for (const text of texts) {
    const read = readText(text);
    read.forEach((reading, i) => {
      if (reading === undefined) return;
      const c = text[i]!;
      if (!readings.has(c)) {
        const possible = possibleReadings(c);
        if (possible.length > 1 && USUAL_READING[c] === undefined) {
          throw new Error(`${c} has readings ${possible.join(",")}: add it to USUAL_READING in data/readings.ts`);
        }
        const usual = USUAL_READING[c] ?? possible[0] ?? reading;
        readings.set(c, [usual, ...possible.filter((r) => r !== usual)]);
      }
      const rs = readings.get(c)!;
      if (!rs.includes(reading)) rs.push(reading);
      if (rs.length === 1 && USUAL_READING[c] === undefined) return;
      // One UTF-16 unit per neighbour keeps every entry four units long.
      const han = (x: string | undefined) => x !== undefined && HAN_CHAR.test(x);
      const right = han(text[i + 1]) ? `${c}${text[i + 1]}>` : null;
      const left = han(text[i - 1]) ? `${text[i - 1]}${c}<` : null;
      pending.push({ c, reading, right, left });
    });
  }
  for (const c of Object.keys(USUAL_READING)) {
    if (!readings.has(c)) throw new Error(`${c} is in USUAL_READING but not in the report`);
  }
  for (const p of pending) {
    occurrences.push({ right: p.right, left: p.left, index: readings.get(p.c)!.indexOf(p.reading) });
  }
  const entries = chooseContext(occurrences);
  const context = [...entries].map(([key, i]) => `${key}${i}`).join("");
  const table = [...readings].map(([c, rs]) => `${c}${rs.slice(0, MAX_READINGS).join(",")}`).join(" ");
  const toneless = (t: string) =>
    t
      .replace(/[ǖǘǚǜü]/gu, "v")
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/gu, "");
  const plain = toneless(table);
  const syllables = [...new Set(plain.split(/[^a-z]+/u).filter((x) => x !== ""))].sort();
  return { readings: table, plain, syllables: ` ${syllables.join(" ")}`, context };
}

/**
 * The neighbour entries that make the run-time rule (the right neighbour's entry, else the left's,
 * else reading 0) give every occurrence its reading: an entry only for a pair that every occurrence
 * reaching it agrees on. Throws where no such entries exist (a word of the table to add).
 */
function chooseContext(occurrences: readonly { right: string | null; left: string | null; index: number }[]) {
  const entries = new Map<string, number>();
  const resolve = (o: (typeof occurrences)[number]) =>
    (o.right !== null ? entries.get(o.right) : undefined) ?? (o.left !== null ? entries.get(o.left) : undefined) ?? 0;
  const agreed = (reaching: (o: (typeof occurrences)[number]) => boolean) => {
    const found = new Set(occurrences.filter(reaching).map((o) => o.index));
    return found.size === 1 ? [...found][0]! : null;
  };
  for (let round = 0; round < 8; round++) {
    const wrong = occurrences.filter((o) => resolve(o) !== o.index);
    if (wrong.length === 0) break;
    for (const o of wrong) {
      if (resolve(o) === o.index) continue;
      const r = o.right === null ? null : agreed((x) => x.right === o.right);
      if (o.right !== null && r === o.index) {
        entries.set(o.right, r);
        continue;
      }
      if (o.left === null) continue;
      // Others after the same left neighbour that read otherwise keep their reading by their right one.
      for (const x of occurrences) {
        if (x.left !== o.left || x.index === o.index || x.right === null || entries.has(x.right)) continue;
        if (agreed((y) => y.right === x.right) === x.index) entries.set(x.right, x.index);
      }
      const l = agreed((x) => x.left === o.left && (x.right === null || !entries.has(x.right)));
      if (l === o.index && (o.right === null || !entries.has(o.right))) entries.set(o.left, l);
    }
  }
  const left = occurrences.filter((o) => resolve(o) !== o.index);
  if (left.length > 0) {
    throw new Error(
      `readings no neighbour rule gives: ${left.map((o) => `${o.left ?? ""}/${o.right ?? ""}`).join(" ")}`,
    );
  }
  return entries;
}

export function generate(text: string): string {
  const lines = cleanLines(text);
  const sections = buildSections(lines);
  const glossary = buildGlossary(sections);
  const meta = buildMeta(lines);
  const pinyinTable = buildPinyin(sections);
  // JSON in a string: V8 scans a string literal far faster than it parses an object literal, and
  // JSON.parse builds the objects faster than the literal would (the quick lookups' start-up).
  const json = (v: unknown) => `JSON.parse(${JSON.stringify(JSON.stringify(v))})`;
  return [
    "// Generated by scripts/gen-data.ts from data/report.txt. Do not edit: run `npm run gen:data`.",
    'import type { GlossaryEntry, Meta, PinyinTable, Section } from "./types";',
    "",
    `export const meta: Meta = ${json(meta)};`,
    "",
    `export const sections: readonly Section[] = ${json(sections)};`,
    "",
    `export const glossary: readonly GlossaryEntry[] = ${json(glossary)};`,
    "",
    `export const pinyinTable: PinyinTable = ${json(pinyinTable)};`,
    "",
  ].join("\n");
}

/** The module of every distinct label, in the order `Intl.Collator("zh-CN")` sorts them. */
export function generateLabelOrder(labels: readonly string[]): string {
  const order = [...new Set(labels)].sort(new Intl.Collator("zh-CN").compare);
  return [
    "// Generated by scripts/gen-data.ts from data/figures.ts: every label in ICU's zh-CN collation",
    "// (pinyin order). Do not edit: run `npm run gen:data`.",
    "export const LABEL_ORDER: readonly string[] = [",
    ...order.map((label) => `  ${JSON.stringify(label)},`),
    "];",
    "",
  ].join("\n");
}

export const reportPath = `${root}data/report.txt`;
export const generatedPath = `${root}data/report.generated.ts`;
export const labelOrderPath = `${root}data/label-order.generated.ts`;

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(generatedPath, generate(readFileSync(reportPath, "utf8")));
  console.log(`wrote ${generatedPath}`);
  writeFileSync(labelOrderPath, generateLabelOrder(figures.map((f) => f.label)));
  console.log(`wrote ${labelOrderPath}`);
}
