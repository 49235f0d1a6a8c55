// 附件二 相关图表 is empty in the text we have: these definitions rebuild its charts from metrics,
// by id only, so no number is typed twice. Each chart draws one unit and one counting base; parts
// of a whole are measured against the whole (drawn as the reference line), never set beside it.
// The report has no series of three or more ordered points, so every chart is a bar chart.
// A chart's number (`court-report chart N`, the explorer's list) is its place in this array.
import type { Chart } from "./types";

const one = (label: string, metricId: string) => ({ label: "", bars: [{ label, metricId }] });

export const charts: readonly Chart[] = [
  {
    id: "caseload",
    title: "受理与办结案件：前五年（推算）与近五年（件）",
    note: "前五年数字由“与前五年相比分别上升127.1%和131.7%”推算，报告未直接给出",
    unit: "件",
    series: ["前五年（推算）", "近五年"],
    groups: [
      {
        label: "受理",
        bars: [
          { label: "前五年", metricId: "total.accepted-previous" },
          { label: "近五年", metricId: "total.accepted" },
        ],
      },
      {
        label: "办结",
        bars: [
          { label: "前五年", metricId: "total.closed-previous" },
          { label: "近五年", metricId: "total.closed" },
        ],
      },
    ],
  },
  {
    id: "closed-by-type",
    title: "五年办结案件，其中刑事、民商事、行政、执行（件）",
    note: "刑事审结、民商事和行政办结、执行执结件数，按五年办结总数量度；四类之和小于总数，报告未列出其余案件的类别",
    unit: "件",
    whole: { label: "五年办结", metricId: "total.closed" },
    groups: [
      one("刑事", "criminal.closed"),
      one("民商事", "civil.closed"),
      one("行政", "admin.closed"),
      one("执行", "enforcement.closed"),
    ],
  },
  {
    id: "enforcement-person-times",
    title: "执行：曝光、纳入失信名单、限制高消费（人次）",
    note: "按人次计，同一被执行人可计入多次",
    unit: "人次",
    groups: [
      one("多平台曝光", "enforcement.exposed"),
      one("纳入失信名单", "enforcement.blacklisted"),
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
    title: "判处被告人：5年以上有期徒刑、缓刑、管制、单处罚金刑、免予刑事处罚（人）",
    note: "按判处被告人总数量度。报告只对5年以上有期徒刑写明“其中”；缓刑、管制、单处罚金刑、免予刑事处罚为同段另一句所列人数",
    unit: "人",
    whole: { label: "判处被告人", metricId: "criminal.defendants" },
    groups: [
      one("5年以上有期徒刑", "criminal.over-five-years"),
      one("缓刑", "criminal.probation"),
      one("管制", "criminal.surveillance"),
      one("单处罚金刑", "criminal.fine-only"),
      one("免予刑事处罚", "criminal.exempted"),
    ],
  },
  {
    id: "money-for-people",
    title: "为困难当事人、救助申请人和农民工减免、发放、讨回的金额（万元）",
    note: "三项惠及的人数不同，见出处",
    unit: "万元",
    groups: [
      one("缓减免诉讼费", "welfare.fee-relief"),
      one("司法救助金", "welfare.aid"),
      one("讨回欠薪", "welfare.wages"),
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
