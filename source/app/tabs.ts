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
