// Without colour (NO_COLOR, --no-color, a TERM without colours) every highlight keeps an attribute:
// each kind is drawn from a real frame with colours off and must carry bold, underline or inverse,
// the current match inverse and the other matches a different form.
import { describe, expect, it } from "vitest";
import { frameLines } from "../source/app/frame";
import { MARKS } from "../source/app/panes/report/screen-reader";
import { initialState, type State } from "../source/app/state";
import { THEME } from "../source/app/theme";
import { paintLines } from "../source/app/ui/ansi";
import { drawnStyle, type Segment, type Style } from "../source/app/ui/styled";
import { keys } from "./helpers/explorer-state";

const start = (columns = 80, rows = 24) => initialState({ columns, rows });
const segments = (s: State): Segment[] => frameLines(s).flat();
/** The segments drawn with a role (a span's style is the role merged over the text's own). */
const withRole = (s: State, role: Style): Segment[] =>
  segments(s).filter((x) => x.style && Object.entries(role).every(([k, v]) => (x.style as never)[k] === v));
const mono = (x: Segment) => drawnStyle(x.style!, false);
const visible = (st: Style) => Boolean(st.bold || st.underline || st.inverse);

const KINDS: [string, () => State, Style][] = [
  ["a find match", () => keys(start(), "enter", "/", "wcnr", "enter"), THEME.found],
  ["the current find match", () => keys(start(), "enter", "/", "wcnr", "enter"), THEME.foundCurrent],
  ["an opened figure's source sentence", () => keys(start(), "2", "enter"), THEME.landed],
  ["a glossary term in the text", () => keys(start(), "enter", ":", "2.3.p1", "enter"), THEME.term],
  ["a figure in the text", () => keys(start(), "enter", ":", "2.0.p2", "enter"), THEME.figure],
  ["the term or figure l reached", () => keys(start(), "enter", ":", "2.0.p2", "enter", "l"), THEME.current],
  ["the selected row of a focused list", () => keys(start(), "2"), THEME.selected],
  ["the selection of a list without focus", () => keys(start(), "enter"), THEME.selectedIdle],
  ["a query's match in a result", () => keys(start(), "5", "wcnr"), THEME.match],
  ["the active tab", () => start(), THEME.active],
];

describe("every highlight has a monochrome form", () => {
  for (const [name, make, role] of KINDS) {
    it(`${name} keeps an attribute with colours off`, () => {
      const drawn = withRole(make(), role);
      expect(drawn.length, name).toBeGreaterThan(0);
      for (const x of drawn) {
        expect(visible(mono(x)), `${name}: ${x.text}`).toBe(true);
        expect(mono(x).color).toBeUndefined();
        expect(mono(x).backgroundColor).toBeUndefined();
      }
    });
  }

  it("the current match is inverse, the other matches are not, and both differ from plain text", () => {
    const s = keys(start(), "enter", "/", "wcnr", "enter");
    const current = withRole(s, THEME.foundCurrent).map(mono);
    const others = withRole(s, THEME.found).map(mono);
    expect(current.every((m) => m.inverse)).toBe(true);
    expect(others.length).toBeGreaterThan(0);
    expect(others.every((m) => !m.inverse && m.underline)).toBe(true);
  });

  it("the painted bytes with colours off carry SGR 7 around the current match and no colour codes", () => {
    const s = keys(start(), "enter", "/", "wcnr", "enter");
    const bytes = paintLines(frameLines(s), false);
    const current = withRole(s, THEME.foundCurrent)[0]!.text;
    expect(bytes).toMatch(new RegExp(`\\x1b\\[[0-9;]*7[0-9;]*m${current}`));
    expect(bytes).not.toMatch(/\x1b\[[0-9;]*(3|4)[0-7](;[0-9;]*)?m/);
  });

  it("with colours on, the monochrome form is not drawn (the colours carry it)", () => {
    expect(drawnStyle(THEME.foundCurrent, true)).toEqual({ backgroundColor: "magenta", color: "white" });
  });
});

describe("where there are no attributes at all (the screen-reader mode), a margin marks the highlights", () => {
  const sr = (columns = 80, rows = 24) => initialState({ columns, rows }, { screenReader: true });
  it("the current match, the other matches and a landed span each have their own marker", () => {
    const s = keys(sr(), "enter", "/", "wcnr", "enter");
    const lines = frameLines(s).map((l) => l.map((x) => x.text).join(""));
    expect(
      frameLines(s)
        .flat()
        .every((x) => x.style === undefined),
    ).toBe(true);
    expect(lines.filter((l) => l.startsWith(MARKS.current))).toHaveLength(1);
    expect(lines.some((l) => l.startsWith(MARKS.found))).toBe(true);
    const landed = frameLines(keys(sr(), "2", "enter")).map((l) => l.map((x) => x.text).join(""));
    expect(landed.some((l) => l.startsWith(MARKS.landed))).toBe(true);
  });

  it("without a find or a landed span there is no margin", () => {
    const lines = frameLines(keys(sr(), "enter")).map((l) => l.map((x) => x.text).join(""));
    expect(lines.some((l) => /^(> |\* |\| )/.test(l))).toBe(false);
  });
});
