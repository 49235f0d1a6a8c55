// Charts drawn from the report's figures. 附件二 相关图表 is empty in the text we have, so nobody
// knows what it held: these are not a reconstruction of it. Each chart takes its figures from the
// figures by id only, so no number is typed twice; each draws one kind of quantity in one unit and
// one counting base. A whole is drawn only where the text says the parts belong to it (其中), as
// the reference line the parts are measured against, with the rest the report does not break down
// drawn as such. The report has no series of three or more ordered points, so every chart is a bar
// chart. A chart's number (`court-report chart N`, the explorer's list) is its place in this array.
import type { Chart } from "./types";

/** What the charts are, said wherever they are listed or 附件二 is shown. */
export const ABOUT_CHARTS = "图表由报告正文中的数字绘制，不是附件二的还原：附件二“相关图表”原文为空，其内容无从得知。";

const one = (label: string, figureId: string) => ({ label: "", bars: [{ label, figureId }] });

export const charts: readonly Chart[] = [
  {
    id: "caseload",
    title: "受理与办结案件：前五年（推算）与近五年（件）",
    note: "原文受理数“不含旧存1271件”，办结数没有这一说明，故办结54242件可多于受理53833件。前五年数字由“与前五年相比分别上升127.1%和131.7%”推算，报告未直接给出",
    unit: "件",
    series: ["前五年（推算）", "近五年"],
    groups: [
      {
        label: "受理",
        bars: [
          { label: "前五年", figureId: "total.accepted-previous" },
          { label: "近五年", figureId: "total.accepted" },
        ],
      },
      {
        label: "办结",
        bars: [
          { label: "前五年", figureId: "total.closed-previous" },
          { label: "近五年", figureId: "total.closed" },
        ],
      },
    ],
  },
  {
    id: "closed-by-type",
    title: "刑事审结、民商事办结、行政诉讼办结、执行执结案件（件）",
    note: "四个数字出自不同段落，动词不同（审结、办结、执结）；报告没有说它们是五年办结54242件的组成部分，故不画总数。行政只含行政诉讼，不含审查的629件行政非诉申请执行案件",
    unit: "件",
    groups: [
      one("刑事审结", "criminal.closed"),
      one("民商事办结", "civil.closed"),
      one("行政诉讼办结", "admin.closed"),
      one("执行执结", "enforcement.closed"),
    ],
  },
  {
    id: "enforcement-person-times",
    title: "执行：多平台曝光、纳入全国失信被执行人名单、限制高消费（人次）",
    note: "按人次计，同一被执行人可计入多次",
    unit: "人次",
    groups: [
      one("多平台曝光", "enforcement.exposed"),
      one("纳入全国失信名单", "enforcement.blacklisted"),
      one("限制高消费", "enforcement.consumption-ban"),
    ],
  },
  {
    id: "enforcement-persons",
    title: "执行：限制出入境、司法拘留、追究刑事责任（人）",
    note: "按人计，照报告原文的单位",
    unit: "人",
    groups: [
      one("限制出入境", "enforcement.exit-ban"),
      one("司法拘留", "enforcement.detained"),
      one("追究刑事责任", "enforcement.prosecuted-people"),
    ],
  },
  {
    id: "sentencing",
    title: "判处被告人，其中判处5年以上有期徒刑（人）",
    note: "报告写明“判处被告人2774人，其中判处5年以上有期徒刑253人”；其余人数报告未细分",
    unit: "人",
    whole: { label: "判处被告人", figureId: "criminal.defendants" },
    remainder: "其余（报告未细分）",
    groups: [one("其中5年以上有期徒刑", "criminal.over-five-years")],
  },
  {
    id: "probation-and-exemption",
    title: "判处缓刑、管制，单处罚金刑，免予刑事处罚（人）",
    note: "同段另一句所列人数。报告没有说它们是判处被告人2774人的一部分；免予刑事处罚是不判处刑罚",
    unit: "人",
    groups: [
      one("判处缓刑", "criminal.probation"),
      one("判处管制", "criminal.surveillance"),
      one("单处罚金刑", "criminal.fine-only"),
      one("免予刑事处罚", "criminal.exempted"),
    ],
  },
  {
    id: "integrity-office",
    title: "诚信履行工作室：督促申请执行与促成自动履行（件，2021年3月至12月）",
    note: "工作室自2021年3月成立至2021年12月31日的件数",
    unit: "件",
    groups: [one("督促申请执行", "integrity.urged"), one("促成自动履行", "integrity.fulfilled")],
  },
];
