// The readings shown to readers against a word list checked by hand against 《现代汉语词典》 (GB/T
// 16159 spelling, 一 and 不 with their citation tones): every word the audit found misread, and more
// chosen from the report by the test's author. None of it comes from a pinyin library.
import { describe, expect, it } from "vitest";
import { pinyinTable, sectionList } from "../data/index";
import { USUAL_READING, WORD_READINGS } from "../data/readings";
import { tonedPinyin } from "../source/search/readings";

/** Word of the report → its reading, as a dictionary writes it (apostrophe before a, o, e). */
const HAND_CHECKED: readonly (readonly [string, string])[] = [
  // The words the audit found misread.
  ["统一", "tǒngyī"],
  ["一审", "yīshěn"],
  ["一流", "yīliú"],
  ["第一次", "dìyīcì"],
  ["一体化", "yītǐhuà"],
  ["一肩挑", "yījiāntiāo"],
  ["以人民为中心", "yǐrénmínwéizhōngxīn"],
  ["评为", "píngwéi"],
  ["调整为", "tiáozhěngwéi"],
  ["惩罚为辅", "chéngfáwéifǔ"],
  ["有为", "yǒuwéi"],
  ["重塑", "chóngsù"],
  ["严重", "yánzhòng"],
  ["基调", "jīdiào"],
  ["率先", "shuàixiān"],
  ["倒逼", "dàobī"],
  ["只争朝夕", "zhǐzhēngzhāoxī"],
  ["台州", "tāizhōu"],
  ["秘书长", "mìshūzhǎng"],
  ["担当作为", "dāndāngzuòwéi"],
  ["会同调解", "huìtóngtiáojiě"],
  ["清醒地", "qīngxǐngde"],
  ["指标的", "zhǐbiāode"],
  ["都能", "dōunéng"],
  ["判处被告人", "pànchǔbèigàorén"],
  // More words of the report, chosen for their polyphones.
  ["执行", "zhíxíng"],
  ["履行", "lǚxíng"],
  ["行政诉讼", "xíngzhèngsùsòng"],
  ["审判", "shěnpàn"],
  ["结案率", "jié'ànlǜ"],
  ["效率", "xiàolǜ"],
  ["服判息诉率", "fúpànxīsùlǜ"],
  ["撤诉率", "chèsùlǜ"],
  ["出庭率", "chūtínglǜ"],
  ["院长", "yuànzhǎng"],
  ["庭长", "tíngzhǎng"],
  ["董事长", "dǒngshìzhǎng"],
  ["检察长", "jiǎncházhǎng"],
  ["成长", "chéngzhǎng"],
  ["长效", "chángxiào"],
  ["警钟长鸣", "jǐngzhōngchángmíng"],
  ["调研", "diàoyán"],
  ["调查", "diàochá"],
  ["调处", "tiáochǔ"],
  ["化解", "huàjiě"],
  ["重要", "zhòngyào"],
  ["重点", "zhòngdiǎn"],
  ["重大", "zhòngdà"],
  ["注重", "zhùzhòng"],
  ["重视", "zhòngshì"],
  ["处理", "chǔlǐ"],
  ["处置", "chǔzhì"],
  ["处罚", "chǔfá"],
  ["惩处", "chéngchǔ"],
  ["应当", "yīngdāng"],
  ["应有", "yīngyǒu"],
  ["回应", "huíyìng"],
  ["适应", "shìyìng"],
  ["应用", "yìngyòng"],
  ["应对", "yìngduì"],
  ["相应", "xiāngyìng"],
  ["担当", "dāndāng"],
  ["当事人", "dāngshìrén"],
  ["当庭", "dāngtíng"],
  ["作为", "zuòwéi"],
  ["犯罪行为", "fànzuìxíngwéi"],
  ["司法为民", "sīfǎwèimín"],
  ["践行为民宗旨", "jiànxíngwèimínzōngzhǐ"],
  ["我为群众办实事", "wǒwèiqúnzhòngbànshíshì"],
  ["以审判为中心", "yǐshěnpànwéizhōngxīn"],
  ["教育为主", "jiàoyùwéizhǔ"],
  ["大有可为", "dàyǒukěwéi"],
  ["代为提供", "dàiwéitígōng"],
  ["要求", "yāoqiú"],
  ["主要", "zhǔyào"],
  ["摘要", "zhāiyào"],
  ["充分", "chōngfèn"],
  ["分别", "fēnbié"],
  ["供给侧", "gōngjǐcè"],
  ["干预", "gānyù"],
  ["干净", "gānjìng"],
  ["干警", "gànjǐng"],
  ["干部", "gànbù"],
  ["切实", "qièshí"],
  ["切入点", "qiērùdiǎn"],
  ["关切", "guānqiè"],
  ["空转", "kōngzhuàn"],
  ["流转", "liúzhuǎn"],
  ["转变", "zhuǎnbiàn"],
  ["亮相", "liàngxiàng"],
  ["相关", "xiāngguān"],
  ["宽严相济", "kuānyánxiāngjì"],
  ["标的额", "biāodì'é"],
  ["更好地", "gènghǎode"],
  ["更加", "gèngjiā"],
  ["合同", "hétong"],
  ["扎实", "zhāshi"],
  ["认识", "rènshi"],
  ["队伍", "duìwu"],
  ["着力", "zhuólì"],
  ["软着陆", "ruǎnzhuólù"],
  ["曝光", "bàoguāng"],
  ["数据", "shùjù"],
  ["少数", "shǎoshù"],
  ["减少", "jiǎnshǎo"],
  ["省高院", "shěnggāoyuàn"],
  ["强化", "qiánghuà"],
  ["增强", "zēngqiáng"],
  ["获得", "huòdé"],
  ["取得", "qǔdé"],
  ["得到", "dédào"],
  ["共同", "gòngtóng"],
  ["不断", "bùduàn"],
  ["不足", "bùzú"],
  ["不定期", "bùdìngqī"],
  ["不枉不纵", "bùwǎngbùzòng"],
  ["离不开", "líbùkāi"],
  ["一件事", "yījiànshì"],
  ["一线", "yīxiàn"],
  ["进一步", "jìnyībù"],
  ["一个", "yīgè"],
  ["一些", "yīxiē"],
  ["两抢一盗", "liǎngqiǎngyīdào"],
  ["三合一", "sānhéyī"],
  ["强制", "qiángzhì"],
  ["单处罚金刑", "dānchǔfájīnxíng"],
  ["名单", "míngdān"],
  ["系统", "xìtǒng"],
  ["体系", "tǐxì"],
  ["审结", "shěnjié"],
  ["有期徒刑", "yǒuqītúxíng"],
  ["民间", "mínjiān"],
  ["落实", "luòshí"],
  ["房地产", "fángdìchǎn"],
  ["异地", "yìdì"],
  ["教育", "jiàoyù"],
  ["称号", "chēnghào"],
  ["号角", "hàojiǎo"],
  ["量刑", "liàngxíng"],
  ["力量", "lìliàng"],
  ["质量", "zhìliàng"],
  ["振兴", "zhènxīng"],
  ["虚假", "xūjiǎ"],
  ["下降", "xiàjiàng"],
  ["场景", "chǎngjǐng"],
  ["告知", "gàozhī"],
  ["整顿", "zhěngdùn"],
  ["视频", "shìpín"],
  ["堡垒", "bǎolěi"],
  ["讨论", "tǎolùn"],
  ["自觉", "zìjué"],
  ["网络", "wǎngluò"],
  ["有待", "yǒudài"],
  ["参观", "cānguān"],
  ["召开", "zhàokāi"],
  ["隐患", "yǐnhuàn"],
  ["属于", "shǔyú"],
  ["主旋律", "zhǔxuánlǜ"],
  ["净化", "jìnghuà"],
  ["兑现", "duìxiàn"],
  ["制约", "zhìyuē"],
  ["评估", "pínggū"],
  ["彻底", "chèdǐ"],
  ["禁令", "jìnlìng"],
  ["说明", "shuōmíng"],
  ["毒瘤", "dúliú"],
  ["远程", "yuǎnchéng"],
  ["没有", "méiyǒu"],
  ["退休", "tuìxiū"],
  ["旁听", "pángtīng"],
  ["拘留", "jūliú"],
  ["观摩", "guānmó"],
  ["渠道", "qúdào"],
  ["选择", "xuǎnzé"],
  ["卷宗", "juànzōng"],
  ["铺开", "pūkāi"],
  ["市场", "shìchǎng"],
  ["拍摄", "pāishè"],
  ["纪律", "jìlǜ"],
  ["技术", "jìshù"],
  ["我们", "wǒmen"],
  ["美丽", "měilì"],
  ["食品", "shípǐn"],
  ["约束", "yuēshù"],
  ["用语", "yòngyǔ"],
  ["上升", "shàngshēng"],
  ["审查", "shěnchá"],
  ["考核", "kǎohé"],
  ["救助", "jiùzhù"],
  ["作风", "zuòfēng"],
  ["指南", "zhǐnán"],
  ["港湾", "gǎngwān"],
  ["经济", "jīngjì"],
  ["采取", "cǎiqǔ"],
  ["最大限度", "zuìdàxiàndù"],
  ["宣传", "xuānchuán"],
  ["便民", "biànmín"],
  ["综合", "zōnghé"],
  ["模式", "móshì"],
  ["破坏", "pòhuài"],
  ["呵护", "hēhù"],
  ["绿色", "lǜsè"],
  ["斗争", "dòuzhēng"],
  ["组织", "zǔzhī"],
  ["家庭", "jiātíng"],
  ["嫌疑", "xiányí"],
  ["严格", "yángé"],
  ["洗钱", "xǐqián"],
  ["追究", "zhuījiū"],
  ["研究", "yánjiū"],
  ["困难", "kùnnán"],
  ["畅通", "chàngtōng"],
];

const texts = sectionList.flatMap((s) => [...s.heading, ...s.paragraphs.map((p) => p.text)]);

describe("readings shown to readers", () => {
  it("the hand-checked list holds the audit's words and at least 100 more", () => {
    expect(new Set(HAND_CHECKED.map(([w]) => w)).size).toBe(HAND_CHECKED.length);
    expect(HAND_CHECKED.length).toBeGreaterThanOrEqual(25 + 100);
  });

  for (const [word, reading] of HAND_CHECKED) {
    it(`${word} ${reading}, wherever the report has it`, () => {
      let found = 0;
      for (const t of texts) {
        for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
          found++;
          expect(tonedPinyin(t, at, at + word.length), `${t.slice(Math.max(0, at - 4), at + word.length + 4)}`).toBe(
            reading,
          );
        }
      }
      expect(found, `${word} is in the report`).toBeGreaterThan(0);
    });
  }

  it("the reviewed table lists exactly the report's polyphones, each with its usual reading first", () => {
    const entries = pinyinTable.readings.split(" ").filter((e) => e.includes(","));
    expect(entries.map((e) => e[0]).sort()).toEqual(Object.keys(USUAL_READING).sort());
    for (const e of entries) expect(e.slice(1).split(",")[0], e).toBe(USUAL_READING[e[0]!]);
  });

  it("every word of WORD_READINGS is in the report and read as the table says there", () => {
    // Somewhere: elsewhere a longer word may hold it (标的 in 指标的导向).
    for (const [word, reading] of Object.entries(WORD_READINGS)) {
      const shown = texts.flatMap((t) => {
        const out: string[] = [];
        for (let at = t.indexOf(word); at >= 0; at = t.indexOf(word, at + 1)) {
          out.push(tonedPinyin(t, at, at + word.length).replace(/'/g, ""));
        }
        return out;
      });
      expect(shown, word).toContain(reading.replace(/ /g, ""));
    }
  });
});
