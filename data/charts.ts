// 附件二 相关图表 is empty in the text we have: these definitions rebuild its charts from metrics,
// by id only, so no number is typed twice.
import type { Chart } from "./types";

export const charts: readonly Chart[] = [
  {
    id: "caseload",
    title: "近五年与前五年收结案对比",
    kind: "line",
    note: "前五年数字由“上升127.1%和131.7%”推算，报告未直接给出",
    axis: ["前五年（推算）", "近五年"],
    series: [
      { name: "受理", metricIds: ["total.accepted-previous", "total.accepted"] },
      { name: "办结", metricIds: ["total.closed-previous", "total.closed"] },
    ],
  },
  {
    id: "closed-by-type",
    title: "五年结案分类",
    kind: "bar",
    note: "刑事审结、民商事和行政办结、执行执结件数",
    bars: [
      { label: "刑事", metricId: "criminal.closed" },
      { label: "民商事", metricId: "civil.closed" },
      { label: "行政", metricId: "admin.closed" },
      { label: "执行", metricId: "enforcement.closed" },
    ],
  },
  {
    id: "enforcement-measures",
    title: "执行强制措施",
    kind: "bar",
    note: "失信惩戒与强制措施，单位为人次或人，照报告原文",
    bars: [
      { label: "曝光被执行人", metricId: "enforcement.exposed" },
      { label: "纳入失信名单", metricId: "enforcement.blacklisted" },
      { label: "限制高消费", metricId: "enforcement.consumption-ban" },
      { label: "限制出入境", metricId: "enforcement.exit-ban" },
      { label: "司法拘留", metricId: "enforcement.detained" },
    ],
  },
  {
    id: "sentencing",
    title: "刑事判处情况",
    kind: "bar",
    note: "判处被告人总数及其中的重刑、缓刑和轻刑",
    bars: [
      { label: "判处被告人", metricId: "criminal.defendants" },
      { label: "5年以上有期徒刑", metricId: "criminal.over-five-years" },
      { label: "缓刑", metricId: "criminal.probation" },
      { label: "免予刑事处罚", metricId: "criminal.exempted" },
      { label: "单处罚金", metricId: "criminal.fine-only" },
      { label: "管制", metricId: "criminal.surveillance" },
    ],
  },
  {
    id: "money-for-people",
    title: "为群众减免、救助和讨回的金额",
    kind: "bar",
    note: "单位万元",
    bars: [
      { label: "缓减免诉讼费", metricId: "welfare.fee-relief" },
      { label: "司法救助金", metricId: "welfare.aid" },
      { label: "讨回欠薪", metricId: "welfare.wages" },
    ],
  },
  {
    id: "key-rates",
    title: "主要比率",
    kind: "bar",
    note: "各项比率，单位%",
    bars: [
      { label: "一审服判息诉率", metricId: "civil.acceptance-rate" },
      { label: "民事调解撤诉率", metricId: "civil.mediation-rate" },
      { label: "行政机关负责人出庭率", metricId: "admin.appearance-rate" },
      { label: "一线人员占比", metricId: "reform.frontline-share" },
    ],
  },
  {
    id: "integrity-office",
    title: "诚信履行工作室（2021年3月至12月）",
    kind: "bar",
    note: "督促的申请执行案件与促成自动履行的件数",
    bars: [
      { label: "督促申请执行", metricId: "integrity.urged" },
      { label: "促成自动履行", metricId: "integrity.fulfilled" },
    ],
  },
];
