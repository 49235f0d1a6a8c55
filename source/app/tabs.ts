// The six panes as tabs: id, the key that opens each, and its label.
export type PaneId = "report" | "data" | "charts" | "glossary" | "search" | "notebook";

export const PANES: readonly { readonly id: PaneId; readonly key: string; readonly label: string }[] = [
  { id: "report", key: "1", label: "报告" },
  { id: "data", key: "2", label: "数据" },
  { id: "charts", key: "3", label: "图表" },
  { id: "glossary", key: "4", label: "用语" },
  { id: "search", key: "5", label: "搜索" },
  { id: "notebook", key: "6", label: "笔记" },
];

/** The tab forms, widest first, with the columns one tab takes (a two-character label). */
export const TAB_FORMS = [
  { width: 9, gap: true, text: (key: string, label: string) => ` ${key} ${label} ` },
  { width: 7, gap: false, text: (key: string, label: string) => ` ${key}${label} ` },
  { width: 6, gap: true, text: (key: string, label: string) => `${key}${label}` },
  { width: 5, gap: false, text: (key: string, label: string) => `${key}${label}` },
] as const;

export type TabForm = (typeof TAB_FORMS)[number];

/** The widest form in which `count` tabs fit `columns`. */
export const tabForm = (columns: number, count = PANES.length): TabForm | undefined =>
  TAB_FORMS.find((f) => count * f.width <= columns);

/** Columns a pane's status takes at least in the tab bar; with less room it keeps its own line. */
export const HEADER_STATUS = 24;

/** Whether a pane's status fits in the tab bar beside the tabs (and a space) at this width. */
export const statusInHeader = (columns: number): boolean =>
  columns - PANES.length * (tabForm(columns) ?? TAB_FORMS.at(-1)!).width >= HEADER_STATUS + 1;
