import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { isAppendix, isGlossaryTitle } from "../../../src/lib/parse/appendix.ts";
import { parseGlossaryLine, parseTermLine, splitEntryNumber } from "../../../src/lib/parse/glossary-line.ts";
import { CORPUS_DEV, RAW, ingestFile, ingestText, root } from "../support/ingest.ts";

/** Glossary entries per report, counted by reading each appendix (0: no glossary appendix); every report of content/raw is listed. */
const ENTRIES: Record<string, number> = {
  "content/raw/guyuan-2020.md": 0,
  "content/raw/guyuan-2021.md": 0,
  "content/raw/ningxia-2020.md": 0,
  "content/raw/ningxia-2021.md": 0,
  "content/raw/shizuishan-2020.txt": 0,
  "content/raw/shizuishan-2021.md": 15, // 附件2 解释说明 (附件1 is the 十件民生实事)
  "content/raw/wuzhong-2020.md": 0,
  "content/raw/wuzhong-2021.md": 0,
  "content/raw/yinchuan-2020.md": 0,
  "content/raw/yinchuan-2021.md": 0,
  "content/raw/zhongwei-2020.txt": 17, // 附：有关情况说明, 1.…17.
  "content/raw/zhongwei-2021.md": 20, // 附：术语解读, `1. ` (a Markdown list)
  "tests/fixtures/corpus-dev/chengdu-2020.md": 21, // 附件2 **名词解释** (附件1 is 民生实事)
  "tests/fixtures/corpus-dev/dongguan-2023.md": 27, // **名词注解：**, unnumbered
  "tests/fixtures/corpus-dev/jingdezhen-2022.md": 14, // 注 释, ASCII colons
  "tests/fixtures/corpus-dev/luzhou-2022.md": 35, // <!-- 名词解释 --> and footnote definitions [^n]
  "tests/fixtures/corpus-dev/nanchang-2017.md": 38, // 《政府工作报告》注释
  "tests/fixtures/corpus-dev/qianxinan-2020.md": 39, // **名词解释**
  "tests/fixtures/corpus-dev/wuxi-2017.md": 33, // 附录一：《政府工作报告》名词解释, unnumbered
  "tests/fixtures/corpus-dev/xian-2018.md": 64, // 《政府工作报告》名词术语解释, ［n］
};


/** The header and first part line of a small 2014 report, before a glossary's lines. */
const HEAD_2014 = ["2014年测试市政府工作报告", "——2014年1月13日在测试市第六届人民代表大会第五次会议上", "测试市人民政府市长 张三", "各位代表：", "一、2013年工作回顾"];

describe("appendix glossaries under any of their names", () => {
  // A report added to content/raw fails here until its appendix's entries are counted by hand and listed above.
  it("covers every report of content/raw", () => {
    expect(RAW.filter((path) => !(path in ENTRIES))).toEqual([]);
  });

  it.each([...RAW.filter((path) => path in ENTRIES), ...CORPUS_DEV])("%s has the glossary entries its appendix lists", (path) => {
    expect(ingestFile(path).glossary).toHaveLength(ENTRIES[path] ?? 0);
  });

  it.each(Object.keys(ENTRIES))("%s keeps each entry's text whole: term, separator and definition as written", (path) => {
    const source = readFileSync(join(root, path), "utf8").replace(/\s/g, "");
    const lost = ingestFile(path).glossary.filter((g) => {
      const [t, d] = [g.term_display.replace(/\s/g, ""), g.definition.replace(/\s/g, "")];
      return !t || !d || ![`${t}：${d}`, `${t}:${d}`, `${t}${d}`].some((whole) => source.includes(whole));
    });
    expect(lost.map((g) => g.term_display)).toEqual([]);
  });

  it("numbers the entries as the appendix does (1. · ［n］ · [^n])", () => {
    for (const path of ["tests/fixtures/corpus-dev/xian-2018.md", "tests/fixtures/corpus-dev/luzhou-2022.md", "tests/fixtures/corpus-dev/nanchang-2017.md"]) {
      const r = ingestFile(path);
      const lists = r.markdown.split("\n").filter((l) => /^\d+\. \*\*/.test(l)).map((l) => Number(/^(\d+)/.exec(l)![1]));
      expect(lists).toEqual(r.glossary.map((g) => g.number));
    }
  });

  it("keeps the numbers of an appendix that skips some (1. 2. 5.), each id still counting the entries", () => {
    const text = [
      "2021年测试市政府工作报告",
      "——2021年1月13日在测试市第六届人民代表大会第五次会议上",
      "测试市人民政府市长 张三",
      "各位代表：",
      "一、2020年工作回顾",
      "扎实做好“六稳”工作，全面落实“六保”任务，打好“三大攻坚战”。",
      "附：术语解读",
      "1. “六稳”“六保”：稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期；保居民就业、保基本民生。",
      "2. “两不愁三保障”：农村贫困人口不愁吃、不愁穿，义务教育、基本医疗、住房安全有保障。",
      "5. “三大攻坚战”：防范化解重大风险、精准脱贫、污染防治。",
      "6. “四个不摘”：摘帽不摘责任、摘帽不摘政策、摘帽不摘帮扶、摘帽不摘监管。",
    ].join("\n");
    const r = ingestText("ceshi-2021.md", text);
    expect(r.glossary.map((g) => [g.id, g.number, g.term])).toEqual([
      ["ceshi-2021-g1", 1, "六稳"],
      ["ceshi-2021-g2", 2, "两不愁三保障"],
      ["ceshi-2021-g3", 5, "三大攻坚战"],
      ["ceshi-2021-g4", 6, "四个不摘"],
    ]);
    // The reader's Markdown writes the numbers so too.
    expect(r.markdown.split("\n").filter((l) => /^\d+[.)] \*\*/.test(l)).map((l) => Number(/^(\d+)/.exec(l)![1]))).toEqual([1, 2, 5, 6]);
  });

  it("reads luzhou's footnote definitions under an HTML-comment title as the glossary, and drops the note markers", () => {
    const r = ingestFile("tests/fixtures/corpus-dev/luzhou-2022.md");
    expect(r.document.headings.at(-1)).toMatchObject({ text: "名词解释", depth: 2 });
    expect(r.glossary[0]).toMatchObject({ term: "六稳六保", definition: expect.stringMatching(/^“六稳”即稳就业/) });
    expect(r.document.paragraphs.some((p) => /\[\^\d+\]/.test(p.text))).toBe(false);
  });

  it.each(["《政府工作报告》有关术语的说明", "**词解释和说明**"])("reads an appendix titled %s (Guiyang 2008, Liangshan 2014) as the glossary", (title) => {
    const text = [
      ...HEAD_2014,
      "开展“两免一补”，反对“四风”。",
      title,
      "1、两免一补：指对农村义务教育阶段贫困家庭学生免除杂费和书本费。",
      "2、“四风”：即形式主义、官僚主义、享乐主义和奢靡之风。",
    ].join("\n");
    const r = ingestText("ceshi-2014.md", ["---", "title: 测试", "---", "", text].join("\n"));
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [1, "两免一补"],
      [2, "四风"],
    ]);
  });

  it("reads **附件** then **《政府工作报告》有关内容名词注释** as the glossary's title, not as a line of it (Jiangxi 2020)", () => {
    const text = [
      ...HEAD_2014,
      "开展商贸消费升级“五大行动”。",
      "**附件**",
      "",
      "**《政府工作报告》有关内容名词注释**",
      "",
      "1.商贸消费升级“五大行动”：“优品”“兴市”“强商”“旺客”“捷运”。",
      "",
      "2.“5020”项目：国家级开发区和省级开发区每年分别至少引进一个投资超50亿元、超20亿元的产业项目。",
    ].join("\n");
    const r = ingestText("ceshi-2014.md", ["---", "title: 测试", "---", "", text].join("\n"));
    expect(r.document.headings.map((h) => h.text)).toContain("《政府工作报告》有关内容名词注释");
    expect(r.glossary.map((g) => g.number)).toEqual([1, 2]);
    expect(r.warnings.filter((w) => /not a glossary entry/.test(w.message))).toEqual([]);
  });

  it("reads 《政府工作报告》相关缩略语 after the closing words as the glossary's title, its entries no headings (Xinjiang 2017)", () => {
    const text = [
      ...HEAD_2014,
      "各位代表！",
      "展望新的一年，我们面临的任务艰巨繁重，肩负的责任重大光荣。让我们紧密团结在以习近平同志为核心的党中央周围，为实现社会稳定和长治久安总目标而不懈奋斗，以优异的成绩迎接党的十九大胜利召开！",
      "《政府工作报告》相关缩略语",
      "1.“三去一降一补”：即去产能、去库存、去杠杆，降成本，补短板。",
      "2.“PPP”：Public—Private—Partnership的字母缩写，即政府和社会资本合作模式，一般指在基础设施及公共服务领域，政府部门与社会资本之间建立的一种长期合作关系。",
      "3.农业“三项补贴”:即农作物良种补贴、种粮农民直接补贴和农资综合补贴。",
    ].join("\n");
    expect(isGlossaryTitle("《政府工作报告》相关缩略语")).toBe(true);
    const r = ingestText("ceshi-2014.md", ["---", "title: 测试", "---", "", text].join("\n"));
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [1, "三去一降一补"],
      [2, "PPP"],
      [3, "三项补贴"],
    ]);
    expect(r.document.headings.map((h) => h.text).filter((t) => /^\d/.test(t))).toEqual([]);
  });

  it("reads **附： then 名词解释和说明, a bold run broken over both lines, as one heading 附：名词解释和说明 (Sichuan 2008)", () => {
    const text = [
      ...HEAD_2014,
      "各位代表，我们正站在新的历史起点上，朝着全面建设小康社会的目标阔步前进。让我们紧密团结在以胡锦涛同志为总书记的党中央周围，高举中国特色社会主义伟大旗帜，为建设繁荣富裕文明和谐新四川而努力奋斗！",
      "**附：",
      "名词解释和说明",
      "1.财政一般预算总收入:**包括地方财政一般预算收入、上划中央两税和上划中央所得税。",
      "**4.“两基”：**即基本普及九年义务教育、基本扫除青壮年文盲。",
      "**18．公安“三基”工程：**即抓基层、打基础、苦练基本功。",
    ].join("\n\n");
    const r = ingestText("ceshi-2014.md", ["---", "title: 测试", "---", "", text].join("\n"));
    expect(r.document.headings.filter((h) => h.appendix).map((h) => [h.depth, h.text])).toEqual([[2, "附：名词解释和说明"]]);
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [1, "财政一般预算总收入"],
      [4, "两基"],
      [18, "三基"],
    ]);
  });

  it("reads an appendix titled 政府工作报告专业术语名词解释 (Xizang 2007) as the glossary", () => {
    const text = [
      ...HEAD_2014,
      "为推进小康西藏、平安西藏、和谐西藏建设做出新的更大的贡献，以优异的成绩迎接党的十七大胜利召开！",
      "**政府工作报告专业术语名词解释**",
      "劳务经济：是指经济欠发达地区和农村以优势的劳动力资源为要素，通过一定的组织形式，从事劳务活动，获得经济收入的一种经济发展形式。",
      "“三个长期不变”：是指土地归户使用，自主经营，长期不变；牲畜归户，私有私养，自主经营，长期不变；草场公有，承包到户，自主经营，长期不变。",
    ].join("\n\n");
    const r = ingestText("ceshi-2014.md", ["---", "title: 测试", "---", "", text].join("\n"));
    expect(r.glossary.map((g) => g.term)).toEqual(["劳务经济", "三个长期不变"]);
  });

  it("reads an appendix titled 名词解释和说明 (Mianyang 2014) as the glossary, its last note an entry too", () => {
    const text = [
      ...HEAD_2014,
      "开展“一评五制三整顿”，反对“四风”。",
      "名词解释和说明",
      "1.“一评五制三整顿”：开展“万人评议机关”活动，实行五项制度，推进三项专项整顿行动。",
      "2.“四风”：形式主义、官僚主义、享乐主义和奢靡之风。",
      "3.关于五项经济指标未能完成情况：预计2013年五项指标增速分别低于目标2个、4.2个、1.1个、3.2个和1.5个百分点。",
    ].join("\n");
    const r = ingestText("ceshi-2014.txt", text);
    expect(r.document.headings.at(-1)).toMatchObject({ text: "名词解释和说明", depth: 2 });
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [1, "一评五制三整顿"],
      [2, "四风"],
      [3, "关于五项经济指标未能完成情况"],
    ]);
  });

  describe("a glossary with no heading after the closing words (Tongren 2014)", () => {
    const closing = "各位代表，发展造就辉煌，团结成就伟业，奋斗铸就梦想。让我们…为建设美好幸福新铜仁共同努力奋斗！";
    const terms = [
      "5个100工程：是省委、省政府在全省重点打造的“100个产业园区、100个现代高效农业示范园区、100个示范小城镇、100个城市综合体、100个旅游景区”。",
      "六争：争政策、争项目、争资金、争人才、争出经验树典型、争召开现场会。",
      "村改居：即村委会改为社区委员会，农村户口改为居民户口。",
      "四线两站：是大龙至万山老山口和松桃至大兴快速干道、大龙物流园铁路专线、大龙至万山老山口货运铁路。",
    ];
    const body = [...HEAD_2014, "实施“5个100工程”，推进“村改居”。", "二、2014年工作任务", "抓好“六争”，建设“四线两站”。"];

    it("reads the run of `term：definition` paragraphs after the closing paragraph as the glossary", () => {
      const r = ingestText("ceshi-2014.txt", [...body, closing, ...terms].join("\n"));
      expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
        [1, "5个100工程"],
        [2, "六争"],
        [3, "村改居"],
        [4, "四线两站"],
      ]);
      expect(r.document.paragraphs.filter((p) => p.kind === "paragraph").map((p) => p.text.slice(0, 4))).not.toContain("四线两站");
    });

    it("keeps a single `term：…` paragraph after the closing words a paragraph", () => {
      const r = ingestText("ceshi-2014.txt", [...body, closing, terms[2]!].join("\n"));
      expect(r.glossary).toEqual([]);
    });

    it("keeps such paragraphs before the closing words paragraphs", () => {
      const r = ingestText("ceshi-2014.txt", [...body, ...terms, closing].join("\n"));
      expect(r.glossary).toEqual([]);
    });
  });

  it("reads notes titled 附注： after the closing words (Liuzhou 2016) as the glossary, not as headings of the last part", () => {
    const text = [
      "2016年测试市政府工作报告",
      "——2016年1月19日在测试市第十三届人民代表大会第八次会议上",
      "各位代表：",
      "一、2015年工作回顾",
      "实施7万亩“双高”糖料蔗基地建设，开展“雨露计划”教育扶贫培训。",
      "二、2016年重点工作",
      "（一）大力开展实体经济发展年活动",
      "加快“四好”农村公路建设。",
      "各位代表，让我们坚定信心，为打造西江经济带龙头城市而努力奋斗！",
      "附注：",
      "1．“双高”糖料蔗基地：优质高产高糖糖料蔗种植基地。",
      "2．“雨露计划”：以提高扶贫对象自我发展能力、促进就业为核心的专项扶贫措施。",
      "3．“四好”农村公路：建好、管好、护好、运营好农村公路。",
    ].join("\n");
    const r = ingestText("ceshi-2016.txt", text);
    expect(r.document.headings.map((h) => [h.depth, h.text])).toEqual([
      [2, "一、2015年工作回顾"],
      [2, "二、2016年重点工作"],
      [3, "（一）大力开展实体经济发展年活动"],
      [2, "附注："],
    ]);
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [1, "双高"],
      [2, "雨露计划"],
      [3, "四好"],
    ]);
  });

  it("reads notes titled 《政府工作报告》附注 after the closing words (Xiangtan 2014) as the glossary, not as paragraphs of the last part", () => {
    const text = [
      "——2014年1月7日在湘潭市第十四届人民代表大会第二次会议上",
      "湘潭市人民政府市长 胡伟林",
      "各位代表:",
      "一、2013年工作回顾",
      "实现地区生产总值1418亿元（预计数，下同），同比增长11%。",
      "二、2014年工作目标、任务和重点",
      "主要预期目标是:地区生产总值增长10.5%;固定资产投资增长25%。",
      "各位代表！时代赋予重任，实干成就梦想。让我们在中共湘潭市委的坚强领导下，凝聚起全市人民的智慧和力量，奋勇争先，艰苦创业，为实现率先统筹城乡发展、提前全面建成小康社会、加快幸福湘潭进程而努力奋斗！",
      "**《政府工作报告》附注**",
      "1.三量齐升。经济总量、人均均量和运行质量的同步提升。",
      "4.中小企业“百千万”成长工程。2012年至2015年，湖南省每年培育新增营业收入过4亿元的大企业100户以上，过亿元的中型企业1000户以上，新创办小型微型企业30000户以上。",
    ].join("\n\n");
    const r = ingestText("ceshi-2014.md", text);
    expect(r.document.headings.map((h) => [h.depth, h.text]).at(-1)).toEqual([2, "《政府工作报告》附注"]);
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [1, "三量齐升"],
      [4, "百千万"],
    ]);
  });

  it("reads Huangshi 2014's entry numbers run into their terms of Chinese words, no word of them, and keeps a count a term opens with", () => {
    const head = ["——2014年1月8日在黄石市第十三届人民代表大会第三次会议上", "市长 杨晓波", "各位代表：", "一、2013年工作回顾", "大力实施工业“两计划两工程”1。"];
    const r = ingestText(
      "ceshi-2014.txt",
      [
        ...head,
        "名词解释",
        "1两计划两工程：即千亿元产业发展计划、支柱产业倍增计划和新兴产业培育工程、企业成长壮大工程。",
        "2长江质量奖：是省政府设立的最高质量荣誉奖，获奖企业可使用长江质量奖标志，并列入全省重点打假保名优范围。",
        "3物流保税中心：指封闭的海关监管区域并且具备口岸功能，分A型和B型两种。",
        "11 住房保障五个一制度体系：即一个产品归并，多种渠道筹集。",
      ].join("\n"),
    );
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [1, "两计划两工程"],
      [2, "长江质量奖"],
      [3, "物流保税中心"],
      [11, "住房保障五个一制度体系"],
    ]);
    const counts = ingestText(
      "ceshi-2014.txt",
      [...head, "名词解释", "三个全覆盖：即…的全覆盖。", "一带一路：丝绸之路经济带和21世纪海上丝绸之路。", "3个100亿工程：即三个产值过百亿元的产业。"].join("\n"),
    );
    expect(counts.glossary.map((g) => g.term)).toEqual(["三个全覆盖", "一带一路", "3个100亿工程"]);
  });

  it("reads Zhuzhou 2020's terms without the page of the print after them (四个作用（P1）：…), their definitions as written", () => {
    const text = [
      "——2020年1月7日在株洲市第十五届人民代表大会第四次会议上",
      "株洲市人民政府市长 阳卫国",
      "各位代表：",
      "一、2019年经济社会发展取得明显成效",
      "大力实施创新驱动转型升级战略，更好发挥“四个作用”，全力推进“两个加快”，较好完成了全年目标任务。",
      "名词解释",
      "1. 四个作用（P1）：在推进创新发展上发挥带头作用、在推进长株潭一体化建设上发挥主动作用、在振兴实体经济上发挥领军作用、在推进绿色转型发展上发挥示范作用。",
      "13. 三品一标（P6）:无公害农产品、绿色食品、有机农产品和农产品地理标志。",
      "16.“224”工程（P17）：2即教研队伍和人才集聚工程建设，2 即株洲、湘潭与长沙合作建设两所学校，4即人社、就医、交通、移动支付实现三市一卡通。",
    ].join("\n");
    const r = ingestText("ceshi-2020.txt", text);
    expect(r.glossary.map((g) => g.term)).toEqual(["四个作用", "三品一标", "224"]);
    expect(r.glossary.map((g) => g.term_display)).toEqual(["四个作用", "三品一标", "“224”工程"]);
    expect(r.glossary[1]!.definition).toBe("无公害农产品、绿色食品、有机农产品和农产品地理标志。");
  });

  it("reads Enshi's entries numbered 〔n〕, the brackets no part of the term", () => {
    const text = [
      "——2023年1月5日在州九届人大二次会议上",
      "州长 夏锡璠",
      "各位代表：",
      "一、2022年工作回顾",
      "大力实施“十大行动”〔2〕，州城文明气质和城市品质明显提升。",
      "注 释",
      "〔1〕巴拿马万国博览会：国际性博览会，1915年以来已举办107届。",
      "〔2〕“十大行动”：路网建设行动、管网更新行动、景观提升行动、功能补强行动、拆迁攻坚行动、乱象整治行动、消费升级行动、城市畅通行动、老区改造行动、文明提升行动。",
      "〔9〕三个工作法：一线工作法、限时工作法、盯钉工作法。",
    ].join("\n");
    const r = ingestText("ceshi-2023.txt", text);
    expect(r.glossary.map((g) => g.term)).toEqual(["巴拿马万国博览会", "十大行动", "三个工作法"]);
    expect(r.glossary.map((g) => g.term_display)).toEqual(["巴拿马万国博览会", "“十大行动”", "三个工作法"]);
  });

  it("reads Leshan's entry numbered with a colon for the full stop (13：term：…) as an entry, not the entry before's sub-item", () => {
    const text = [
      "2023年2月22日在乐山市第八届人民代表大会第四次会议上",
      "乐山市人民政府市长 陈光浩",
      "各位代表：",
      "一、2022年工作回顾",
      "“五端”发力促进高校毕业生就业创业的典型做法在全省交流。",
      "注 释",
      "12.一村一品：一个村有一个主导产业为特色种植、特色养殖、特色食品、特色文化（如传统手工技艺、民俗文化等）和新业态（如休闲旅游、民宿、电子商务等）的一个具体品类。",
      "13：“五端”发力：从服务端、政策端、项目端、基层端、政企端五个方面发力。",
      "14.“54321”监测帮扶工作法：“5”，即推行“定人”“定岗”“定责”“定时”“定效”监测帮扶“五定”做法。",
    ].join("\n");
    const r = ingestText("ceshi-2023.txt", text);
    expect(r.glossary.map((g) => [g.term_display, g.definition.slice(0, 6)])).toEqual([
      ["一村一品", "一个村有一个"],
      ["“五端”发力", "从服务端、政"],
      ["“54321”监测帮扶工作法", "“5”，即推"],
    ]);
  });

  it("reads an entry whose number a copy spaced before its point (Siping 2014: 12 . 三经 : 是指…) as entry 12, its term without the point", () => {
    const text = [
      "——2013年12月25日在四平市七届人大第二次会议上",
      "市长 石国祥",
      "各位代表:",
      "一、2013年工作回顾",
      "探索经济发展的蓝海。",
      "**《政府工作报告》释义**",
      "11. “四师一满意”: 是指全市教育系统开展的主题教育活动，即:立师德、铸师魂、强师能、正师风，做人民满意教师。",
      "12 . 三经 : 是指民营经济、服务经济和总部经济。",
      "13 . 蓝海 :西方国家把市场形象地比喻为红色海洋和蓝色海洋，简称红海和蓝海。",
    ].join("\n\n");
    const r = ingestText("siping-2014.md", text);
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [11, "四师一满意"],
      [12, "三经"],
      [13, "蓝海"],
    ]);
    expect(splitEntryNumber("12 . 三经 : 是指民营经济")).toEqual({ n: 12, rest: "三经 : 是指民营经济" });
  });

  it("reads the entries after ⑩ that came unnumbered (Yunfu 2023: ⑪ on is not in GB2312) as entries 11, 12, …", () => {
    const text = [
      "——2023年1月6日在云浮市第七届人民代表大会第三次会议上",
      "云浮市市长 李庆新",
      "各位代表：",
      "2022年工作回顾",
      "深入实施“三名工程”⑩，城乡低保等提标工作全面完成，“双百工程”?实现两个100%。",
      "注 释",
      "⑨新强师工程：主要是围绕师德师风建设等方面提出具体措施。",
      "“新强师”：培养骨干教师。",
      "⑩三名工程：指“名师、名班主任、名校长”工程。",
      "双百工程：由省民政厅等于2020年11月联合发文提出的一项工程。",
      "四风：指形式主义、官僚主义、享乐主义、奢靡之风。",
    ].join("\n");
    const r = ingestText("ceshi-2023.txt", text);
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [9, "新强师工程"],
      [10, "三名工程"],
      [11, "双百工程"],
      [12, "四风"],
    ]);
    // Before ⑩, an unnumbered line is still the entry before's sub-item.
    expect(r.document.paragraphs.find((p) => p.text.startsWith("“新强师”"))).toMatchObject({ kind: "paragraph" });
  });

  it("reads circled numbers a copy wrote in a symbol font's code as the entries' numbers (Liuzhou 2018: %“城市双修” for ④, -PC for ⑫, 0IPO for ⑮)", () => {
    const text = [
      "——2018年1月14日在柳州市第十四届人民代表大会第三次会议上",
      "市长 吴炜",
      "各位代表：",
      "2017年工作回顾",
      "智慧城市、海绵城市、“城市双修”%和地下综合管廊试点有效开展。",
      "附注：",
      "③“两化融合”发展：即信息化和工业化的深度结合，主要包括技术融合、产品融合、业务融合、产业衍生四个方面。",
      "%“城市双修”：即生态修复、城市修补。",
      "⑤供给侧改革“1+5”政策：即《柳州市供给侧结构性改革总体方案（2016—2020年）》。",
      "⑩公安“四项建设”：即公安基础信息化建设、警务实战化建设、执法规范化建设、队伍正规化建设。",
      "，“三大建设”：中共柳州市第十二届代表大会第三次会议提出。",
      "-PC：全称为“Precast Concrete”（混凝土预制件），是指在工厂中通过标准化、机械化方式加工生产的混凝土制品。",
      ".“一圈一带四轴”：“一圈”即以柳州中心城区为中心。",
      "/“三区三园一体”：“三区”是指粮食生产功能区、重要农产品生产保护区和特色农产品优势区。",
      "0IPO：全称为“Initial Public Offerings”（首次公开募股），也称首次公开发行股票。",
      "1“七个一批”“十大行动”：“七个一批”，即扶持生产发展一批、转移就业扶持一批。",
      "2“一主三新”：“一主”即市中心城区（主城区），“三新”分别为柳东新区、柳江区和北部生态新区。",
    ].join("\n");
    const r = ingestText("ceshi-2018.txt", text);
    expect(r.glossary.map((g) => [g.number, g.term_display])).toEqual([
      [3, "“两化融合”发展"],
      [4, "“城市双修”"],
      [5, "供给侧改革“1+5”政策"],
      [10, "公安“四项建设”"],
      [11, "“三大建设”"],
      [12, "PC"],
      [13, "“一圈一带四轴”"],
      [14, "“三区三园一体”"],
      [15, "IPO"],
      [16, "“七个一批”“十大行动”"],
      [17, "“一主三新”"],
    ]);
  });

  it("reads no sign before a term as a number where the glossary numbers none with circled numbers, or the number is not the next", () => {
    const text = (first: string) =>
      [
        "——2018年1月14日在柳州市第十四届人民代表大会第三次会议上",
        "市长 吴炜",
        "各位代表：",
        "2017年工作回顾",
        "智慧城市、海绵城市、“城市双修”和地下综合管廊试点有效开展。",
        "附注：",
        first,
        "%“城市双修”：即生态修复、城市修补。",
      ].join("\n");
    // ③ then % (④): read; 3. then %: an unnumbered line of a numbered glossary, the entry before's; ② then % (not ③): too.
    expect(ingestText("ceshi-2018.txt", text("③“两化融合”发展：即信息化和工业化的深度结合。")).glossary.map((g) => g.number)).toEqual([3, 4]);
    expect(ingestText("ceshi-2018.txt", text("3.“两化融合”发展：即信息化和工业化的深度结合。")).glossary.map((g) => g.number)).toEqual([3]);
    expect(ingestText("ceshi-2018.txt", text("②“两化融合”发展：即信息化和工业化的深度结合。")).glossary.map((g) => g.number)).toEqual([2]);
  });

  describe("a number run into a quoted term (Yunfu 2018: 21“1234”工程：“1”是…, its ㉑ written 21)", () => {
    const text = (n: string) =>
      [
        "——2018年1月在云浮市第六届人民代表大会第三次会议上",
        "云浮市市长 某某",
        "各位代表：",
        "一、2017年工作回顾",
        "推进“三去一降一补”⑩，深化中小学教师“县管校聘?”管理改革，实施传统文化传承发展“1234”工程21。",
        "注 释",
        "⑩三去一降一补：即供给侧结构性改革中的去产能、去库存、去杠杆、降成本、补短板。",
        "县管校聘：为了促进教师交流轮岗，将教师关系归于县级教育局并由教育局直接管理，而后由学校聘任。",
        `${n}“1234”工程：“1”是突出一大愿景目标——打造一座值得作为故乡的城市；“2”是围绕两大轴线理念。`,
      ].join("\n");
    const entries = (n: string) => ingestText("ceshi-2018.txt", text(n)).glossary.map((g) => [g.number, g.term_display]);

    it("is the entry's number when it is the one the entry would have, or the one after", () => {
      expect(entries("12")).toEqual([
        [10, "三去一降一补"],
        [11, "县管校聘"],
        [12, "“1234”工程"],
      ]);
      // One entry the copy lost before it: the number still tells the entry's.
      expect(entries("13").at(-1)).toEqual([13, "“1234”工程"]);
    });

    it("is a word of the term when the numbering does not lead to it", () => {
      expect(entries("5").at(-1)).toEqual([12, "5“1234”工程"]);
    });
  });

  it("reads two unnumbered entries run on in one line as two entries, and no quoted part of a definition (Wuxi 2016)", () => {
    const text = [
      "——2016年1月12日在无锡市第十五届人民代表大会第五次会议上",
      "市长 汪 泉",
      "各位代表：",
      "一、2015年工作回顾",
      "深入实施“千企技改”工程，洛社尚田农庄探索建设全省首家六次产业园。",
      "《政府工作报告》名词解释",
      "一中心四平台：指城市大数据中心和四大综合信息服务平台。",
      "千企技改：指推动1000家以上规模企业实施技术改造。六次产业：指以农业为基础，一二三次产业相互延伸。",
      "营商环境“加一”、综合成本“减一”：“加一”指提高政府服务水平。“减一”指努力降低企业综合经营成本。",
      "两环：“内环”：即由北外环路围合的干线。“外环”：即高速外环。",
    ].join("\n");
    const r = ingestText("ceshi-2016.txt", text);
    expect(r.glossary.map((g) => [g.number, g.term_display, g.definition.slice(0, 5)])).toEqual([
      [1, "一中心四平台", "指城市大数"],
      [2, "千企技改", "指推动10"],
      [3, "六次产业", "指以农业为"],
      [4, "营商环境“加一”、综合成本“减一”", "“加一”指"],
      [5, "两环", "“内环”："],
    ]);
    expect(r.glossary[1]!.definition).toBe("指推动1000家以上规模企业实施技术改造。");
  });

  it("reads the next numbered entry run on after a numbered one's last sentence as an entry of its own (Jiujiang 2014: 11.“四县一山”：…和庐山。12.“两声三乱”：…)", () => {
    const text = [
      "——2014年1月7日在测试市第十四届人民代表大会第四次会议上",
      "市长 张三",
      "各位代表：",
      "一、2013年工作回顾",
      "联动“四县一山”，巩固“两声三乱”等整治成果，实施“万村千乡”市场工程。",
      "名词解释",
      "10.县级“三馆”：文化馆、图书馆、博物馆。",
      "11.“四县一山”：九江县、星子县、湖口县、瑞昌市和庐山。12.“两声三乱”：麻将声、鞭炮声，乱停、乱放、乱摆。",
      "13.“万村千乡”市场工程：从2005年起在全国实施的农村现代流通网络建设工程。其中第2.“网点”：不是一个条目。",
    ].join("\n");
    const r = ingestText("ceshi-2014.txt", text);
    expect(r.glossary.map((g) => [g.number, g.term_display, g.definition])).toEqual([
      [10, "县级“三馆”", "文化馆、图书馆、博物馆。"],
      [11, "“四县一山”", "九江县、星子县、湖口县、瑞昌市和庐山。"],
      [12, "“两声三乱”", "麻将声、鞭炮声，乱停、乱放、乱摆。"],
      [13, "“万村千乡”市场工程", "从2005年起在全国实施的农村现代流通网络建设工程。其中第2.“网点”：不是一个条目。"],
    ]);
  });

  it("reads the next numbered entry run on after a numbered one's last sentence when its term opens on a count (Heyuan 2014: 36、“三公”经费：…公务接待费。37.9个城乡污水处理设施：…)", () => {
    const text = [
      "——2014年1月7日在测试市第六届人民代表大会第四次会议上",
      "市长 张三",
      "各位代表：",
      "一、2013年工作回顾",
      "加快彭寨污水处理厂等9个城乡污水处理设施建设。",
      "名词解释",
      "35.“三品一标”：无公害农产品、绿色食品、有机农产品、农产品地理标志。",
      "36、“三公”经费：公务出国（境）经费、公务用车购置及运行费、公务接待费。37.9个城乡污水处理设施：彭寨污水处理厂、和平县城污水处理厂二期、古竹5镇污水处理设施。",
      "38.碳汇交易：一种虚拟交易。",
    ].join("\n");
    const r = ingestText("ceshi-2014.txt", text);
    expect(r.glossary.map((g) => [g.number, g.term_display, g.definition])).toEqual([
      [35, "“三品一标”", "无公害农产品、绿色食品、有机农产品、农产品地理标志。"],
      [36, "“三公”经费", "公务出国（境）经费、公务用车购置及运行费、公务接待费。"],
      [37, "9个城乡污水处理设施", "彭寨污水处理厂、和平县城污水处理厂二期、古竹5镇污水处理设施。"],
      [38, "碳汇交易", "一种虚拟交易。"],
    ]);
  });

  it("reads numbered entries with unquoted terms run on in one line as entries of their own (Shuangyashan 2016)", () => {
    const text = [
      "——2016年1月7日在测试市第十五届人民代表大会第七次会议上",
      "市长 张三",
      "各位代表：",
      "一、2015年工作回顾",
      "牢固树立和贯彻落实“五大发展理念”。",
      "名词解释",
      "1.五位一体：党的十八大提出经济建设、政治建设、文化建设、社会建设、生态文明建设五位一体。2.四个全面：党中央提出全面建成小康社会、全面深化改革、全面依法治国、全面从严治党的战略布局。",
      "3.三期叠加：具体指增长速度换档期、结构调整阵痛期、前期刺激政策消化期三个阶段。4.互联网+：互联网+各个传统行业。5.一创两建:创建全国文明城市，建设美丽城镇。6.《准则》：指《中国共产党廉洁自律准则》。",
      "7.三个一：包括：1.一个中心：市民中心。2.一个平台：政务平台。",
    ].join("\n");
    const r = ingestText("ceshi-2016.txt", text);
    expect(r.glossary.map((g) => [g.number, g.term_display, g.definition])).toEqual([
      [1, "五位一体", "党的十八大提出经济建设、政治建设、文化建设、社会建设、生态文明建设五位一体。"],
      [2, "四个全面", "党中央提出全面建成小康社会、全面深化改革、全面依法治国、全面从严治党的战略布局。"],
      [3, "三期叠加", "具体指增长速度换档期、结构调整阵痛期、前期刺激政策消化期三个阶段。"],
      [4, "互联网+", "互联网+各个传统行业。"],
      [5, "一创两建", "创建全国文明城市，建设美丽城镇。"],
      [6, "《准则》", "指《中国共产党廉洁自律准则》。"],
      [7, "三个一", "包括：1.一个中心：市民中心。2.一个平台：政务平台。"],
    ]);
  });

  it("keeps Xi'an's sub-items of entry ［2］ with it, as paragraphs, not as entries", () => {
    const r = ingestFile("tests/fixtures/corpus-dev/xian-2018.md");
    const second = r.document.paragraphs.findIndex((p) => p.id === r.glossary[1]!.paragraph);
    expect(r.document.paragraphs.slice(second + 1, second + 4).map((p) => [p.kind, p.text.slice(0, 3)])).toEqual([
      ["paragraph", "“三”"],
      ["paragraph", "“六”"],
      ["paragraph", "“九”"],
    ]);
    expect(r.glossary[2]!.term_display).not.toBe("“三”");
  });

  it("reads a term alone on its line with the definition on the next line", () => {
    const r = ingestFile("tests/fixtures/reports/markdown-2021.md");
    expect(r.glossary.map((g) => [g.term_display, g.definition])).toEqual([
      ["“六稳”", "稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。"],
      ["“六保”", "保居民就业、保基本民生、保市场主体。"],
    ]);
  });
});

describe("a numbered term alone on its line whose definition is sub-items each named (Binzhou 2023)", () => {
  it("reads 7.五院十校N基地 / 五院：… / 十校：… as entry 7, no heading", () => {
    const text = [
      "2023年测试市政府工作报告",
      "各位代表：",
      "一、2022年工作回顾",
      "预计全年GDP增长4%。",
      "部分用语说明",
      "6.新一轮四减四增",
      "调整产业结构，减少过剩和落后产业，增加新的增长动能。",
      "7.五院十校N基地",
      "五院：渤海先进技术研究院、魏桥国科（滨州）研究院、海洋发展研究院。",
      "十校：滨州理工学院、滨州学院、滨州医学院。",
      "8.“专精特新”企业",
      "具有“专业化、精细化、特色化、新颖化”特征的工业中小企业。",
    ].join("\n");
    const r = ingestText("ceshi-2023.txt", text);
    expect(r.glossary.map((g) => [g.number, g.term, g.definition.slice(0, 3)])).toEqual([
      [6, "新一轮四减四增", "调整产"],
      [7, "五院十校N基地", "五院："],
      [8, "专精特新", "具有“"],
    ]);
    expect(r.document.headings.filter((h) => h.text.includes("五院十校"))).toEqual([]);
    expect(r.document.paragraphs.some((p) => p.text.startsWith("十校："))).toBe(true);
  });
});

describe("a term whose quotes a copy spaced inside (Siping 2016)", () => {
  it("keeps no space at the end of the term: 12、“五证合一、一照 一码 ”登记制度：… is the term 五证合一、一照 一码", () => {
    const md = [
      "各位代表：",
      "",
      "一、2015年工作回顾",
      "",
      "预计地区生产总值增长 6.6%。",
      "",
      "**《政府工作报告》释义**",
      "",
      "11、地下综合管廊：根据《城市综合管廊工程技术规范》（ GB50838-2015)建于城市地下用于容纳两类及以上城市工程管线的构筑物及附属设施。",
      "",
      "12、“五证合一、一照 一码 ”登记制度：就是把原来企业登记时需要依次申请办理的工商营业执照、组织机构代码证、税务登记证、社保登记证和公安部门刻章准许证明，改为一次申请、由工商部门核发统一社会信用代码营业执照。",
    ].join("\n");
    const r = ingestText("ceshi-2016.md", md);
    expect(r.glossary.map((g) => [g.number, g.term, g.term_display])).toEqual([
      [11, "地下综合管廊", "地下综合管廊"],
      [12, "五证合一、一照 一码", "“五证合一、一照 一码 ”登记制度"],
    ]);
  });
});

describe("an appendix of 民生实事 is body structure, not a glossary", () => {
  it.each([
    ["tests/fixtures/corpus-dev/neimenggu-2023.md", "附件", 4, 43],
    ["tests/fixtures/corpus-dev/chengdu-2020.md", "附件1", 10, 73],
    ["content/raw/shizuishan-2021.md", "附件1", 0, 10],
  ])("%s: %s keeps its groups as headings and its numbered items as paragraphs", (path, title, groups, items) => {
    const doc = ingestFile(path).document;
    const appendix = doc.headings.find((h) => h.text === title)!;
    expect(appendix).toMatchObject({ depth: 2, appendix: true }); // 附件… is read as an appendix by the reader too
    const inside = doc.paragraphs.filter((p) => p.headings[0] === appendix);
    expect(inside).toHaveLength(items);
    expect(inside.every((p) => p.kind === "paragraph" && /^\d+[.．]/.test(p.text))).toBe(true);
    const sub = doc.headings.filter((h) => h.id.startsWith(`${appendix.id}-`) && /^[一二三四五六七八九十]+、/.test(h.text));
    expect(sub).toHaveLength(groups);
  });

  it("keeps an item of the appendix's list a paragraph when it is a task with its figures, though its first sentence has no comma (Zunyi 2014)", () => {
    const text = [
      "遵义市2014年政府工作报告",
      "各位代表：",
      "一、2013年工作回顾",
      "正文。",
      "附件一",
      "遵义市2014年民生实事",
      "一、建成遵义机场快速通道、官井隧道复线工程；完成忠庄、高桥、董公寺等高速公路下线口和13个城区道路交叉口改造；新建中心城区人行天桥3座；建成中心城区公交专用车道46.8公里、港湾站28个、换乘站2个。",
      "二、实施通村油（水泥）路3000公里，建成通车1500公里；完成19个乡镇客运站建设。",
      "三、解决80万农村居民和农村学校师生饮水安全问题，建成蓄水池（水窖）1000个、管网700公里。",
      "四、新建及改造35千伏及以下农村电网380公里，实现农村电网供电可靠率99.9%以上。",
      "五、完成1.6万人生态移民。完成农村危房改造3.6万户。新建廉租房2000套以上。开工建设公租房3万套以上。实施棚户区改造2万户以上。",
      "六、帮助1.8万名失业人员、8500名就业困难人员实现再就业，建成70个乡镇就业和社会保障服务平台。",
    ].join("\n");
    const r = ingestText("zunyi-2014.txt", text);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("五、完成1.6万人生态移民。完成农村危房改造3.6万户。新建廉租房2000套以上。开工建设公租房3万套以上。实施棚户区改造2万户以上。");
    expect(texts).toContain("六、帮助1.8万名失业人员、8500名就业困难人员实现再就业，建成70个乡镇就业和社会保障服务平台。");
    expect(r.document.headings.map((h) => h.text)).not.toContain("五、完成1.6万人生态移民。");
  });

  it("reads 附件1 and 附件2 run on at the end of a paragraph as headings of their own (Zhongshan 2016)", () => {
    const text = [
      "——2016年1月21日在中山市第十四届人民代表大会第七次会议上",
      "中山市人民政府市长 陈良贤",
      "各位代表：",
      "一、坚持共建共享，提升人民群众获得感",
      "继续办好十件民生实事。一是饮水安全工程，二是放心食品工程。",
      "各位代表，新的蓝图已经绘就。让我们加快建设更加美丽中山，再创新辉煌，再谱新篇章！附件1",
      "2016年中山市十件民生实事项目",
      "1．饮水安全工程。改造中心城区陈旧供水管网1万户。",
      "2．放心食品工程。创建食品安全管理示范市场30家。附件2",
      "名词解释",
      "1．“PPP”：是政府和社会资本合作模式。",
      "2．“三规合一”：是指推进三个规划相互协调、相互融合。",
    ].join("\n");
    const r = ingestText("ceshi-2016.txt", text);
    expect(r.document.headings.slice(-4).map((h) => [h.depth, h.text])).toEqual([
      [2, "附件1"],
      [3, "2016年中山市十件民生实事项目"],
      [2, "附件2"],
      [3, "名词解释"],
    ]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("各位代表，新的蓝图已经绘就。让我们加快建设更加美丽中山，再创新辉煌，再谱新篇章！");
    expect(r.document.paragraphs.map((p) => p.text)).toContain("2．放心食品工程。创建食品安全管理示范市场30家。");
    expect(r.glossary.map((g) => g.term)).toEqual(["PPP", "三规合一"]);
    expect(r.warnings.filter((w) => /run on at the end/.test(w.message))).toHaveLength(2);
  });

  it("reads an index of the appendices before them (附件：1、… / 2、注释) as lines of the body, not headings (Yunfu 2018)", () => {
    const text = [
      "——2018年1月17日在云浮市第六届人民代表大会第三次会议上",
      "云浮市市长 王胜",
      "各位代表：",
      "一、2018年工作安排",
      "各位代表，幸福都是奋斗出来的！让我们锐意进取，为决胜全面建成小康社会而努力奋斗！",
      "附件：1、2018年云浮市十件民生实事",
      "2、注释",
      "附件1",
      "2018年云浮市十件民生实事",
      "一、提高山区边远地区学校教师生活补助。将教师生活补助提高到不低于1000元。",
      "附件2",
      "注 释",
      "①四新一特：四新，云计算及信息服务等四个新兴产业；一特，现代特色农业。",
      "②三个一批：签约一批、动工一批、竣工一批。",
    ].join("\n");
    const r = ingestText("ceshi-2018.txt", text);
    expect(r.document.headings.slice(1).map((h) => [h.depth, h.text])).toEqual([
      [2, "附件1"],
      [3, "2018年云浮市十件民生实事"],
      [4, "一、提高山区边远地区学校教师生活补助。"],
      [2, "附件2"],
      [3, "注 释"],
    ]);
    const texts = r.document.paragraphs.map((p) => p.text);
    expect(texts).toContain("附件：1、2018年云浮市十件民生实事");
    expect(texts).toContain("2、注释");
    expect(r.glossary.map((g) => g.term)).toEqual(["四新一特", "三个一批"]);
  });

  it("reads an index of one appendix (附件：2023年拟实施民生实事项目) before that appendix, under 附件： and its title again, as a line of the body (Tieling 2023)", () => {
    const text = [
      "——2023年1月4日在铁岭市第九届人民代表大会第三次会议上",
      "市长 李文飙",
      "各位代表：",
      "二、2023年工作安排",
      "各位代表，党的二十大开启了全面建设社会主义现代化国家新征程，让我们更加紧密团结在以习近平同志为核心的党中央周围，在中共铁岭市委坚强领导下，解放思想、守正创新，奋发有为、勇毅前行，为加快建设美丽幸福新铁岭而努力奋斗！",
      "附件：2023年拟实施民生实事项目",
      "附件：",
      "2023年拟实施民生实事项目",
      "一、强化就业服务。城镇新增就业1.2万人以上，开展职业技能培训1.4万人次。",
      "二、加强社会保障。提升城乡居民养老保险保障水平，由县区财政配比每人每月再提高6元，惠及40万城乡参保居民。",
    ].join("\n");
    const r = ingestText("ceshi-2023.txt", text);
    expect(r.document.headings.slice(1).map((h) => [h.depth, h.text])).toEqual([
      [2, "附件："],
      [3, "2023年拟实施民生实事项目"],
      [4, "一、强化就业服务。"],
      [4, "二、加强社会保障。"],
    ]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("附件：2023年拟实施民生实事项目");
  });

  it("reads the year's list titled with the level of government after the year (2020年市十件民生实事) as an appendix heading after the closing words (Meizhou 2020)", () => {
    const text = [
      "——2020年1月19日在梅州市第七届人民代表大会第七次会议上",
      "梅州市市长 张爱军",
      "各位代表：",
      "2020年工作安排",
      "十、大力发展各项社会事业，更好保障和改善民生",
      "办好十件民生实事。继续加大财力投入，增加学前教育公办学位供给。",
      "各位代表！大道至简，实干为要。实干方能赢得未来。让我们真抓实干，确保实现梅州苏区振兴发展步步高！",
      "2020年市十件民生实事",
      "一、增加学前教育公办学位供给。新增公办幼儿园学位5700个，完成普惠性幼儿园覆盖率达80%以上的目标。",
      "二、健全学前至普通高中各学段生均经费保障制度。全市学前教育生均经费最低标准由每生每年300元提高到400元。",
    ].join("\n");
    const r = ingestText("ceshi-2020.txt", text);
    expect(r.document.headings.slice(-3).map((h) => [h.depth, h.text])).toEqual([
      [2, "2020年市十件民生实事"],
      [3, "一、增加学前教育公办学位供给。"],
      [3, "二、健全学前至普通高中各学段生均经费保障制度。"],
    ]);
  });

  it("reads the report on last year's list after this year's (2017年十件民生实事完成情况) as an appendix heading of its own, not a line of this year's list (Guangzhou 2018)", () => {
    const text = [
      "——2018年1月11日在广州市第十五届人民代表大会第三次会议上",
      "",
      "**广州市市长 温国辉**",
      "",
      "各位代表：",
      "",
      "**一、2017年工作回顾**",
      "",
      "正文。",
      "",
      "**二、2018年工作安排**",
      "",
      "各位代表，新时代要有新气象，更要有新作为。让我们不忘初心，牢记使命，为实现中华民族伟大复兴的中国梦作出新的更大贡献！",
      "",
      "**2018年十件民生实事**",
      "",
      "- 6 就业保障 加强就业服务 全年帮扶就业困难人员再就业6万人，登记失业人员再就业12万人，新增就业20万人以上。",
      "",
      "**2017年十件民生实事完成情况**",
      "",
      "| **序号** | **民生领域** | **完成情况** |",
      "| ------ | ---------- | ---------- |",
      "| **2**  | 就业保障       | **已完成。**<br>（1）2017年全市组织创业培训4079人次。<br>（2）全市城镇新增就业33.35万人。 |",
    ].join("\n");
    const r = ingestText("ceshi-2018.md", text);
    expect(r.document.headings.slice(-2).map((h) => [h.depth, h.text])).toEqual([
      [2, "2018年十件民生实事"],
      [2, "2017年十件民生实事完成情况"],
    ]);
    // Its lines sit under it, no longer under this year's list (whose figures are the plan year's targets).
    const done = r.document.paragraphs.find((p) => p.text === "（2）全市城镇新增就业33.35万人。")!;
    expect(done.headings.map((h) => h.text)).toEqual(["2017年十件民生实事完成情况"]);
  });

  it("reads items numbered （1） in a 民生实事 appendix as paragraphs, as it reads 1． items (Xiangxi 2022)", () => {
    const text = [
      "——2021年12月29日在湘西土家族苗族自治州第十五届人民代表大会第一次会议上",
      "州人民政府州长 龙晓华",
      "各位代表：",
      "一、2022年工作目标任务",
      "继续兴办15件州定民生实事（详见附件），解决好群众急难愁盼的问题。",
      "附 件：",
      "2022年州定15件民生实事",
      "（1）新建城区停车位2250个。",
      "（2）新增天然气用户2万户。",
      "（11）实现新建成交付使用楼盘小区物业管理全覆盖，完成辖区内物业服务小区数据接入州智慧物业管理系统平台；所有老城区小区物业管理达到50%以上，两年内实现全覆盖；开展两次高层居民住宅小区住改商无照经营专项治理。",
      "（12）城镇新增就业2.3万人。",
    ].join("\n");
    const r = ingestText("ceshi-2022.txt", text);
    expect(r.document.headings.slice(-2).map((h) => [h.depth, h.text])).toEqual([
      [2, "附 件："],
      [3, "2022年州定15件民生实事"],
    ]);
    expect(r.document.paragraphs.slice(-4).map((p) => p.text)).toEqual(text.split("\n").slice(-4));
    expect(r.warnings.filter((w) => /breaks the numbering/.test(w.message))).toHaveLength(0);
  });

  it("leaves 附件 inside a sentence alone (…详见附件1。)", () => {
    const text = ["——2016年1月21日在中山市第十四届人民代表大会第七次会议上", "各位代表：", "一、工作安排", "十件民生实事的具体内容详见附件1。"].join("\n");
    const r = ingestText("ceshi-2016.txt", text);
    expect(r.document.headings.some((h) => h.appendix)).toBe(false);
  });

  it("reads 附件2 after it as the glossary, one level below", () => {
    const doc = ingestFile("tests/fixtures/corpus-dev/chengdu-2020.md").document;
    expect(doc.headings.slice(-2).map((h) => [h.depth, h.text])).toEqual([
      [2, "附件2"],
      [3, "名词解释"],
    ]);
  });
});

describe("appendix titles and entry shapes", () => {
  it.each([
    "附：有关情况说明",
    "附：术语解读",
    "附件1",
    "附件2",
    "附件",
    "附 录",
    "附录一：《政府工作报告》名词解释",
    "附件2 名词解释",
    "名词解释",
    "注释",
    "注 释",
    "部分名词注释",
    "名词注解：",
    "《政府工作报告》注释",
    "《政府工作报告》名词术语解释",
    "解释说明",
    "名词解释和说明",
    "名词解释及有关说明",
    "注释与说明",
    "附注：",
  ])("takes “%s” for an appendix heading", (line) => {
    expect(isAppendix(line)).toBe(true);
  });

  it("reads a glossary titled with a note in parentheses after the year's 民生实事 (Shizuishan 2022)", () => {
    const text = [
      "2022年测试市政府工作报告",
      "——2021年12月28日在测试市第十五届人民代表大会第一次会议上",
      "市人民政府代市长 张三",
      "各位代表：",
      "一、过去五年工作回顾",
      "坚决守住“三个不发生”底线，“9+3”重点产业蓬勃发展。",
      "各位代表，新时代赋予新使命，新征程激发新作为。让我们振奋精神、担当实干，加快谱写美丽测试市新篇章而不懈奋斗！",
      "2022年十件民生实事",
      "1.实施城乡居民养老金提标行动，基础养老金提高到每月215元，提升居民养老保障水平。",
      "2.实施助老扶弱关爱行动，为特定群体购买意外保险、开展助学帮扶，提升困难群众基本生活保障水平。",
      "名词注释（按报告中出现顺序排列）",
      "1.三个不发生：不发生二代病例、不发生医护人员感染、不发生死亡病例。",
      "2.“9+3”重点产业：电子信息、新型材料、绿色食品、清洁能源、葡萄酒、枸杞、奶产业、肉牛肉羊、生态工业文化旅游九个重点产业，智能制造、锂电池、聚酰胺三个产业园。",
    ].join("\n");
    const r = ingestText("ceshi-2022.txt", text);
    expect(r.document.headings.slice(-2)).toMatchObject([
      { text: "2022年十件民生实事", depth: 2 },
      { text: "名词注释（按报告中出现顺序排列）", depth: 2 },
    ]);
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [1, "三个不发生"],
      [2, "9+3"],
    ]);
    expect(isAppendix("说明（一）")).toBe(false);
  });

  it("keeps the note in parentheses on its own line under the glossary's title as a paragraph, with no warning (Shizuishan 2023: 名词注释 / （按报告中出现顺序排列）)", () => {
    const text = [
      "2023年测试市政府工作报告",
      "——2023年1月7日在测试市第十五届人民代表大会第二次会议上",
      "市人民政府市长 张三",
      "各位代表：",
      "一、2022年工作回顾",
      "全力打好稳经济保增长促发展“七大战役”。",
      "各位代表，实干成就梦想，奋斗创造未来。让我们为全面建设社会主义现代化美丽测试市而团结奋斗！",
      "附件2",
      "名词注释",
      "（按报告中出现顺序排列）",
      "1.稳经济保增长促发展“七大战役”：政策落实速度战、经济运行阵地战、扩大内需攻坚战。",
      "2.六权改革：用水权、土地权、用能权、排污权、山林权、碳排放权。",
    ].join("\n");
    const r = ingestText("ceshi-2023.txt", text);
    expect(r.glossary.map((g) => [g.number, g.term])).toEqual([
      [1, "七大战役"],
      [2, "六权改革"],
    ]);
    expect(r.document.paragraphs.map((p) => p.text)).toContain("（按报告中出现顺序排列）");
    expect(r.warnings.map((w) => w.message).filter((m) => m.includes("not a glossary entry"))).toEqual([]);
  });

  it("reads the year's 民生实事 after a glossary as an appendix of its own, not sections of the glossary (Yinchuan 2019: 2019年市政府为民办10件实事)", () => {
    const text = [
      "2019年测试市政府工作报告",
      "——2019年1月9日在测试市第十五届人民代表大会第三次会议上",
      "测试市人民政府市长 张三",
      "各位代表：",
      "一、2018年工作回顾",
      "狠抓“三转一高”工作落实。",
      "各位代表！让我们为实现“两个率先”目标而努力奋斗，以优异成绩迎接中华人民共和国成立70周年！",
      "相关用语说明",
      "1.“三转一高”：转理念、转方式、转作风，推动高质量发展。",
      "2.“两个率先”：在全区率先全面建成小康社会、率先开启全面建设社会主义现代化国家新征程。",
      "2019年市政府为民办10件实事",
      "1.实施老旧供热管网更新改造工程",
      "主要内容：对市辖三区500万平方米老旧小区15年以上供热管网进行更新改造。",
      "2.实施低收入家庭子女高等教育就学救助",
      "主要内容：对市辖三区符合条件的低收入家庭子女分学年给予高等教育阶段就学救助。",
    ].join("\n");
    const r = ingestText("ceshi-2019.txt", text);
    expect(r.document.headings.slice(-2)).toMatchObject([
      { text: "相关用语说明", depth: 2 },
      { text: "2019年市政府为民办10件实事", depth: 2 },
    ]);
    expect(r.glossary.map((g) => g.term)).toEqual(["三转一高", "两个率先"]);
    expect(r.markdown).toContain("\n1.实施老旧供热管网更新改造工程\n");
    expect(r.markdown).not.toMatch(/^#+ \d+\./m);
  });

  it.each(["附近村庄全部通水。", "说明", "注释工作全面完成，群众满意度提高。", "附件材料已印发各位代表，请一并审议。", "解释和说明工作全面完成。"])("keeps “%s” in the body", (line) => {
    expect(isAppendix(line)).toBe(false);
  });

  it("tells a glossary title from an appendix that does not say what follows", () => {
    expect(["名词解释", "附录一：《政府工作报告》名词解释", "附：有关情况说明", "注 释", "名词解释和说明", "附注："].map(isGlossaryTitle)).toEqual([true, true, true, true, true, true]);
    expect(["附件1", "附 录", "附录二：《政府工作报告》数据汇总表（一）"].map(isGlossaryTitle)).toEqual([false, false, false]);
  });

  it("reads a glossary title labelled 资料： as one labelled 附： (Hangzhou 2012)", () => {
    expect(isGlossaryTitle("资料：《政府工作报告》名词解释（按报告中出现顺序排列）")).toBe(true);
    expect(isAppendix("资料：《政府工作报告》名词解释（按报告中出现顺序排列）")).toBe(true);
    // The label names no glossary by itself, nor is a sentence about material one.
    expect(["资料：", "资料：2011年统计公报", "资料解释工作全面完成。"].map(isGlossaryTitle)).toEqual([false, false, false]);
  });

  it.each([
    ["1.“三大攻坚战”：防范化解重大风险。", 1, "“三大攻坚战”", "："],
    ["1、河长制：由各级党政主要负责人担任河长。", 1, "河长制", "："],
    ["9．“双减”：减轻学生负担。", 9, "“双减”", "："],
    ["（12）五水共治：统筹治理饮用水源。", 12, "五水共治", "："],
    ["［3］“五新”战略任务：是省第十三次党代会提出的。", 3, "“五新”战略任务", "："],
    ["[4]VR:即虚拟现实。", 4, "VR", ":"],
    // Enshi 2023 (注 释): entries numbered in tortoise-shell brackets, as its text marks the terms (`“十大行动”〔2〕`).
    ["〔2〕“十大行动”：路网建设行动、管网更新行动、景观提升行动。", 2, "“十大行动”", "："],
    ["〔28〕GEP：即生态系统生产总值。", 28, "GEP", "："],
    ["专精特新“小巨人”企业：指业绩良好的企业。", null, "专精特新“小巨人”企业", "："],
  ])("reads the entry %s", (line, n, term, sep) => {
    const e = parseGlossaryLine(line)!;
    expect(e).toMatchObject({ n, term, sep });
    expect(`${term}${sep}${e.definition}`).toBe(line.replace(/^(?:\d+[.．、]|（\d+）|［\d+］|\[\d+\]|〔\d+〕)/, ""));
  });

  it("reads a term set off by a space when its definition says what it means, and a term the Markdown sets in bold", () => {
    expect(parseGlossaryLine("1．六稳 指稳就业、稳金融、稳外贸。")).toMatchObject({ n: 1, term: "六稳", sep: " ", definition: "指稳就业、稳金融、稳外贸。" });
    expect(parseGlossaryLine("3．一停二拆三修复 “停”指停建。“拆”指拆除。")).toMatchObject({ n: 3, term: "一停二拆三修复", definition: "“停”指停建。“拆”指拆除。" });
    expect(parseGlossaryLine("加快发展 推动经济指标稳中有进。")).toBeNull();
    expect(parseGlossaryLine("①五州战略：指建设绿色繁荣、开放包容的自治州。")).toMatchObject({ n: 1, term: "五州战略" });
    expect(parseGlossaryLine("⑩六城同创：指同时创建六个城市品牌。")).toMatchObject({ n: 10, term: "六城同创" });
    // Kunming 2022: `附件1` / `**名词解释**` / `**1．六稳** 指…` — the bold opening is the term, whatever follows it.
    const md = [
      "---",
      "title: 2022年测试市政府工作报告",
      "---",
      "",
      "——2022年1月10日在测试市第一届人民代表大会第一次会议上",
      "",
      "测试市市长 张三",
      "",
      "各位代表：",
      "",
      "一、2021年工作回顾",
      "",
      "全市地区生产总值增长3.7%。",
      "",
      "**附件1**",
      "",
      "**名词解释**",
      "",
      "**1．六稳** 指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。",
      "",
      "**2．两线** 湖泊生态廊道线及环湖公路线。",
      "",
      "**3．“放管服”**：简政放权、放管结合、优化服务。",
      "",
      // Foshan 2024: a bold that ends inside the quotation cuts no term; the line is read by its colon.
      "**[4] “**一**点两地”全新定位：**要使粤港澳大湾区成为“新发展格局的战略支点”。",
    ].join("\n");
    const r = ingestText("ceshi-2022.md", md);
    expect(r.glossary.map((g) => [g.term_display, g.definition])).toEqual([
      ["六稳", "指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。"],
      ["两线", "湖泊生态廊道线及环湖公路线。"],
      ["“放管服”", "简政放权、放管结合、优化服务。"],
      ["“一点两地”全新定位", "要使粤港澳大湾区成为“新发展格局的战略支点”。"],
    ]);
    expect(r.warnings.filter((w) => /glossary entry|numbering/.test(w.message))).toEqual([]);
  });

  it("reads a term whose quotation holds a space up to its colon, not up to the space (Zhongshan 2014: 村级换届选举“两个 80% ”)", () => {
    expect(parseGlossaryLine("12．村级换届选举“两个 80% ”：是指村（社区）党组织书记、村（居）委会主任“一肩挑”比例要达80%，村（社区）两委班子成员“交叉任职”比例要达80%。", true)).toMatchObject({
      n: 12,
      term: "村级换届选举“两个 80% ”",
      sep: "：",
      definition: "是指村（社区）党组织书记、村（居）委会主任“一肩挑”比例要达80%，村（社区）两委班子成员“交叉任职”比例要达80%。",
    });
    // A space outside the quotation still sets a term off (`10.135 绿色战略：…`, the same appendix).
    expect(parseGlossaryLine("10.135 绿色战略：“1”是指围绕创建国家森林城市这一目标。", true)).toMatchObject({ n: 10, term: "135 绿色战略" });
  });

  it("reads a term set in black lenticular brackets, its definition right after them (Lanzhou 2025, 有关词语解释)", () => {
    expect(parseGlossaryLine("【两新】即新一轮大规模设备更新和消费品以旧换新。")).toMatchObject({ n: null, term: "【两新】", sep: " ", definition: "即新一轮大规模设备更新和消费品以旧换新。" });
    expect(parseGlossaryLine("【“三未”土地】即批而未供、供而未用、用而未尽的土地。")).toMatchObject({ term: "【“三未”土地】" });
    // A colon further on is the definition's: the bracket ends the term.
    expect(parseGlossaryLine("【三清理三拆除三整治一美化】三清理：即清理村巷道和房前屋后的积存垃圾。")).toMatchObject({ term: "【三清理三拆除三整治一美化】", definition: "三清理：即清理村巷道和房前屋后的积存垃圾。" });
    // A number in those brackets is the entry's number, no term.
    expect(parseGlossaryLine("【3】两新：即设备更新和以旧换新。")).toMatchObject({ n: 3, term: "两新" });
    const md = [
      "---",
      "title: 测试市人民政府工作报告（2025）",
      "---",
      "",
      "政府工作报告",
      "",
      "——2025年1月11日在测试市第十七届人民代表大会第五次会议上",
      "",
      "测试市市长 张三",
      "",
      "各位代表:",
      "",
      "一、2024年工作回顾",
      "",
      "全市地区生产总值增长5%。",
      "",
      "---",
      "",
      "**有关词语解释**",
      "",
      "【1139工作部署】即市委十四届七次全会对兰州发展作出的部署，聚焦一个奋斗目标。",
      "",
      "【“十个兰州”建设】即市委十四届九次全会提出，要聚焦建设“实力兰州、创新兰州”深化改革。",
      "",
      "【“开口子”项目】即在高速公路上新增出入口或对现有服务设施进行改扩建的项目 。",
      "",
      "【三清理三拆除三整治一美化】三清理：即清理村巷道和房前屋后的积存垃圾。三拆除：即拆除违章建筑。",
    ].join("\n");
    const r = ingestText("ceshi-2025.md", md);
    expect(r.glossary.map((g) => [g.term, g.term_display, g.definition])).toEqual([
      ["1139工作部署", "【1139工作部署】", "即市委十四届七次全会对兰州发展作出的部署，聚焦一个奋斗目标。"],
      ["十个兰州", "【“十个兰州”建设】", "即市委十四届九次全会提出，要聚焦建设“实力兰州、创新兰州”深化改革。"],
      ["开口子", "【“开口子”项目】", "即在高速公路上新增出入口或对现有服务设施进行改扩建的项目 。"],
      // The parts its definition explains are no entries of their own.
      ["三清理三拆除三整治一美化", "【三清理三拆除三整治一美化】", "三清理：即清理村巷道和房前屋后的积存垃圾。三拆除：即拆除违章建筑。"],
    ]);
    expect(r.warnings.filter((w) => /glossary entry/.test(w.message))).toEqual([]);
  });

  it("reads a term whose bold ends inside its lenticular brackets by the brackets, no 】 opening its definition (Lanzhou 2026: **【“三高”企业**】即…)", () => {
    const md = [
      "---",
      "title: 测试市人民政府工作报告（2026）",
      "---",
      "",
      "**政府工作报告**",
      "",
      "——2026年1月20日在测试市第十七届人民代表大会第六次会议上",
      "",
      "测试市市长 张三",
      "",
      "各位代表:",
      "",
      "**一、2025年工作回顾**",
      "",
      "全市地区生产总值增长5%。",
      "",
      "**有关词语解释**",
      "",
      "**【三未土地】**即批而未供、供而未用、用而未尽的土地。",
      "",
      "**【“三高”企业**】即高技术、高成长性、高附加值企业。",
      "",
      "【**红色物业**】即以党建为引领，开展高质量专业化物业服务的物业模式。",
    ].join("\n");
    const r = ingestText("ceshi-2026.md", md);
    expect(r.glossary.map((g) => [g.term, g.definition])).toEqual([
      ["三未土地", "即批而未供、供而未用、用而未尽的土地。"],
      ["三高", "即高技术、高成长性、高附加值企业。"],
      ["红色物业", "即以党建为引领，开展高质量专业化物业服务的物业模式。"],
    ]);
  });

  it("reads a numbered term set off by a space whatever its definition opens with, in a glossary appendix (Kunming 2011)", () => {
    expect(parseGlossaryLine("5.四创两争 创建“国家园林城市”、“国家卫生城市”。", true)).toMatchObject({ n: 5, term: "四创两争", sep: " ", definition: "创建“国家园林城市”、“国家卫生城市”。" });
    expect(parseGlossaryLine("8.543倍增计划 昆明市除主城四区及呈贡县以外的9个县（市）区，以2007年为基础。", true)).toMatchObject({ n: 8, term: "543倍增计划" });
    expect(parseGlossaryLine("7.一、二、三板块 为促进区域协调发展，根据经济社会发展水平。", true)).toMatchObject({ n: 7, term: "一、二、三板块" });
    // A colon inside the definition ends no term: the space before it does.
    expect(parseGlossaryLine("20.九大工程 指优先发展服务经济的九项主要任务，具体是：实施国际金融业集聚工程。")).toMatchObject({ n: 20, term: "九大工程", definition: "指优先发展服务经济的九项主要任务，具体是：实施国际金融业集聚工程。" });
    expect(parseGlossaryLine("4.四环十七射 （1）四环：指二环、三环、绕城高速内环和绕城高速外环。", true)).toMatchObject({ n: 4, term: "四环十七射", definition: "（1）四环：指二环、三环、绕城高速内环和绕城高速外环。" });
    // Outside a glossary appendix, or unnumbered, a spaced line needs a definition that says what it means.
    expect(parseGlossaryLine("5.四创两争 创建“国家园林城市”、“国家卫生城市”。")).toBeNull();
    expect(parseGlossaryLine("加快发展 推动经济指标稳中有进。", true)).toBeNull();
    const md = [
      "---",
      "title: 2011年测试市政府工作报告",
      "---",
      "",
      "——2011年1月11日在测试市第十三届人民代表大会第一次会议上",
      "",
      "测试市市长 张三",
      "",
      "各位代表：",
      "",
      "一、“十一五”工作回顾",
      "",
      "全市地区生产总值增长12.7%。",
      "",
      "**附件：**",
      "",
      "**名词解释**",
      "",
      "1.都市型现代农业“4210”工程 通过5年左右的努力，把昆明初步打造成农产品信息物流中心。",
      "",
      "2.家电下乡 指顺应农民消费升级的新趋势，运用财政、贸易政策。",
      "",
      "4.四环十七射 （1）四环：指二环、三环、绕城高速内环和绕城高速外环。",
      "",
      "5.四创两争 创建“国家园林城市”、“国家卫生城市”、“国家环保模范城市”和“全国文明城市”。",
      "",
      "20.九大工程 指优先发展服务经济的九项主要任务，具体是：实施国际金融业集聚工程、国际物流枢纽建设工程。",
      "",
      "23.一湖四片 以滇池为中心，建设北城（现在的主城）、东城（呈贡）、南城（晋城和新街）、西城（昆阳和海口）。",
    ].join("\n");
    const r = ingestText("ceshi-2011.md", md);
    expect(r.glossary.map((g) => [g.number, g.term_display])).toEqual([
      [1, "都市型现代农业“4210”工程"],
      [2, "家电下乡"],
      [4, "四环十七射"],
      [5, "四创两争"],
      [20, "九大工程"],
      [23, "一湖四片"],
    ]);
    expect(r.glossary[4]!.definition).toBe("指优先发展服务经济的九项主要任务，具体是：实施国际金融业集聚工程、国际物流枢纽建设工程。");
  });

  it("reads an unnumbered glossary's terms set off by a space or closed by a quotation mark, whatever the definition opens with (Hangzhou 2012)", () => {
    expect(parseGlossaryLine("一基地四中心 2010年国务院批准实施《长江三角洲地区区域规划》。", true, true)).toMatchObject({ n: null, term: "一基地四中心", sep: " ", definition: "2010年国务院批准实施《长江三角洲地区区域规划》。" });
    expect(parseGlossaryLine("“阳光屋顶”指利用建筑和构筑物表面，加装太阳能电池组件。", true)).toMatchObject({ n: null, term: "“阳光屋顶”", sep: " ", definition: "指利用建筑和构筑物表面，加装太阳能电池组件。" });
    expect(parseGlossaryLine("文化建设“八项工程”指文化引领、文化研究、文化精品8项工程。", true)).toMatchObject({ term: "文化建设“八项工程”" });
    // Outside a glossary appendix, or before an unnumbered entry was read, neither is an entry.
    expect(parseGlossaryLine("一基地四中心 2010年国务院批准实施《长江三角洲地区区域规划》。", true)).toBeNull();
    expect(parseGlossaryLine("“阳光屋顶”指利用建筑和构筑物表面，加装太阳能电池组件。")).toBeNull();
    const md = [
      "---",
      "title: 2012年测试市政府工作报告",
      "---",
      "",
      "各位代表：",
      "",
      "一、2011年工作回顾",
      "",
      "全市实现生产总值7011.8亿元，增长10.1%。",
      "",
      "资料：《政府工作报告》名词解释（按报告中出现顺序排列）",
      "",
      "万村千乡市场工程 “千乡”指在农村乡镇一级建设乡镇连锁超市。“万村”指在村一级延伸发展村级连锁便利店。",
      "",
      "一基地四中心 2010年国务院批准实施《长江三角洲地区区域规划》，明确城市功能。",
      "",
      "“双低”养老保险 低标准缴费、低标准享受基本养老保险。",
      "",
      "“十城千辆”指由科技部、财政部于2009年启动，每个城市推出1000辆新能源汽车开展示范运行。",
      "",
      "文化建设“八项工程”指文化引领、文化研究、文化精品8项工程。",
    ].join("\n");
    const r = ingestText("ceshi-2012.md", md);
    expect(r.glossary.map((g) => g.term_display)).toEqual(["万村千乡市场工程", "一基地四中心", "“双低”养老保险", "“十城千辆”", "文化建设“八项工程”"]);
    expect(r.figures.filter((f) => f.value === 1000)).toEqual([]);
  });

  it("reads a numbered term closed by a full stop, its definition after it, in a glossary appendix (Zunyi 2022: 名词注解, 1.“六个精准”。扶贫对象精准…)", () => {
    expect(parseGlossaryLine("1.“六个精准”。扶贫对象精准、项目安排精准、资金使用精准、措施到户精准、因村派人精准、脱贫成效精准。", true)).toMatchObject({ n: 1, term: "“六个精准”", sep: "。", definition: "扶贫对象精准、项目安排精准、资金使用精准、措施到户精准、因村派人精准、脱贫成效精准。" });
    expect(parseGlossaryLine("6.基本普及十五年教育。“十五年”指学前三年、小学六年、初中三年、普通高中或职业高中三年。", true)).toMatchObject({ n: 6, term: "基本普及十五年教育" });
    // Outside a glossary appendix, unnumbered, or a sentence with a comma before its stop, it is no entry.
    expect(parseGlossaryLine("1.“六个精准”。扶贫对象精准、项目安排精准。")).toBeNull();
    expect(parseGlossaryLine("“六个精准”。扶贫对象精准、项目安排精准。", true)).toBeNull();
    expect(parseGlossaryLine("2.开展职业技能培训2万人次，城镇新增就业10万人。转移农村劳动力就业9万人。", true)).toBeNull();
    const md = [
      "---",
      "title: 测试市政府工作报告（2022年1月6日 张三）",
      "---",
      "",
      "（2022年1月6日在测试市第六届人民代表大会第一次会议上）",
      "",
      "市长 张三",
      "",
      "各位代表：",
      "",
      "一、2021年工作回顾",
      "",
      "全年完成地区生产总值4169.9亿元、增长10.3%。",
      "",
      "名词注解",
      "",
      "1.“六个精准”。扶贫对象精准、项目安排精准、资金使用精准、措施到户精准、因村派人精准、脱贫成效精准。",
      "",
      "2.“五个一批”。发展生产脱贫一批、易地搬迁脱贫一批、生态补偿脱贫一批、发展教育脱贫一批、社会保障兜底脱贫一批。",
      "",
      "6.基本普及十五年教育。“十五年”指学前三年、小学六年、初中三年、普通高中或职业高中三年。",
      "",
      "53.“三医”联动。医疗、医保、医药改革联动。",
      "",
      "60.“三公”经费。因公出国（境）经费、公务车购置及运行费、公务招待费。",
    ].join("\n");
    const r = ingestText("ceshi-2022.md", md);
    expect(r.glossary.map((g) => [g.number, g.term_display, g.definition])).toEqual([
      [1, "“六个精准”", "扶贫对象精准、项目安排精准、资金使用精准、措施到户精准、因村派人精准、脱贫成效精准。"],
      [2, "“五个一批”", "发展生产脱贫一批、易地搬迁脱贫一批、生态补偿脱贫一批、发展教育脱贫一批、社会保障兜底脱贫一批。"],
      [6, "基本普及十五年教育", "“十五年”指学前三年、小学六年、初中三年、普通高中或职业高中三年。"],
      [53, "“三医”联动", "医疗、医保、医药改革联动。"],
      [60, "“三公”经费", "因公出国（境）经费、公务车购置及运行费、公务招待费。"],
    ]);
  });

  it("takes a colon after a number for its full stop only before a term and its colon (13：“五端”发力：…)", () => {
    expect(parseGlossaryLine("13：“五端”发力：从服务端、政策端、项目端、基层端、政企端五个方面发力。")).toMatchObject({ n: 13, term: "“五端”发力", sep: "：" });
    expect(splitEntryNumber("8:30开始办理业务。").n).toBeNull();
    expect(splitEntryNumber("3:2:1的比例安排资金。").n).toBeNull();
  });

  it("reads a term alone on its line, numbered or not, and no row of figures", () => {
    expect(parseTermLine("1.“放管服”")).toMatchObject({ n: 1, term: "“放管服”", sep: "" });
    expect(parseTermLine("“放管服”：")).toMatchObject({ n: null, term: "“放管服”", sep: "：" });
    expect(parseTermLine("序号 指标 单位 2011年 2016年")).toBeNull();
    expect(parseTermLine("现在，我代表市人民政府向大会报告工作。")).toBeNull();
  });
});

describe("the year's list of 民生 projects after the closing words (Jiujiang 2016)", () => {
  const text = [
    "2016年测试市政府工作报告",
    "2016年1月31日在测试市第十四届人民代表大会第七次会议上",
    "市长 张三",
    "各位代表：",
    "一、2015年工作回顾",
    "地区生产总值增长9%。",
    "二、2016年工作任务",
    "地区生产总值增长10%左右。",
    "各位代表！新常态赋予新使命，新征程承载新梦想。让我们凝心聚力，为全面建成小康而努力奋斗！",
    "测试市2016年重大民生工程",
    "1.新增城镇就业5.42万人。",
    "2.新增农村劳动力转移就业5.52万人。",
    "3.建立社区残疾人康复档案，为困难残疾人发放生活补贴，为重度残疾人发放护理补贴。",
    "4.新建市森林博物馆。",
    "5.实施“百姓剧场”大型公益性文化活动。",
  ].join("\n");

  it("titles an appendix whose short items stay paragraphs, not headings of the last part", () => {
    const { markdown } = ingestText("ceshi-2016.txt", text);
    expect(markdown).toContain("\n## 测试市2016年重大民生工程\n");
    expect(markdown).not.toMatch(/^#+ \d+\./m);
    expect(markdown).toContain("\n4.新建市森林博物馆。\n");
  });

  it("is no appendix inside the body, before the closing words", () => {
    expect(isAppendix("测试市2016年重大民生工程")).toBe(false);
  });

  it("titled 为民实事, after an address to the deputies that closes on an exclamation (Xi'an 2025)", () => {
    const closing = "各位代表！风劲好扬帆，奋斗正当时。让我们更加紧密地团结在以习近平同志为核心的党中央周围，为全市人民交上一份满意的答卷！";
    const xian = text
      .replace("各位代表！新常态赋予新使命，新征程承载新梦想。让我们凝心聚力，为全面建成小康而努力奋斗！", closing)
      .replace("测试市2016年重大民生工程", "测试市2016年为民实事");
    const r = ingestText("ceshi-2016.txt", xian);
    expect(r.document.headings.at(-1)).toMatchObject({ text: "测试市2016年为民实事", depth: 2 });
    // Not after a paragraph that only opens with the address.
    const mid = xian.replace(closing, "各位代表！我们要坚定信心。");
    expect(ingestText("ceshi-2016.txt", mid).document.headings.some((h) => h.text === "测试市2016年为民实事" && h.depth === 2)).toBe(false);
  });
});

describe("a glossary whose terms lost their opening lenticular bracket (Lanzhou 2024: 六大六小】“六大”即…)", () => {
  it("reads the closing bracket as the end of the term and its separator, nothing lost", () => {
    expect(parseGlossaryLine("六大六小】“六大”即轨道交通2号线工程。“六小”即天水路中段拓宽改造项目。", true)).toMatchObject({
      n: null,
      term: "六大六小",
      sep: "】",
      definition: "“六大”即轨道交通2号线工程。“六小”即天水路中段拓宽改造项目。",
    });
    // Outside a glossary appendix a 】 ends no term.
    expect(parseGlossaryLine("六大六小】“六大”即轨道交通2号线工程。")).toBeNull();
    const text = [
      "政府工作报告",
      "——2024年1月10日在测试市第十七届人民代表大会第四次会议上",
      "测试市市长 张三",
      "各位代表:",
      "一、2023年工作回顾",
      "全市生产总值增长4.2%。",
      "有关词语解释",
      "市委“1139”工作部署】即市委十四届七次全会对测试发展作出的部署。",
      "项目“双进”】即项目引进、项目推进。",
      "六大六小】“六大”即轨道交通2号线工程。“六小”即天水路中段拓宽改造项目。",
    ].join("\n");
    const r = ingestText("ceshi-2024.txt", text);
    expect(r.glossary.map((g) => [g.term, g.term_display, g.definition])).toEqual([
      ["1139", "市委“1139”工作部署", "即市委十四届七次全会对测试发展作出的部署。"],
      ["双进", "项目“双进”", "即项目引进、项目推进。"],
      ["六大六小", "六大六小", "“六大”即轨道交通2号线工程。“六小”即天水路中段拓宽改造项目。"],
    ]);
    expect(r.markdown).toContain("**六大六小**】“六大”即轨道交通2号线工程。");
    expect(r.warnings.filter((w) => /glossary entry/.test(w.message))).toEqual([]);
  });
});
