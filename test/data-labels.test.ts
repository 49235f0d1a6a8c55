// The label review: each label says what its quote counts, with the subject, span and
// 连续/累计/其中 that the sentence gives, and claims nothing its paragraph does not say. The naming
// rule (docs/data.md, "Naming rule for labels"): [subject] + what is counted, as the report words it + [连续/其中…]
// + [（period）where it is not the section's]; the value and unit never stand in the label.
import { describe, expect, it } from "vitest";
import { figures, paragraphById } from "../data/index";

/**
 * Per figure: the words its label must hold (each also in its paragraph, so the label is traceable),
 * and what the quote counts. Reviewed against data/report.txt one by one.
 */
const REVIEW: Record<string, readonly [required: readonly string[], counts: string]> = {
  "total.accepted": [
    ["五年", "受理", "案件", "不含旧存"],
    "cases accepted in five years, not counting the 1271 carried over",
  ],
  "total.carried-over": [["旧存"], "cases carried over, outside the five-year count"],
  "total.closed": [["五年", "办结", "案件"], "cases closed in five years"],
  "total.accepted-rise": [["受理", "前五年", "上升"], "rise of accepted cases over the previous five years"],
  "total.closed-rise": [["办结", "前五年", "上升"], "rise of closed cases over the previous five years"],
  "total.honours": [["省市以上", "集体、个人荣誉"], "honours at city level and above, collective and individual"],
  "total.excellent-years": [
    ["连续", "县级单位目标责任制考核", "优秀等次"],
    "consecutive years rated 优秀 in the county assessment",
  ],
  "total.double-excellent-years": [
    ["连续", "基层法院工作考评", "双优秀", "2019年、2020年"],
    "consecutive years of 双优秀 (2019, 2020)",
  ],
  "total.accepted-previous": [["前五年", "受理", "推算"], "accepted cases of the previous five years, derived"],
  "total.closed-previous": [["前五年", "办结", "推算"], "closed cases of the previous five years, derived"],
  "service.enterprise-disputes": [["五年来", "审结", "涉企纠纷案件"], "enterprise-related disputes concluded"],
  "service.bankruptcy-cases": [["审结", "破产案件"], "bankruptcy cases concluded"],
  "service.bankruptcy-fund": [["设立", "破产援助资金"], "size of the bankruptcy aid fund set up"],
  "service.pandemic-merit": [["省高院", "抗疫专项二等功", "干警"], "officers awarded by the provincial high court"],
  "service.environment-cases": [["破坏生态环境犯罪", "案件"], "environmental-crime cases"],
  "service.environment-people": [["破坏生态环境犯罪"], "people punished for environmental crimes"],
  "service.environment-fines": [["破坏生态环境犯罪", "罚金"], "fines imposed in those cases"],
  "service.gang-cases": [["涉黑恶案件"], "gang-related cases"],
  "criminal.closed": [["审结", "刑事案件"], "criminal cases concluded"],
  "criminal.defendants": [["判处被告人"], "defendants sentenced"],
  "criminal.over-five-years": [["其中", "5年以上有期徒刑"], "of those, sentenced to more than 5 years"],
  "criminal.public-order": [["严重影响社会治安犯罪"], "people punished for crimes gravely affecting public order"],
  "criminal.fraud-cases": [["审结", "诈骗、非法集资、非法吸收公众存款等案件"], "fraud and illegal fund-raising cases"],
  "criminal.duty-crime-cases": [["审结", "职务犯罪案件"], "duty-crime cases"],
  "criminal.probation": [["缓刑"], "people given probation"],
  "criminal.surveillance": [["管制"], "people given public surveillance"],
  "criminal.fine-only": [["单处罚金刑"], "people given a fine only"],
  "criminal.exempted": [["免予刑事处罚"], "people exempted from criminal punishment"],
  "civil.closed": [["办结", "民商事案件"], "civil and commercial cases closed"],
  "civil.first-instance-acceptance-rate": [["一审服判息诉率"], "first-instance acceptance rate"],
  "civil.top-months": [
    ["一审服判息诉率", "连续", "全省基层法院首位"],
    "consecutive months first among the province's basic-level courts",
  ],
  "civil.mediated": [["调处", "矛盾纠纷"], "disputes mediated"],
  "civil.mediation-rate": [["民事调解撤诉率"], "civil mediation and withdrawal rate"],
  "civil.family-injury": [["婚姻家庭、人身损害等案件"], "family and personal-injury cases"],
  "civil.homebuyers": [
    ["示范诉讼", "锦绣三门", "商品房买卖合同纠纷", "业主"],
    "households in the 锦绣三门 model litigation",
  ],
  "civil.lending-cases": [["审结", "民间借贷、金融借款等各类案件"], "private and bank lending cases"],
  "admin.closed": [["办结", "行政诉讼案件"], "administrative cases closed"],
  "admin.non-litigation": [["行政非诉申请执行案件"], "non-litigation enforcement applications examined"],
  "admin.appearance-rate": [["行政机关负责人", "出庭率"], "rate of agency heads appearing in court"],
  "admin.judicial-advice": [["向行政机关", "司法建议"], "judicial recommendations sent to agencies"],
  "admin.observers": [["行政执法人员", "旁听", "庭审"], "law-enforcement officers who attended trials (1000余)"],
  "enforcement.closed": [["执结", "执行案件"], "enforcement cases concluded"],
  "enforcement.recovered": [["执行到位"], "money recovered by enforcement, five years"],
  "enforcement.exposed": [["多平台曝光", "被执行人"], "person-times of public exposure"],
  "enforcement.blacklisted": [["全国失信被执行人名单"], "person-times put on the national list of dishonest debtors"],
  "enforcement.consumption-ban": [["限制高消费"], "person-times barred from high spending"],
  "enforcement.exit-ban": [["限制出入境"], "people barred from leaving the country"],
  "enforcement.detained": [["逃避", "抗拒执行", "被执行人", "司法拘留"], "debtors detained for evading or resisting"],
  "enforcement.prosecuted-cases": [["被执行人", "追究刑事责任", "件"], "cases of criminal liability pursued"],
  "enforcement.prosecuted-people": [["被执行人", "追究刑事责任", "人"], "people held criminally liable"],
  "welfare.fee-relief-people": [["困难当事人", "缓、减、免交诉讼费"], "needy parties granted fee relief"],
  "welfare.fee-relief": [["困难当事人", "缓、减、免交诉讼费"], "amount of fees deferred, reduced or waived"],
  "welfare.aid-applicants": [["司法救助金", "申请人"], "applicants who received judicial aid"],
  "welfare.aid": [["司法救助金"], "judicial aid paid"],
  "welfare.migrant-workers": [["农民工", "欠薪"], "migrant workers whose wages were recovered"],
  "welfare.wages": [["农民工", "欠薪"], "unpaid wages recovered"],
  "source.tribunals": [["依托", "人民法庭"], "people's tribunals relied on"],
  "source.pre-litigation": [["诉前化解案件"], "cases resolved before litigation"],
  "source.lectures": [["法治进乡村", "宣讲"], "lecture sessions of 法治进乡村"],
  "reform.sanctioned": [["双打", "拘留、罚款", "2019年起"], "person-times detained or fined since 2019"],
  "reform.fines": [["双打", "罚款总额", "2019年起"], "total fines since 2019"],
  "reform.sentenced": [["双打", "判处刑罚", "2019年起"], "people sentenced since 2019"],
  "reform.exchanges": [["省、市法院工作会议", "经验交流"], "times the court presented its experience"],
  "reform.lending-decline-years": [["民间借贷纠纷收案数", "连续", "下降"], "consecutive years of decline"],
  "reform.units-before": [["内设机构", "原来"], "internal units before the reform"],
  "reform.units-after": [["内设机构", "调整"], "internal units after the reform"],
  "reform.judges": [["遴选", "员额法官"], "quota judges selected"],
  "reform.frontline-share": [["人员力量", "审判执行一线"], "share of staff placed in the front line"],
  "team.service-projects": [["我为群众办实事", "十大项目清单"], "projects on the 我为群众办实事 list"],
  "team.national-awards": [["《叩问》", "国家级奖项"], "national awards of the short film 《叩问》"],
  "team.decision-support-years": [
    ["连续", "最高院", "数助决策", "深度应用法院"],
    "consecutive years named by the Supreme Court",
  ],
  "team.papers": [["文章", "全国、省市法院学术讨论会", "国家级核心刊物"], "papers presented or published"],
  "openness.open-days": [["公众开放日活动"], "open days held"],
  "openness.visitors": [["学生、市民", "参观法院", "观摩庭审"], "students and citizens who visited (1000余)"],
  "openness.judgments": [["公开", "裁判文书"], "judgments published"],
  "openness.press": [["新闻发布会"], "press conferences"],
  "openness.media": [["省级以上媒体", "报道"], "reports in provincial or national media (560余)"],
  "openness.publicity-awards": [["全国法院", "司法宣传和通联工作先进单位"], "times named a national model unit"],
  "integrity.urged": [
    ["诚信履行工作室", "督促申请执行案件", "2021年3月"],
    "cases the office urged, 2021-03 to 2021-12",
  ],
  "integrity.fulfilled": [
    ["诚信履行工作室", "促成自动履行", "2021年3月"],
    "cases the office brought to voluntary performance",
  ],
  "integrity.amount": [["诚信履行工作室", "到位标的额", "2021年3月"], "amount the office's cases recovered"],
  "integrity.rate-rise": [["全院", "自动履行率", "同比上升"], "rise of the whole court's voluntary-performance rate"],
  "integrity.filings-drop": [["执行立案数", "较2019年", "下降"], "fall of enforcement filings against 2019"],
};

/** Words of scope and span that, when a quote has them, its label must carry too. */
const CARRIED = ["连续", "其中", "累计", "基层法院", "全国", "全省", "省高院", "最高院", "同比"];

describe("label review", () => {
  it("covers every figure, and no other", () => {
    expect(Object.keys(REVIEW).sort()).toEqual(figures.map((m) => m.id).sort());
  });

  for (const m of figures) {
    it(`${m.id}: ${m.label}`, () => {
      const [required] = REVIEW[m.id]!;
      const paragraph = paragraphById.get(m.paragraphId)!.text;
      for (const word of required) {
        expect(m.label, `label holds ${word}`).toContain(word);
        // Traceable: what the label says is said in the paragraph (推算, the mark of a derived figure, aside).
        if (word !== "推算") expect(paragraph, `paragraph says ${word}`).toContain(word);
      }
      for (const word of CARRIED) if (m.quote.includes(word)) expect(m.label, `quote says ${word}`).toContain(word);
      if (m.subject) expect(m.label).toContain(m.subject);
      if (m.period) expect(m.label).toContain(m.period);
      // The value is the value column's: a number in the label would be a second copy to keep in step.
      const numerals = [...m.label.matchAll(/\d+(?:\.\d+)?/g)].map((n) => Number(n[0]));
      expect(numerals).not.toContain(m.value);
    });
  }

  it("the review catches the defects the audit found", () => {
    const failing = (label: string, id: string) => {
      const [required] = REVIEW[id]!;
      return required.some((w) => !label.includes(w));
    };
    expect(failing("服判息诉率居全省首位", "civil.top-months")).toBe(true);
    expect(failing("到位标的额", "integrity.amount")).toBe(true);
  });
});
