// THE keymap: which key does what in which context. The update never sees keys, only the actions
// produced here; the help overlay and the footer are generated from these same tables.
import type { KeyName } from "../input/key-event";
import { TAGS } from "../notes/note";
import type { Action, VisualUnit } from "./actions";
import { type Context, isBox } from "./context";
import { contextOf } from "./context-of";
import type { State } from "./state";
import { PANES } from "./tabs";

/** 肯定、问题、建议、疑问 in 笔记: Shift and 1–4, so the digits keep switching panes. */
const TAG_KEYS = ["!", "@", "#", "$"] as const;

export type { KeyName };

export interface Binding {
  readonly keys: readonly KeyName[];
  readonly action: Action;
  /** One line for the help overlay. */
  readonly help: string;
  /** A few words for the footer; bindings without it stay out of the footer. */
  readonly footer?: string;
  /** How long the footer keeps it as the room runs out: 0 always (the way out, quit, help), then 1,
   * 2, 3; a larger rank goes first, and of equal ranks the later one. */
  readonly rank: number;
}

export interface Group {
  readonly context: Context | "global";
  readonly title: string;
  readonly bindings: readonly Binding[];
}

/** Footer label of the help key, which the footer always keeps. */
export const HELP_LABEL = "帮助";

/** Pseudo-key of the help table: any printable text typed into a box. */
export const TEXT_KEY = "文字";

const move = (delta: number): Action => ({ type: "move", delta });
/** Footer ranks: what must show, what shows while it can, what goes first. */
const ALWAYS = 0;
const MAIN = 1;
const LATER = 3;
const b = (keys: readonly KeyName[], action: Action, help: string, footer?: string, rank = 2): Binding =>
  footer === undefined ? { keys, action, help, rank } : { keys, action, help, footer, rank };

const paging: readonly Binding[] = [
  b(["pagedown", "space", "ctrl-f"], { type: "page", delta: 1 }, "下一屏"),
  b(["pageup", "b", "ctrl-b"], { type: "page", delta: -1 }, "上一屏"),
  b(["g", "home"], { type: "jump", to: "start" }, "跳到开头"),
  b(["G", "end"], { type: "jump", to: "end" }, "跳到末尾"),
];

/** A text box's editing keys, as a shell line has them: the query boxes and the comment editor. */
const editing: readonly Binding[] = [
  b(["backspace"], { type: "edit", op: "backspace" }, "删除光标前的一个字"),
  b(["delete", "ctrl-d"], { type: "edit", op: "deleteForward" }, "删除光标处的一个字"),
  b(["ctrl-w"], { type: "edit", op: "deleteWordBack" }, "删除光标前的一个词"),
  b(["ctrl-u"], { type: "edit", op: "deleteToStart" }, "删除光标前的全部文字（评论中：这一行）"),
  b(["ctrl-k"], { type: "edit", op: "deleteToEnd" }, "删除光标后的全部文字（评论中：这一行）"),
  b(["left", "ctrl-b"], { type: "edit", op: "left" }, "光标左移一个字"),
  b(["right", "ctrl-f"], { type: "edit", op: "right" }, "光标右移一个字"),
  b(["home", "ctrl-a"], { type: "edit", op: "home" }, "光标移到开头（评论中：行首）"),
  b(["end", "ctrl-e"], { type: "edit", op: "end" }, "光标移到末尾（评论中：行尾）"),
];

const addNote = b(["a"], { type: "addNote" }, "把所选内容加入笔记，并写评论", "笔记");
const visualMove = (unit: VisualUnit, delta: 1 | -1): Action => ({ type: "visualMove", unit, delta });

export const KEYMAP: readonly Group[] = [
  {
    context: "global",
    title: "全局",
    bindings: [
      ...PANES.map((p) => b([p.key], { type: "pane", pane: p.id }, `切换到 ${p.label}`)),
      b(["tab"], { type: "cyclePane", delta: 1 }, "下一个窗格（在输入框中也可用）", "窗格", ALWAYS),
      b(["backtab"], { type: "cyclePane", delta: -1 }, "上一个窗格（在输入框中也可用）"),
      b(["?"], { type: "help" }, "显示/关闭按键帮助", HELP_LABEL, ALWAYS),
      b(
        ["backspace", "ctrl-o"],
        { type: "history", delta: -1 },
        "回到上一次跳转前的位置（像浏览器的后退）",
        "后退",
        LATER,
      ),
      b(["q"], { type: "quit" }, "退出（有弹出层时先关闭它；输入框有焦点时输入 q）", "退出", ALWAYS),
      b(["ctrl-c"], { type: "quit" }, "退出（任何时候）", "退出", ALWAYS),
      b(["ctrl-z"], { type: "suspend" }, "暂停，回到 shell（fg 继续）"),
      b(["ctrl-r"], { type: "history", delta: 1 }, "前进：撤销一次后退"),
      b(
        ["y"],
        { type: "copy", format: "plain" },
        "复制所选内容及出处到本地剪贴板（OSC 52，经 SSH、tmux 也可）",
        "复制",
        ALWAYS,
      ),
      b(["Y"], { type: "copy", format: "markdown" }, "复制为 Markdown（引用块加出处）"),
      addNote,
    ],
  },
  {
    context: "input",
    title: "输入框",
    bindings: [
      b([TEXT_KEY], { type: "type", text: "" }, "输入查询文字（汉字、拼音、首字母；q、数字也作为文字）"),
      ...editing,
      b(["down"], move(1), "下一条结果；翻看以前的查询时：较新的一条，最后回到正在输入的文字", "结果"),
      b(["up"], move(-1), "上一条结果；在第一条上（/ 和 : 中随时）：以前的查询，像 shell"),
      b(["pagedown"], { type: "page", delta: 1 }, "结果下一屏"),
      b(["pageup"], { type: "page", delta: -1 }, "结果上一屏"),
      b(["enter"], { type: "open" }, "打开所选结果（报告中：跳到第一处匹配）", "打开", MAIN),
      b(["escape"], { type: "back" }, "离开输入框", "离开", ALWAYS),
    ],
  },
  {
    context: "goto",
    title: "报告：跳到",
    bindings: [
      b([TEXT_KEY], { type: "type", text: "" }, "输入位置：2.2、2.0.p2、2.2p4、2-4、附件一、50%"),
      ...editing,
      b(["up"], move(-1), "以前输入的位置，像 shell"),
      b(["down"], move(1), "较新的一条，最后回到正在输入的文字"),
      b(["enter"], { type: "open" }, "跳到输入的位置", "跳到", MAIN),
      b(["escape"], { type: "back" }, "取消，留在原处", "取消", ALWAYS),
    ],
  },
  {
    context: "help",
    title: "帮助",
    bindings: [
      b(["j", "down"], move(1), "向下滚动", "滚动"),
      b(["k", "up"], move(-1), "向上滚动"),
      ...paging,
      b(["/"], { type: "focusQueryBox" }, "筛选按键（输入按键或说明中的文字）", "筛选", MAIN),
      b(["escape", "?", "q"], { type: "back" }, "关闭帮助", "关闭", ALWAYS),
    ],
  },
  {
    context: "report.toc",
    title: "报告：目录",
    bindings: [
      b(["j", "down"], move(1), "下一节（正文跟着翻到这一节）", "移动"),
      b(["k", "up"], move(-1), "上一节"),
      b(["enter", "l", "right"], { type: "side", delta: 1 }, "从所选一节的开头阅读", "阅读", MAIN),
      b(["pagedown", "space", "ctrl-f"], { type: "page", delta: 1 }, "正文下一屏"),
      b(["pageup", "b", "ctrl-b"], { type: "page", delta: -1 }, "正文上一屏"),
      b(["g", "home"], { type: "jump", to: "start" }, "第一节"),
      b(["G", "end"], { type: "jump", to: "end" }, "最后一节"),
      b(["]"], { type: "section", delta: 1 }, "下一节"),
      b(["["], { type: "section", delta: -1 }, "上一节"),
      b(["/"], { type: "focusQueryBox" }, "在全文中查找", "查找", MAIN),
      b([":"], { type: "openGoto" }, "跳到：章节（2.2）、段落（2.0.p2）、附件一或百分比（50%）", "跳到", LATER),
    ],
  },
  {
    context: "report.reader",
    title: "报告：正文（全文连续，像 less）",
    bindings: [
      b(["j", "down"], move(1), "向下滚动一行", "滚动"),
      b(["k", "up"], move(-1), "向上滚动一行"),
      ...paging,
      b(["ctrl-d"], { type: "halfPage", delta: 1 }, "下半屏"),
      b(["ctrl-u"], { type: "halfPage", delta: -1 }, "上半屏"),
      b(["]"], { type: "section", delta: 1 }, "下一节的开头", "章节", LATER),
      b(["["], { type: "section", delta: -1 }, "上一节的开头"),
      b(
        ["z"],
        { type: "wide" },
        "全宽阅读或目录并排：切换（正文并排不足 60 列时默认全宽；回到目录时目录重现）",
        "全宽",
        LATER,
      ),
      b(["l", "right"], { type: "side", delta: 1 }, "下一个用语或数字", "下一项", LATER),
      b(["h", "left"], { type: "side", delta: -1 }, "上一个用语或数字"),
      b(["enter"], { type: "open" }, "打开当前用语的释义或数字的出处", "打开", MAIN),
      b(["/"], { type: "focusQueryBox" }, "在全文中查找（从当前位置向后）", "查找", MAIN),
      b(["n"], { type: "findNext", delta: 1 }, "下一处匹配（跨章节，到末尾从头继续）", "匹配", ALWAYS),
      b(["N"], { type: "findNext", delta: -1 }, "上一处匹配"),
      b([":"], { type: "openGoto" }, "跳到：章节（2.2）、段落（2.0.p2）、附件一或百分比（50%）", "跳到", LATER),
      b(["m"], { type: "pending", kind: "setMark" }, "m 加一个字母：在这里设标记"),
      b(
        ["'"],
        { type: "pending", kind: "toMark" },
        "' 加一个字母：回到标记；'' 回到上一次跳转前的位置，再按一次回来（像 less）",
      ),
      b(["v"], { type: "visual" }, "开始选择一段文字（像 vim 的 v），再按 a 加入笔记", "选择"),
      b(["A"], { type: "notesHere" }, "列出这一段的笔记（有笔记的段落在编号旁标 *笔记）"),
      b(["escape"], { type: "back" }, "清除查找或高亮，再按回到目录", "目录", ALWAYS),
    ],
  },
  {
    context: "report.visual",
    title: "报告：选择文字",
    bindings: [
      b(["a"], { type: "addNote" }, "把选中的文字加入笔记", "加入笔记"),
      b(["y"], { type: "copy", format: "plain" }, "复制选中的文字及出处", "复制"),
      b(["l", "right"], visualMove("char", 1), "选择的终点右移一个字", "字"),
      b(["h", "left"], visualMove("char", -1), "选择的终点左移一个字"),
      b(["w"], visualMove("word", 1), "到下一个词的末尾", "词"),
      b(["b"], visualMove("word", -1), "到上一个词的开头"),
      b([")"], visualMove("sentence", 1), "到这一句的末尾（。！？；）", "句"),
      b(["("], visualMove("sentence", -1), "到这一句的开头"),
      b(["j", "down"], visualMove("line", 1), "下一行", "行"),
      b(["k", "up"], visualMove("line", -1), "上一行"),
      b(["}"], visualMove("paragraph", 1), "到段末（选择不跨段落）", "段"),
      b(["{"], visualMove("paragraph", -1), "到段首"),
      b(["escape", "v"], { type: "back" }, "取消选择", "取消"),
    ],
  },
  {
    context: "report.pending",
    title: "报告：标记名",
    bindings: [
      b([TEXT_KEY], { type: "type", text: "" }, "一个字母：标记名（m 设标记，' 回到标记）"),
      b(["escape"], { type: "back" }, "取消", "取消", ALWAYS),
    ],
  },
  {
    context: "report.overlay",
    title: "报告：释义",
    bindings: [
      b(["escape", "q", "enter"], { type: "back" }, "关闭释义", "关闭", ALWAYS),
      b(["j", "down"], move(1), "向下滚动（释义较长时）", "滚动"),
      b(["k", "up"], move(-1), "向上滚动"),
      ...paging,
    ],
  },
  {
    context: "data",
    title: "数据",
    bindings: [
      b(["j", "down"], move(1), "下一项", "移动"),
      b(["k", "up"], move(-1), "上一项"),
      ...paging,
      b(["enter"], { type: "open" }, "在报告中查看这个数字的原句", "原句", MAIN),
      b(["/"], { type: "focusQueryBox" }, "筛选（边输入边筛选）", "筛选"),
      b(["s"], { type: "cycleSort" }, "排序：报告顺序 / 类别内数值 / 各单位数值 / 名称", "排序", MAIN),
      b(["S"], { type: "reverseSort" }, "反向排序（数值降序 / 升序）", "反向"),
      b(["escape"], { type: "back" }, "清除筛选"),
    ],
  },
  {
    context: "charts",
    title: "图表",
    bindings: [
      b(["j", "down"], move(1), "下一张图", "选图"),
      b(["k", "up"], move(-1), "上一张图"),
      b(["pagedown", "space"], { type: "page", delta: 1 }, "图和出处下一屏", "滚动", LATER),
      b(["pageup"], { type: "page", delta: -1 }, "图和出处上一屏"),
      b(["g", "home"], { type: "jump", to: "start" }, "第一张图"),
      b(["G", "end"], { type: "jump", to: "end" }, "最后一张图"),
      b(["enter", "l", "right"], { type: "open" }, "进入这张图：逐个查看其中的数字", "进入", MAIN),
    ],
  },
  {
    context: "charts.chart",
    title: "图表：数字",
    bindings: [
      b(["j", "down"], move(1), "下一个数字（显示它的原句）", "数字"),
      b(["k", "up"], move(-1), "上一个数字"),
      b(["pagedown", "space"], { type: "page", delta: 1 }, "图和出处下一屏", "滚动", LATER),
      b(["pageup"], { type: "page", delta: -1 }, "图和出处上一屏"),
      b(["g", "home"], { type: "jump", to: "start" }, "第一个数字"),
      b(["G", "end"], { type: "jump", to: "end" }, "最后一个数字"),
      b(["enter"], { type: "open" }, "在报告中查看这个数字的原句", "原句", MAIN),
      b(["escape", "h", "left"], { type: "back" }, "回到图表列表", "返回", ALWAYS),
    ],
  },
  {
    context: "glossary.list",
    title: "用语：列表",
    bindings: [
      b(["j", "down"], move(1), "下一条", "移动"),
      b(["k", "up"], move(-1), "上一条"),
      ...paging,
      b(["enter"], { type: "open" }, "查看释义和出现位置", "释义", MAIN),
      b(["/"], { type: "focusQueryBox" }, "回到查询框", "查询", MAIN),
      b(["escape"], { type: "back" }, "清空查询"),
    ],
  },
  {
    context: "glossary.detail",
    title: "用语：释义",
    bindings: [
      b(["j", "down"], move(1), "下一个出现位置", "移动"),
      b(["k", "up"], move(-1), "上一个出现位置"),
      b(["enter"], { type: "open" }, "在报告中打开所选位置", "打开", MAIN),
      b(["pagedown", "space"], { type: "page", delta: 1 }, "释义下一屏"),
      b(["pageup"], { type: "page", delta: -1 }, "释义上一屏"),
      b(["escape", "q"], { type: "back" }, "关闭释义，回到列表", "关闭", ALWAYS),
    ],
  },
  {
    context: "search",
    title: "搜索",
    bindings: [
      b(["j", "down"], move(1), "下一条结果", "移动"),
      b(["k", "up"], move(-1), "上一条结果"),
      ...paging,
      b(["enter"], { type: "open" }, "在报告中打开", "打开", MAIN),
      b(["/"], { type: "focusQueryBox" }, "回到搜索框", "搜索", MAIN),
      b(["escape"], { type: "back" }, "清空搜索"),
    ],
  },
  {
    context: "notebook",
    title: "笔记",
    bindings: [
      b(["j", "down"], move(1), "下一条笔记", "移动"),
      b(["k", "up"], move(-1), "上一条笔记"),
      ...paging,
      b(["enter"], { type: "open" }, "在报告中查看原文（引文高亮）", "原文"),
      b(["e"], { type: "editNote" }, "编辑评论", "评论"),
      b(["t"], { type: "cycleTag" }, "换标签：肯定、问题、建议、疑问、无，依次轮换", "标签"),
      ...TAGS.map((tag, i) => b([TAG_KEYS[i]!], { type: "tag", tag }, `标为「${tag}」（Shift+${i + 1}）`)),
      b(["0"], { type: "tag", tag: null }, "去掉标签"),
      b(["d"], { type: "deleteNote" }, "删除这条笔记", "删除"),
      b(["u"], { type: "undo" }, "撤销删除", "撤销"),
      b(["J"], { type: "moveNote", delta: 1 }, "把笔记下移一位（自定顺序）"),
      b(["K"], { type: "moveNote", delta: -1 }, "把笔记上移一位"),
      b(["s"], { type: "cycleSort" }, "换顺序：报告顺序 / 按标签 / 按时间 / 自定顺序", "顺序"),
      b(["/"], { type: "focusQueryBox" }, "筛选（汉字、拼音、首字母）", "筛选"),
      b(["w"], { type: "draft", to: "file" }, "把审议意见草稿（Markdown）写入新文件，不覆盖已有文件", "写出草稿"),
      b(["c"], { type: "draft", to: "clipboard" }, "把草稿复制到本地剪贴板（OSC 52）", "复制草稿"),
      b(["escape"], { type: "back" }, "清除筛选"),
    ],
  },
  {
    context: "editor",
    title: "评论",
    bindings: [
      b([TEXT_KEY], { type: "type", text: "" }, "输入评论（汉字、粘贴均可）"),
      b(["enter"], { type: "type", text: "\n" }, "换行"),
      ...editing,
      b(["down"], move(1), "光标下移一行"),
      b(["up"], move(-1), "光标上移一行"),
      b(["ctrl-t"], { type: "cycleTag" }, "换标签：肯定、问题、建议、疑问、无，依次轮换", "标签"),
      b(["escape"], { type: "back" }, "完成（评论随打随存）", "完成"),
    ],
  },
];

/** Keys that keep their global meaning everywhere, the help overlay and text boxes included. */
const ANYWHERE = new Set<KeyName>(["ctrl-c", "ctrl-z"]);
/** Keys a text box lets through to the global bindings (everything else is typed). */
const PASS_THROUGH_INPUT = new Set<KeyName>(["tab", "backtab", ...ANYWHERE]);

const groupOf = new Map(KEYMAP.map((g) => [g.context, g]));
const find = (context: Context | "global", key: KeyName) =>
  groupOf.get(context)?.bindings.find((x) => x.keys.includes(key));

/** Bindings that apply in a context, in the order they are looked up (the context's own first). */
export function bindingsFor(context: Context): readonly Binding[] {
  const own = groupOf.get(context)?.bindings ?? [];
  // A global binding whose every key the context binds itself (q closing an overlay) does not apply.
  const bound = new Set(own.flatMap((x) => x.keys));
  const global = groupOf.get("global")!.bindings.filter((x) => !x.keys.every((k) => bound.has(k)));
  if (context === "help" || context === "report.pending" || context === "editor")
    return [...own, ...global.filter((x) => x.keys.some((k) => ANYWHERE.has(k)))];
  return [...own, ...(isBox(context) ? global.filter((x) => x.keys.some((k) => PASS_THROUGH_INPUT.has(k))) : global)];
}

/** The action for one key in a context, or null when the key does nothing there. */
export function actionFor(context: Context, key: KeyName): Action | null {
  const own = find(context, key);
  if (own) return own.action;
  if (context === "help") return ANYWHERE.has(key) ? (find("global", key)?.action ?? null) : null;
  // Waiting for a mark's name: any other key cancels.
  if (context === "report.pending") return ANYWHERE.has(key) ? (find("global", key)?.action ?? null) : { type: "back" };
  if (isBox(context) && !PASS_THROUGH_INPUT.has(key)) return null;
  if (context === "editor" && !ANYWHERE.has(key)) return null;
  return find("global", key)?.action ?? null;
}

/** Characters that arrive inside a chunk of text (Ink splits chunks only at ESC) but are keys. */
const CHAR_KEYS: Record<string, KeyName> = {
  " ": "space",
  "\r": "enter",
  "\n": "enter",
  "\t": "tab",
  "\x7f": "backspace",
  "\b": "backspace",
};

/** The action for a key (a single character counts as a key: " " is "space") in the state's context. */
export function actionForKey(state: State, key: KeyName): Action | null {
  const context = contextOf(state);
  // After m or ', a character is the mark's name.
  if (context === "report.pending" && [...key].length === 1 && !CHAR_KEYS[key]) return { type: "type", text: key };
  return actionFor(context, CHAR_KEYS[key] ?? key);
}

const KEY_LABELS: Record<string, string> = {
  up: "Up",
  down: "Down",
  left: "Left",
  right: "Right",
  pageup: "PgUp",
  pagedown: "PgDn",
  home: "Home",
  end: "End",
  enter: "Enter",
  escape: "Esc",
  tab: "Tab",
  backtab: "S-Tab",
  backspace: "Backspace",
  space: "Space",
  "ctrl-a": "C-a",
  "ctrl-b": "C-b",
  "ctrl-c": "C-c",
  "ctrl-d": "C-d",
  "ctrl-e": "C-e",
  "ctrl-f": "C-f",
  "ctrl-k": "C-k",
  "ctrl-o": "C-o",
  "ctrl-r": "C-r",
  "ctrl-t": "C-t",
  "ctrl-u": "C-u",
  "ctrl-w": "C-w",
  "ctrl-z": "C-z",
  delete: "Del",
};

/** How a key is written in the help and the footer (ASCII only: arrows are ambiguous-width). */
export const keyLabel = (key: KeyName): string => KEY_LABELS[key] ?? key;
