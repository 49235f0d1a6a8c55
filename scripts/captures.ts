// Makes the documentation that is derived from the app, so it cannot drift from it:
//  - the README's captures: the explorer's frame as plain text after a few keys, computed from
//    initialState + the keys + frameLines (the frame the App renders), into docs/captures/*.txt and
//    into README.md between the capture markers;
//  - docs/keys.md: every binding of KEYMAP, group by group, written as the help writes keys;
//  - the output in the examples of docs/commands.md and README.md: each `$ court-report …` line run
//    on the built CLI (dist/cli.js), piped, as a user's shell would.
// `npm run captures` builds and writes them; test/docs-generated.test.ts fails when a committed copy is
// stale.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { frameLines } from "../source/app/frame";
import { KEYMAP, keyLabel } from "../source/app/keymap";
import { initialState, type State } from "../source/app/state";
import { applyKeyEvent } from "../source/app/update";

const root = fileURLToPath(new URL("..", import.meta.url));

interface Capture {
  /** File name in docs/captures/, without .txt. */
  readonly name: string;
  /** What the README says above it. */
  readonly title: string;
  readonly columns: number;
  readonly rows: number;
  /** Key names as the keymap spells them (down, enter, escape…); anything else is typed text. */
  readonly keys: readonly string[];
}

export const CAPTURES: readonly Capture[] = [
  {
    name: "reader",
    title: "1 报告, reading section 2.2",
    columns: 80,
    rows: 24,
    keys: ["j", "j", "j", "j", "enter"],
  },
  {
    name: "glossary-sfss",
    title: "4 用语, the initials `sfss` looked up",
    columns: 80,
    rows: 24,
    keys: ["4", "sfss", "enter"],
  },
  { name: "data", title: "2 数据, the table of figures", columns: 100, rows: 30, keys: ["2"] },
];

// The special keys a capture presses, by their keymap names; anything else is typed text.
const NAMED = new Set(["up", "down", "left", "right", "pageup", "pagedown", "enter", "escape", "tab"]);

/** THE adapter between a key name and the app's input handling: the one call to change with its API. */
export function press(state: State, key: string): State {
  return applyKeyEvent(state, NAMED.has(key) ? { kind: "key", key } : { kind: "text", text: key }).state;
}

/** A frame line as plain text: segments joined, or a styled string without its SGR codes. */
function plain(line: unknown): string {
  const text =
    typeof line === "string" ? line : (line as readonly { text: string }[]).map((segment) => segment.text).join("");
  return text.replace(/\x1b\[[0-9;]*m/g, "").trimEnd();
}

/** The screen after a capture's keys, one string per row. */
export function captureText(capture: Capture): string {
  const state = capture.keys.reduce(press, initialState({ columns: capture.columns, rows: capture.rows }));
  return `${frameLines(state).map(plain).join("\n")}\n`;
}

const START = "<!-- captures:start (npm run captures) -->";
const END = "<!-- captures:end -->";

/** README.md with the captures between its markers made anew. */
export function readmeWithCaptures(readme: string): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md: missing ${START} … ${END}`);
  const body = CAPTURES.map((c) => {
    const keys = c.keys.length === 0 ? "" : `, keys ${c.keys.map((k) => `\`${k}\``).join(" ")}`;
    return `${c.title} (${c.columns}x${c.rows}${keys}):\n\n\`\`\`\n${captureText(c)}\`\`\``;
  }).join("\n\n");
  return `${readme.slice(0, from + START.length)}\n\n${body}\n\n${readme.slice(to)}`;
}

const cell = (text: string) => text.replace(/\|/g, "\\|");

/** docs/keys.md: KEYMAP as tables, one per group, in the keymap's order. */
export function keysMarkdown(): string {
  const out = [
    "# Keys",
    "",
    "<!-- Generated from KEYMAP in source/app/keymap.ts by `npm run captures`; test/docs-generated.test.ts",
    "     fails when this file is stale. Do not edit by hand. -->",
    "",
    "Every binding of the explorer, as the help overlay (`?`) lists them. In a text box (输入框) every",
    "printable key is typed, `q` and digits included; `Tab`, `S-Tab`, `C-c` and `C-z` still work there,",
    "and `C-c` and `C-z` in the help too. A key listed in a pane's group wins over the same key under 全局.",
    "The footer column is the label the footer shows for the binding when there is room.",
  ];
  for (const group of KEYMAP) {
    out.push(
      "",
      `## ${group.title} (\`${group.context}\`)`,
      "",
      "| 按键 key | 作用 what it does | footer |",
      "| --- | --- | --- |",
    );
    for (const b of group.bindings) {
      const keys = b.keys.map((k) => `\`${cell(keyLabel(k))}\``).join(" ");
      out.push(`| ${keys} | ${cell(b.help)} | ${b.footer ? cell(b.footer) : ""} |`);
    }
  }
  return `${out.join("\n")}\n`;
}

/** One shell line of an example, run as a user's shell would (piped, default environment); stderr
 * is shown after stdout, whole, so that a capture does not depend on which of the two arrived first. */
function runExample(line: string): { output: string; status: number } {
  const command = line.replace(/^court-report\b/, "node dist/cli.js");
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "C.UTF-8", TERM: "xterm-256color" };
  for (const name of ["NO_COLOR", "FORCE_COLOR", "COLUMNS", "LINES", "COURT_REPORT_AMBIWIDTH"]) delete env[name];
  const r = spawnSync("bash", ["-c", command], {
    cwd: root,
    env,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return { output: r.stdout + r.stderr, status: r.status ?? 1 };
}

/** docs/commands.md with the output under every `$ court-report …` line of its console blocks made
 * anew; `$ echo $?` shows the status of the command before it. */
export function commandExamples(markdown: string): string {
  return markdown.replace(/```console\n([\s\S]*?)```/g, (_block, body: string) => {
    const out: string[] = [];
    let status = 0;
    for (const line of body.split("\n")) {
      if (!line.startsWith("$ ")) continue;
      out.push(line);
      const shell = line.slice(2);
      if (shell === "echo $?") out.push(String(status));
      else {
        const r = runExample(shell.replace(/\s+#.*$/, ""));
        status = r.status;
        out.push(...r.output.replace(/\r\n/g, "\n").replace(/\n$/, "").split("\n"));
      }
    }
    return `\`\`\`console\n${out.join("\n")}\n\`\`\``;
  });
}

/** Every generated file: path from the repository root → its content now, given the files the
 * generated parts sit in. */
export function generated(read: (path: string) => string): Map<string, string> {
  const files = new Map<string, string>();
  for (const c of CAPTURES) files.set(`docs/captures/${c.name}.txt`, captureText(c));
  files.set("docs/keys.md", keysMarkdown());
  files.set("README.md", commandExamples(readmeWithCaptures(read("README.md"))));
  files.set("docs/commands.md", commandExamples(read("docs/commands.md")));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, text] of generated((path) => readFileSync(`${root}${path}`, "utf8"))) {
    writeFileSync(`${root}${path}`, text);
    console.log(`wrote ${path}`);
  }
}
