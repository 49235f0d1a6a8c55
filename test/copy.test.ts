// y / Y copy the item under the selection to the user's clipboard with OSC 52, with where it stands
// in the report; the exact bytes, every pane, the limits, and tmux keeping it as a paste buffer.
import { describe, expect, it } from "vitest";
import { figureById, glossary, paragraphById } from "../data/index";
import { contextOf } from "../source/app/context-of";
import { frameLines } from "../source/app/frame";
import { figureRows } from "../source/app/panes/data/model";
import { initialState } from "../source/app/state";
import { lineText } from "../source/app/ui/styled";
import { clipText } from "../source/output/clip";
import { CLIP_LIMIT, clipboardWanted, osc52 } from "../source/output/osc52";
import { type ClipRoute, routeOf, TMUX_CONF_LINE } from "../source/terminal/tmux-clipboard";
import { cli, cliInTerminal } from "./helpers/cli";
import { keys, press } from "./helpers/explorer-state";
import { startTerminal } from "./helpers/tmux";

const start = (clipboard = true) => initialState({ columns: 100, rows: 30 }, { clipboard });
const copied = (...path: string[]) => {
  const step = press(start(), ...path);
  return step.effects.flatMap((e) => (e.type === "copy" ? [e.text] : []));
};
/** Outside tmux, whatever terminal the tests run in. */
const NO_TMUX = { TMUX: undefined, TMUX_PANE: undefined };
const b64 = (text: string) => Buffer.from(text, "utf8").toString("base64");

describe("the text each kind of item copies", () => {
  it("a figure: label, value and unit, paragraph id, the quote (Markdown: a quote block with the source)", () => {
    const m = figureById.get("enforcement.recovered")!;
    expect(clipText({ kind: "figure", id: m.id }, "plain")).toBe(
      `${m.label} ${m.value}${m.unit}（${m.paragraphId}）「${m.quote}」`,
    );
    const md = clipText({ kind: "figure", id: m.id }, "markdown")!;
    expect(md).toContain(`> ${m.quote}`);
    expect(md).toMatch(new RegExp(`——三门县人民法院工作报告（2022）.*${m.paragraphId.replaceAll(".", "\\.")}`));
  });

  it("a derived figure also carries its formula", () => {
    const derived = [...figureById.values()].find((m) => m.kind === "derived")!;
    expect(clipText({ kind: "figure", id: derived.id }, "plain")).toContain("推算：");
  });

  it("a glossary entry: term, definition, its place in 附件一", () => {
    const e = glossary[0]!;
    expect(clipText({ kind: "entry", number: e.number }, "plain")).toBe(
      `${e.term}：${e.definition}（附件一第${e.number}条，${e.reference.text}）`,
    );
  });

  it("a paragraph: its text and id", () => {
    const p = paragraphById.get("2.0.p2")!;
    expect(clipText({ kind: "paragraph", id: p.id }, "plain")).toBe(`${p.text}（2.0.p2）`);
  });

  it("nothing that does not exist", () => {
    expect(clipText({ kind: "paragraph", id: "9.9.p9" }, "plain")).toBeNull();
  });
});

describe("OSC 52", () => {
  it("is base64 of the UTF-8 text; inside tmux also wrapped in its passthrough", () => {
    expect(osc52("执行到位", {})).toBe(`\x1b]52;c;${b64("执行到位")}\x07`);
    const inner = `\x1b]52;c;${b64("执行到位")}\x07`;
    expect(osc52("执行到位", { TMUX: "/tmp/tmux-0/default,1,0" })).toBe(
      `${inner}\x1bPtmux;\x1b\x1b]52;c;${b64("执行到位")}\x07\x1b\\`,
    );
  });

  it("refuses more than the terminals take", () => {
    expect(osc52("x".repeat(CLIP_LIMIT), {})).not.toBeNull();
    expect(osc52("x".repeat(CLIP_LIMIT + 1), {})).toBeNull();
  });

  it("is off with --no-clipboard or COURT_REPORT_NO_CLIPBOARD", () => {
    expect(clipboardWanted(undefined, {})).toBe(true);
    expect(clipboardWanted(false, {})).toBe(false);
    expect(clipboardWanted(undefined, { COURT_REPORT_NO_CLIPBOARD: "1" })).toBe(false);
  });
});

describe("y and Y in every pane", () => {
  it("报告: the paragraph being read; with a figure or term open, that item", () => {
    const [text] = copied("j", "j", "enter", "y");
    expect(text).toMatch(/（2\.0\.p\d+）$/);
    const open = keys(start(), "j", "j", "enter", "l", "enter").report.overlay!;
    const item =
      open.kind === "term" ? { kind: "entry" as const, number: open.number } : { kind: "figure" as const, id: open.id };
    expect(copied("j", "j", "enter", "l", "enter", "y")).toEqual([clipText(item, "plain")]);
  });

  it("数据: the selected figure; Y as Markdown", () => {
    const m = figureRows("", "report").rows[0]!;
    expect(copied("2", "y")).toEqual([clipText({ kind: "figure", id: m.id }, "plain")]);
    expect(copied("2", "Y")).toEqual([clipText({ kind: "figure", id: m.id }, "markdown")]);
  });

  it("图表: the chart's title and its figures", () => {
    const [text] = copied("3", "y");
    expect(text!.split("\n").length).toBeGreaterThan(1);
  });

  it("用语: the selected entry, also from its detail", () => {
    const e = glossary[0]!;
    const expected = clipText({ kind: "entry", number: e.number }, "plain");
    expect(copied("4", "sfss", "escape", "y")).toEqual([expected]);
    expect(copied("4", "sfss", "enter", "y")).toEqual([expected]);
  });

  it("搜索: the selected result's paragraph", () => {
    const [text] = copied("5", "未成年人", "escape", "y");
    expect(text).toContain("未成年人");
    expect(text).toMatch(/（\d(\.\d)?\.p\d+）$/);
  });

  it("the footer says what was sent; the next key clears it", () => {
    const s = keys(start(), "2", "y");
    const footer = lineText(frameLines(s).at(-1)!);
    const m = figureRows("", "report").rows[0]!;
    expect(footer).toMatch(new RegExp(`^已发送到剪贴板：${m.paragraphId}「${m.label}」（\\d+字；`));
    expect(keys(s, "j").notice).toBeNull();
  });

  it("in a text box y is typed, not copied", () => {
    const s = keys(start(), "5", "y");
    expect(contextOf(s)).toBe("input");
    expect(s.search.query.text).toBe("y");
    expect(copied("5", "y")).toEqual([]);
  });

  it("never claims more than it can know: what tmux will do with the copy is in the footer", () => {
    const footer = (clipRoute: ClipRoute) => {
      const step = press(initialState({ columns: 100, rows: 30 }, { clipRoute }), "2", "y");
      // Sent whatever tmux said as the explorer started: its settings may have changed since.
      expect(step.effects.map((e) => e.type)).toEqual(["copy"]);
      return lineText(frameLines(step.state).at(-1)!);
    };
    expect(footer("dropped")).toMatch(/^未复制（tmux 需 set -g set-clipboard on，加入 tmux\.conf）：\S+/);
    expect(footer("tmux")).toMatch(/^已发送到剪贴板：\S+（\d+字；经 tmux，外层终端需支持 OSC 52）/);
    expect(footer("passthrough")).toMatch(/^已发送到剪贴板：\S+（\d+字；经 tmux 直通，终端需支持 OSC 52）/);
    expect(footer("unknown")).toMatch(/^已发送到剪贴板：\S+（\d+字；tmux 需 set -g set-clipboard on）/);
    expect(footer("terminal")).toMatch(/^已发送到剪贴板：\S+（\d+字；终端需支持 OSC 52）/);
    // At 40 columns the line to add still shows whole.
    const narrow = press(initialState({ columns: 40, rows: 12 }, { clipRoute: "dropped" }), "2", "y").state;
    expect(lineText(frameLines(narrow).at(-1)!)).toContain(TMUX_CONF_LINE);
  });

  it("reads tmux's answer: set-clipboard on passes the copy on, allow-passthrough lets it through, else it is dropped", () => {
    expect(routeOf("on 0\n")).toBe("tmux");
    expect(routeOf("on 1")).toBe("tmux");
    expect(routeOf("external 1")).toBe("passthrough");
    expect(routeOf("off on")).toBe("passthrough");
    expect(routeOf("external all")).toBe("passthrough");
    expect(routeOf("external 0")).toBe("dropped");
    expect(routeOf("off 0")).toBe("dropped");
    expect(routeOf("external ")).toBe("dropped"); // tmux before 3.3 has no allow-passthrough
    expect(routeOf(null)).toBe("unknown");
    expect(routeOf("")).toBe("unknown");
  });

  it("with the clipboard off: nothing is sent, and the footer says why", () => {
    const step = press(start(false), "2", "y");
    expect(step.effects).toEqual([]);
    expect(step.state.notice).toBe("剪贴板已关闭（--no-clipboard）");
  });
});

/** Runs `command` in tmux once its set-clipboard is `value` (the helper sets it to on as it starts). */
const withClipboard = (value: "on" | "external", command: string) =>
  startTerminal({
    command: [
      "sh",
      "-c",
      `until [ "$(tmux show-options -gv set-clipboard)" = on ]; do sleep 0.05; done; tmux set-option -g set-clipboard ${value}; exec ${command}`,
    ],
    columns: 100,
    rows: 30,
    cwd: process.cwd(),
  });

describe("in a real terminal", () => {
  it("tmux with set-clipboard external: y says the copy cannot arrive and the line that fixes it", {
    timeout: 60_000,
  }, async () => {
    const term = await withClipboard("external", "node dist/cli.js");
    try {
      await term.waitFor("帮助", 30_000);
      await term.keys("2");
      await term.waitFor("筛选>", 30_000);
      await term.keys("y");
      await term.waitFor(`未复制（tmux 需 ${TMUX_CONF_LINE}`, 10_000);
      expect(term.buffers()).toEqual([]);
    } finally {
      term.close();
    }
  });

  it("tmux with set-clipboard on keeps what y sent as a paste buffer", { timeout: 60_000 }, async () => {
    const term = await withClipboard("on", "node dist/cli.js");
    try {
      await term.waitFor("帮助", 30_000);
      await term.keys("2");
      await term.waitFor("筛选>", 30_000);
      await term.keys("y");
      await term.waitFor("经 tmux", 10_000);
      const m = figureRows("", "report").rows[0]!;
      expect(term.buffers().map((name) => term.buffer(name))).toContain(
        clipText({ kind: "figure", id: m.id }, "plain"),
      );
    } finally {
      term.close();
    }
  });
});

describe("--copy on the commands", () => {
  it("metrics, glossary and read send their answer with OSC 52 to the terminal and say so on stderr", () => {
    const m = figureById.get("enforcement.recovered")!;
    const cases: [string[], string][] = [
      [["metrics", "enforcement.recovered", "--copy"], clipText({ kind: "figure", id: m.id }, "plain")!],
      [["glossary", "sfss", "--copy"], clipText({ kind: "entry", number: 1 }, "plain")!],
      [["read", "2.0.p2", "--copy"], clipText({ kind: "paragraph", id: "2.0.p2" }, "plain")!],
    ];
    for (const [args, text] of cases) {
      const screen = cliInTerminal(args, NO_TMUX);
      expect(screen, args.join(" ")).toContain(`\x1b]52;c;${b64(text)}\x07`);
      expect(screen).toMatch(/court-report: 已发送 \d+ 个字符到剪贴板/);
    }
  });

  it("read of a section copies all its paragraphs, each with its id", () => {
    const screen = cliInTerminal(["read", "2.0", "--copy"], NO_TMUX);
    const sent = /\x1b\]52;c;([A-Za-z0-9+/=]+)\x07/.exec(screen)![1]!;
    const text = Buffer.from(sent, "base64").toString("utf8");
    expect(text.split("\n\n").map((p) => /（(2\.0\.p\d+)）$/.exec(p)?.[1])).toEqual(
      [...paragraphById.values()].filter((p) => p.sectionId === "2.0").map((p) => p.id),
    );
  });

  it("with --no-clipboard, or nothing to copy to, the answer stands and one line says why", () => {
    const off = cliInTerminal(["glossary", "sfss", "--copy", "--no-clipboard"]);
    expect(off).not.toContain("\x1b]52");
    expect(off).toContain("court-report: 没有复制：剪贴板已关闭");
    const piped = cli(["glossary", "sfss", "--copy"], { COURT_REPORT_NO_CLIPBOARD: "1" });
    expect(piped.status).toBe(0);
    expect(piped.stdout).toContain("示范诉讼");
    expect(piped.stdout).not.toContain("\x1b");
  });

  it("in tmux with set-clipboard external, --copy says it cannot arrive and the line that fixes it", {
    timeout: 60_000,
  }, async () => {
    const term = await withClipboard("external", "sh -c 'node dist/cli.js glossary sfss --copy; exec sleep 30'");
    try {
      const screen = await term.waitFor("未复制", 30_000);
      expect(screen).toContain(`court-report: 未复制：tmux 不转发剪贴板；在 ~/.tmux.conf 加入 ${TMUX_CONF_LINE}`);
      expect(term.buffers()).toEqual([]);
    } finally {
      term.close();
    }
  });

  it("in tmux with set-clipboard on, glossary --copy lands in a paste buffer", { timeout: 60_000 }, async () => {
    const term = await startTerminal({
      command: ["sh", "-c", "node dist/cli.js glossary sfss --copy; exec sleep 30"],
      columns: 100,
      rows: 30,
      cwd: process.cwd(),
    });
    try {
      expect(await term.waitFor("已发送", 30_000)).toContain("经 tmux");
      expect(term.buffers().map((name) => term.buffer(name))).toContain(
        clipText({ kind: "entry", number: 1 }, "plain"),
      );
    } finally {
      term.close();
    }
  });
});
