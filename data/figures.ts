// Every quantitative figure of the report's body and glossary, each with the clause that states it.
// test/data-figures.test.ts proves each quote is verbatim in its paragraph, each value is written in
// its quote, every Arabic numeral of the text is covered here or in data/not-figures.ts, and the
// derived figures recompute from their inputs; test/data-labels.test.ts reviews every label.
import type { Derivation, Figure, FigureCategory, Qualifier } from "./types";

/** What a row says besides value and unit, where it applies. */
interface Extra {
  /** The Chinese numeral of the quote ("三" for 3). */
  readonly written?: string;
  /** 余/约/近/逾/多 in the quote: the figure is approximate. */
  readonly qualifier?: Qualifier;
  readonly period?: string;
  readonly subject?: string;
}

type Row = readonly [
  id: string,
  label: string,
  value: number,
  unit: string,
  paragraphId: string,
  quote: string,
  extra?: Extra,
];

const sectionOf = (paragraphId: string) => paragraphId.slice(0, paragraphId.lastIndexOf(".p"));

// Optional fields are present only where they say something, so the JSON listing stays lean.
const extras = ({ written, qualifier, period, subject }: Extra = {}) => ({
  ...(qualifier === undefined ? {} : { approximate: true as const, qualifier }),
  ...(period === undefined ? {} : { period }),
  ...(subject === undefined ? {} : { subject }),
  ...(written === undefined ? {} : { written }),
});

function reported(category: FigureCategory, rows: readonly Row[]): Figure[] {
  return rows.map(([id, label, value, unit, paragraphId, quote, extra]) => ({
    id,
    label,
    value,
    unit,
    category,
    paragraphId,
    sectionId: sectionOf(paragraphId),
    quote,
    kind: "reported",
    ...extras(extra),
  }));
}

function derived(
  category: FigureCategory,
  row: Row,
  derivation: Derivation,
  interval: readonly [number, number],
): Figure {
  const [id, label, value, unit, paragraphId, quote] = row;
  return {
    id,
    label,
    value,
    unit,
    category,
    paragraphId,
    sectionId: sectionOf(paragraphId),
    quote,
    kind: "derived",
    derivation,
    interval,
  };
}

const RISE = "与前五年相比分别上升127.1%和131.7%";

export const figures: readonly Figure[] = [
  ...reported("总体", [
    ["total.accepted", "五年共受理各类案件（不含旧存）", 53833, "件", "2.0.p2", "全院共受理各类案件53833件"],
    ["total.carried-over", "旧存案件（未计入五年受理数）", 1271, "件", "2.0.p2", "不含旧存1271件"],
    ["total.closed", "五年办结案件", 54242, "件", "2.0.p2", "办结54242件"],
    ["total.accepted-rise", "五年受理数较前五年上升", 127.1, "%", "2.0.p2", RISE],
    ["total.closed-rise", "五年办结数较前五年上升", 131.7, "%", "2.0.p2", RISE],
    ["total.honours", "获省市以上集体、个人荣誉", 92, "项", "2.0.p2", "省市以上集体、个人荣誉92项"],
    [
      "total.excellent-years",
      "连续在县级单位目标责任制考核中获优秀等次",
      5,
      "年",
      "2.0.p2",
      "连续五年在县级单位目标责任制考核中获优秀等次",
      { written: "五" },
    ],
    [
      "total.double-excellent-years",
      "连续实现基层法院工作考评、县级单位目标责任制考核“双优秀”（2019年、2020年）",
      2,
      "年",
      "2.0.p2",
      "2019年、2020年连续两年实现",
      { period: "2019年、2020年", written: "两" },
    ],
  ]),
  derived(
    "总体",
    ["total.accepted-previous", "前五年受理案件（推算）", 23705, "件", "2.0.p2", RISE],
    {
      op: "beforeIncrease",
      inputs: ["total.accepted", "total.accepted-rise"],
      formula:
        "53833 ÷ (1 + 127.1%)，四舍五入取整；区间假定127.1%是四舍五入保留一位小数的结果，且前五年与近五年受理数同一口径（不含旧存）",
    },
    [23700, 23709],
  ),
  derived(
    "总体",
    ["total.closed-previous", "前五年办结案件（推算）", 23410, "件", "2.0.p2", RISE],
    {
      op: "beforeIncrease",
      inputs: ["total.closed", "total.closed-rise"],
      formula:
        "54242 ÷ (1 + 131.7%)，四舍五入取整；区间假定131.7%是四舍五入保留一位小数的结果，且前五年与近五年办结数同一口径",
    },
    [23406, 23415],
  ),
  ...reported("服务大局", [
    ["service.enterprise-disputes", "五年来共审结涉企纠纷案件", 7747, "件", "2.1.p1", "五年来共审结涉企纠纷案件7747件"],
    ["service.bankruptcy-cases", "审结破产案件", 53, "件", "2.1.p1", "审结破产案件53件"],
    ["service.bankruptcy-fund", "推动设立破产援助资金", 200, "万元", "2.1.p1", "推动设立200万元破产援助资金"],
    [
      "service.pandemic-merit",
      "被省高院荣记抗疫专项二等功的干警",
      1,
      "名",
      "2.1.p2",
      "1名干警被省高院荣记抗疫专项二等功",
    ],
    [
      "service.environment-cases",
      "惩治破坏生态环境犯罪案件",
      34,
      "件",
      "2.1.p3",
      "惩治各类破坏生态环境犯罪案件34件85人",
    ],
    [
      "service.environment-people",
      "惩治破坏生态环境犯罪人数",
      85,
      "人",
      "2.1.p3",
      "惩治各类破坏生态环境犯罪案件34件85人",
    ],
    ["service.environment-fines", "破坏生态环境犯罪案件共处罚金", 478.1, "万元", "2.1.p3", "共处罚金478.1万元"],
    ["service.gang-cases", "依法惩办涉黑恶案件", 8, "件", "2.1.p3", "涉黑恶案件8件"],
  ]),
  ...reported("刑事", [
    ["criminal.closed", "审结刑事案件", 1948, "件", "2.2.p1", "审结刑事案件1948件"],
    ["criminal.defendants", "判处被告人", 2774, "人", "2.2.p1", "判处被告人2774人"],
    ["criminal.over-five-years", "其中判处5年以上有期徒刑", 253, "人", "2.2.p1", "其中判处5年以上有期徒刑253人"],
    ["criminal.public-order", "依法严惩严重影响社会治安犯罪（人）", 637, "人", "2.2.p1", "严重影响社会治安犯罪637人"],
    [
      "criminal.fraud-cases",
      "审结诈骗、非法集资、非法吸收公众存款等案件",
      189,
      "件",
      "2.2.p1",
      "审结诈骗、非法集资、非法吸收公众存款等案件189件",
    ],
    ["criminal.duty-crime-cases", "审结职务犯罪案件", 26, "件", "2.2.p1", "职务犯罪案件26件"],
    ["criminal.probation", "共判处缓刑", 820, "人", "2.2.p1", "共判处缓刑820人"],
    ["criminal.surveillance", "判处管制", 1, "人", "2.2.p1", "管制1人"],
    ["criminal.fine-only", "单处罚金刑", 11, "人", "2.2.p1", "单处罚金刑11人"],
    ["criminal.exempted", "免予刑事处罚", 31, "人", "2.2.p1", "免予刑事处罚31人"],
  ]),
  ...reported("民商事", [
    ["civil.closed", "办结民商事案件", 28828, "件", "2.2.p2", "办结各类民商事案件28828件"],
    ["civil.first-instance-acceptance-rate", "一审服判息诉率", 96.11, "%", "2.2.p2", "一审服判息诉率达96.11%"],
    ["civil.top-months", "一审服判息诉率连续居全省基层法院首位", 7, "个月", "2.2.p2", "连续7个月居全省基层法院首位"],
    ["civil.mediated", "依法调处各类矛盾纠纷", 8593, "件", "2.2.p2", "依法调处各类矛盾纠纷8593件"],
    ["civil.mediation-rate", "民事调解撤诉率", 63.92, "%", "2.2.p2", "民事调解撤诉率为63.92%"],
    ["civil.family-injury", "妥善处理婚姻家庭、人身损害等案件", 2682, "件", "2.2.p2", "婚姻家庭、人身损害等案件2682件"],
    [
      "civil.homebuyers",
      "以示范诉讼处置的“锦绣三门”商品房买卖合同纠纷业主",
      268,
      "户",
      "2.2.p2",
      "“锦绣三门”268户业主",
    ],
    [
      "civil.lending-cases",
      "高效审结民间借贷、金融借款等各类案件",
      11076,
      "件",
      "2.2.p2",
      "民间借贷、金融借款等各类案件11076件",
    ],
  ]),
  ...reported("行政", [
    ["admin.closed", "办结行政诉讼案件", 237, "件", "2.2.p3", "办结行政诉讼案件237件"],
    ["admin.non-litigation", "审查行政非诉申请执行案件", 629, "件", "2.2.p3", "审查行政非诉申请执行案件629件"],
    ["admin.appearance-rate", "行政机关负责人出庭率", 100, "%", "2.2.p3", "出庭率达100%"],
    ["admin.judicial-advice", "向行政机关发送司法建议", 44, "份", "2.2.p3", "向行政机关发送司法建议44份"],
    [
      "admin.observers",
      "组织行政执法人员旁听案件庭审",
      1000,
      "名",
      "2.2.p3",
      "共组织1000余名行政执法人员旁听案件庭审",
      { qualifier: "余" },
    ],
  ]),
  ...reported("执行", [
    ["enforcement.closed", "执结执行案件", 22502, "件", "2.2.p4", "执结执行案件22502件"],
    ["enforcement.recovered", "执行到位金额", 10.73, "亿元", "2.2.p4", "执行到位10.73亿元"],
    ["enforcement.exposed", "多平台曝光被执行人", 18519, "人次", "2.2.p4", "多平台曝光被执行人18519人次"],
    [
      "enforcement.blacklisted",
      "纳入全国失信被执行人名单",
      19256,
      "人次",
      "2.2.p4",
      "纳入全国失信被执行人名单19256人次",
    ],
    ["enforcement.consumption-ban", "限制高消费", 17620, "人次", "2.2.p4", "限制高消费17620人次"],
    ["enforcement.exit-ban", "限制出入境", 4563, "人", "2.2.p4", "限制出入境4563人"],
    ["enforcement.detained", "对逃避、抗拒执行的被执行人司法拘留", 2279, "人", "2.2.p4", "共司法拘留2279人"],
    [
      "enforcement.prosecuted-cases",
      "对逃避、抗拒执行的被执行人追究刑事责任（件）",
      40,
      "件",
      "2.2.p4",
      "追究刑事责任40件44人",
    ],
    [
      "enforcement.prosecuted-people",
      "对逃避、抗拒执行的被执行人追究刑事责任（人）",
      44,
      "人",
      "2.2.p4",
      "追究刑事责任40件44人",
    ],
  ]),
  ...reported("民生", [
    [
      "welfare.fee-relief-people",
      "准予缓、减、免交诉讼费的困难当事人",
      242,
      "名",
      "2.3.p1",
      "准予242名困难当事人缓、减、免交诉讼费89万元",
    ],
    [
      "welfare.fee-relief",
      "准予困难当事人缓、减、免交诉讼费",
      89,
      "万元",
      "2.3.p1",
      "准予242名困难当事人缓、减、免交诉讼费89万元",
    ],
    ["welfare.aid-applicants", "获发放司法救助金的申请人", 17, "名", "2.3.p1", "向17名申请人发放司法救助金83.4万元"],
    ["welfare.aid", "发放司法救助金", 83.4, "万元", "2.3.p1", "向17名申请人发放司法救助金83.4万元"],
    ["welfare.migrant-workers", "获讨回欠薪的农民工", 1076, "名", "2.3.p1", "为1076名农民工及时讨回欠薪2646万元"],
    ["welfare.wages", "为农民工讨回欠薪", 2646, "万元", "2.3.p1", "为1076名农民工及时讨回欠薪2646万元"],
  ]),
  ...reported("诉源治理", [
    ["source.tribunals", "依托的人民法庭", 2, "家", "2.3.p3", "依托2家人民法庭"],
    ["source.pre-litigation", "诉前化解案件", 5131, "件", "2.3.p3", "诉前化解案件5131件"],
    ["source.lectures", "“法治进乡村”活动组织宣讲", 86, "场次", "2.3.p3", "组织宣讲86场次"],
  ]),
  ...reported("改革", [
    [
      "reform.sanctioned",
      "“双打”行动共拘留、罚款（2019年起）",
      72,
      "人次",
      "2.4.p1",
      "共拘留、罚款72人次",
      { period: "2019年起" },
    ],
    [
      "reform.fines",
      "“双打”行动罚款总额（2019年起）",
      186.2,
      "万元",
      "2.4.p1",
      "罚款总额186.2万元",
      { period: "2019年起" },
    ],
    ["reform.sentenced", "“双打”行动判处刑罚（2019年起）", 6, "人", "2.4.p1", "判处刑罚6人", { period: "2019年起" }],
    [
      "reform.exchanges",
      "在省、市法院工作会议上作打击虚假诉讼经验交流",
      6,
      "次",
      "2.4.p1",
      "先后6次在省、市法院工作会议上作经验交流",
    ],
    [
      "reform.lending-decline-years",
      "民间借贷纠纷收案数连续下降",
      3,
      "年",
      "2.4.p1",
      "民间借贷纠纷收案数连续三年下降",
      { written: "三" },
    ],
    ["reform.units-before", "原来的内设机构（改革前）", 20, "个", "2.4.p4", "内设机构由原来的20个调整为12个"],
    ["reform.units-after", "调整后的内设机构（改革后）", 12, "个", "2.4.p4", "内设机构由原来的20个调整为12个"],
    ["reform.judges", "择优遴选员额法官", 38, "名", "2.4.p4", "择优遴选38名员额法官"],
    [
      "reform.frontline-share",
      "集中配置在审判执行一线的人员力量占比",
      85,
      "%",
      "2.4.p4",
      "将85%的人员力量集中配置在审判执行一线",
    ],
  ]),
  ...reported("队伍", [
    [
      "team.service-projects",
      "“我为群众办实事”十大项目清单所列项目",
      10,
      "项",
      "2.5.p1",
      "“我为群众办实事”十大项目清单",
      { written: "十" },
    ],
    [
      "team.national-awards",
      "公益宣传短视频《叩问》获国家级奖项",
      2,
      "个",
      "2.5.p1",
      "两个国家级奖项",
      { written: "两" },
    ],
    [
      "team.decision-support-years",
      "连续被最高院确定为“数助决策”深度应用法院",
      4,
      "年",
      "2.5.p3",
      "连续四年被最高院确定为“数助决策”深度应用法院",
      { written: "四" },
    ],
    [
      "team.papers",
      "文章“亮相”全国、省市法院学术讨论会和国家级核心刊物",
      74,
      "篇",
      "2.5.p3",
      "74篇文章“亮相”全国、省市法院学术讨论会和国家级核心刊物",
    ],
  ]),
  ...reported("公开", [
    ["openness.open-days", "公众开放日活动", 35, "次", "2.6.p1", "举办公众开放日活动35次"],
    [
      "openness.visitors",
      "应邀参观法院、观摩庭审的学生、市民",
      1000,
      "名",
      "2.6.p1",
      "1000余名学生、市民应邀参观法院、观摩庭审",
      { qualifier: "余" },
    ],
    ["openness.judgments", "公开裁判文书", 55775, "份", "2.6.p1", "公开裁判文书55775份"],
    ["openness.press", "召开新闻发布会", 30, "次", "2.6.p1", "召开新闻发布会30次"],
    [
      "openness.media",
      "相关工作被省级以上媒体报道",
      560,
      "次",
      "2.6.p1",
      "相关工作被省级以上媒体报道560余次",
      { qualifier: "余" },
    ],
    [
      "openness.publicity-awards",
      "获全国法院“司法宣传和通联工作先进单位”称号",
      3,
      "次",
      "2.6.p1",
      "三次获得全国法院“司法宣传和通联工作先进单位”称号",
      { written: "三" },
    ],
  ]),
  ...reported("诚信履行", [
    [
      "integrity.urged",
      "诚信履行工作室督促申请执行案件（2021年3月至12月）",
      617,
      "件",
      "4.p13",
      "共督促申请执行案件617件",
      { period: "2021年3月至12月", subject: "诚信履行工作室" },
    ],
    [
      "integrity.fulfilled",
      "诚信履行工作室促成自动履行（2021年3月至12月）",
      251,
      "件",
      "4.p13",
      "促成自动履行251件",
      { period: "2021年3月至12月", subject: "诚信履行工作室" },
    ],
    [
      "integrity.amount",
      "诚信履行工作室到位标的额（2021年3月至12月）",
      631.8,
      "万元",
      "4.p13",
      "到位标的额631.8万元",
      { period: "2021年3月至12月", subject: "诚信履行工作室" },
    ],
    ["integrity.rate-rise", "全院自动履行率同比上升", 11.3, "个百分点", "4.p13", "全院自动履行率同比上升11.3个百分点"],
    ["integrity.filings-drop", "执行立案数较2019年下降", 17.8, "%", "4.p13", "执行立案数较2019年下降17.8%"],
  ]),
];

/** Recomputes a derived figure from the current values of its inputs. */
export function recompute(d: Derivation, valueById: (id: string) => number): number {
  const [base, percent] = d.inputs.map(valueById) as [number, number];
  return Math.round(base / (1 + percent / 100));
}

/**
 * Every whole earlier value that, risen to the base, gives the reported percentage once rounded as the
 * report rounds it (to its written decimals): the interval a derived figure really stands for.
 */
export function intervalOf(d: Derivation, valueById: (id: string) => number): [number, number] {
  const [base, percent] = d.inputs.map(valueById) as [number, number];
  const decimals = String(percent).split(".")[1]?.length ?? 0;
  const half = 0.5 / 10 ** decimals;
  // The rise (base/n − 1) × 100 must lie in [percent − half, percent + half): n above the first bound, at most the second.
  const low = Math.floor(base / (1 + (percent + half) / 100)) + 1;
  const high = Math.floor(base / (1 + (percent - half) / 100));
  return [low, high];
}
