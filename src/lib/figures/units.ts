import type { UnitFamily } from "../schema/metric.ts";

/**
 * The unit of a price index on the previous year (`居民消费价格指数控制在103左右`: 103, the previous year = 100), which
 * the text leaves unwritten: a percentage of the previous year's level, the same aim as a rise of 3%.
 */
export const INDEX_UNIT = "（上年=100）";

/** Units and measure words that may follow a number, with the families they belong to. */
const BASE_UNITS: Record<string, UnitFamily[]> = {
  "%": ["percent"],
  "％": ["percent"],
  个百分点: ["points"],
  // Points of a rate per mille (`出生率下降5个千分点`, State Council 1993): a change of no indicator the vocabulary counts in
  // percentage points.
  个千分点: [],
  千分点: [],
  // Basis points of an interest rate (`一般贷款加权平均利率同比下降30个基点`, Zhuzhou 2025): hundredths of a point, a change
  // of no indicator the vocabulary counts, and no count of things (个).
  个基点: [],
  基点: [],
  个工作日: ["days"],
  // A span of months (`去化周期缩短至12个月`), not a count of things.
  个月: ["months"],
  天: ["days"],
  日: ["days"],
  倍: ["multiple"],
  元: ["yuan"],
  // An amount a month (`基本养老金由1540元/月提高到1756元/月`): no yearly amount, so no indicator counted in yuan.
  "元/月": [],
  // So is an amount a head a month (`城市低保平均保障标准达467元/人·月`).
  "元/人·月": [],
  "元/人/月": [],
  "元/月·人": [],
  // An amount a household (`特困户建房补助资金提高到4万元/户`, Xiangtan 2016): a rate of aid, no amount of the place's, so of
  // no family the indicators are counted in, and no `/户` dropped from the unit.
  "元/户": [],
  // An amount a head (`全员劳动生产率16万元/人以上`): yuan, of what each one makes or earns.
  "元/人": ["yuan"],
  // So is an amount a head a year, its year written (`农村、城市居民最低生活保障标准分别提高到5060元/人/年、1055元/人/月`,
  // Shigatse 2022): one unit, no `/年` left over to open the next figure's label.
  "元/人/年": ["yuan"],
  "元/人·年": ["yuan"],
  // Written the year first (`今年农村低保标准提高100元/年·人`, Hohhot 2016): the same unit, no `·人` left over.
  "元/年·人": ["yuan"],
  // So is an amount a person-year (`全员劳动生产率达到10.5万元/人年`, Chongqing 2008): one unit, the figure its own, not
  // left out of the list of levels a later `分别增长4.4倍和1.3倍` goes back to.
  "元/人年": ["yuan"],
  // An amount a year, its year written (`城乡低保平均标准分别从2020年的645元/月、4318元/年提高到2025年的801元/月、7226元/年`,
  // Guizhou 2026): one unit, no `/年` left over to open the next figure's label.
  "元/年": ["yuan"],
  // Foreign trade and investment are counted in US dollars (`实际利用外资8亿美元以上`).
  美元: ["dollars"],
  // Other foreign currencies (`启动实施投资5.6亿欧元的华晨宝马扩能`, Shenyang 2010): amounts of their own, of no family the
  // vocabulary's indicators are counted in, not a bare magnitude.
  欧元: [],
  港元: [],
  "‰": ["permille"],
  人次: ["person_times"],
  // Rides on buses or trains, each counted (`公交客运量1.2亿乘次`): person-times.
  乘次: ["person_times"],
  // Doses or kits, by the person (`接种疫苗100万人份`): a count, no people.
  人份: ["count"],
  // Person-years of work (`全市R&D人员全时当量达到3000人年`, Shizuishan 2022): a measure of labour of its own, no people.
  人年: [],
  人: ["people"],
  名: ["people", "count"],
  户: ["households", "count"],
  // Households or firms served, counted each time (`惠及市场主体超12万户次`): a count, not of households.
  户次: ["count"],
  // Schools built or extended, counted each time (`新建、改扩建中小学和幼儿园7536所次`, Guangxi 2024): a count, no 次 left over.
  所次: ["count"],
  // Firms helped, counted each time (`市级政策性金融工具帮助9300家次企业融资超过800亿元`, Foshan 2026): a count, no 次 left
  // over to open the next figure's label.
  家次: ["count"],
  // Matters handled, counted each time (`12345市民热线…全年共为民服务1200万件次`, Jinan 2023): a count, no 次 left over.
  件次: ["count"],
  // Commendations or items, counted each time (`获国务院、省政府真抓实干督查激励100项次`, Chenzhou 2021): a count, no 次
  // left over as the figure's label.
  项次: ["count"],
  亩: ["area"],
  平方米: ["area"],
  // Square metres as commonly written (`新建安置区30个570万平米`, `人均公园绿地面积…16.57平米`, Yinchuan 2017).
  平米: ["area"],
  // Square metres written with the exponent raised (`竣工商品房面积413万米²`, `人均公共绿地面积7.5米²`, Nanchang 2006): an
  // area, no length in metres with a stray ² left to open the next figure's label.
  "米²": ["area"],
  // Square metres and kilometres written in symbols, the exponent as a digit or raised (`房屋征拆56万m2`, `人均公园绿地面积
  // 达到9.2m2`, `综合治理水土流失面积92.8km2`, Xiangtan 2016): an area, no magnitude alone with `m2` left to open the next
  // figure's label, and no figure lost.
  m2: ["area"],
  "m²": ["area"],
  km2: ["area"],
  "km²": ["area"],
  平方公里: ["area"],
  公顷: ["area"],
  公里: ["length"],
  千米: ["length"],
  米: ["length"],
  // Metres of a bridge's length, counted along its spans (`全市新建改建农村公路400公里、桥梁3000延米`, Xinyang 2014): one
  // unit, no figure lost for a 延 the reader did not know; of no family the indicators are counted in (`改造农村公路危桥
  // 6000延米`, Nanyang 2014: bridges, no length of road).
  延米: [],
  // The same, spelt out, of a ditch (`改造村内道路62.5公里、排水沟1.5万延长米`, Shuangyashan 2016).
  延长米: [],
  吨: ["weight"],
  // A weight of standard coal, the measure of energy used (`万元生产总值综合能耗降到1.02吨标准煤以下`, Shanghai 2005;
  // `减少能源消耗8万吨标准煤`): one unit, whose 标准煤 names no product a plant makes (`60万吨甲醇`) and whose bound
  // (`以下`) follows it. A weight still, so it sizes the firms after it (`年耗能5000吨标准煤以上企业`).
  吨标准煤: ["weight"],
  // So is its short form (`万元GDP能耗1.1吨标煤`, Guyuan 2016; `腾出用地5万亩、用能120万吨标煤`).
  吨标煤: ["weight"],
  // A daily capacity (`新增污水处理能力30万吨/日`, `40万吨/天`): a rate, of no family the vocabulary's indicators are counted in.
  "吨/日": [],
  "吨/天": [],
  // So is a daily capacity of water (`新增供水能力10万立方米/日、新增污水处理能力15万吨/日`, Zhengzhou 2020): a rate, whose
  // `/日` is the unit's, no word of the next figure's label.
  "立方米/日": [],
  "立方米/天": [],
  // A yearly capacity (`哈密400万吨/年煤制油、1500万吨/年煤炭分质分级利用项目`, Xinjiang 2025): a rate too, no tonnage.
  "吨/年": [],
  // So is a yearly capacity of vehicles (`汽车整车生产能力达140万辆/年`, Guangdong 2011): a rate, no count of vehicles.
  "辆/年": [],
  // A rate per hundred thousand (`孕产妇死亡率、婴儿死亡率、5岁以下儿童死亡率分别控制在16/10万、6‰、9‰以内`, Wenshan 2021):
  // the base after the slash is the unit's, no figure of its own, and of no family the indicators are counted in.
  "/10万": [],
  公斤: ["weight"],
  // A yield per mu (`粮食单产达到493.5公斤/亩`, Jilin 2017): a rate of the land, no weight of the place's output, and of no
  // family the indicators are counted in.
  "公斤/亩": [],
  "斤/亩": [],
  "千克/亩": [],
  // A kilogram as written (`度电排放二氧化碳0.13千克`): one unit, no magnitude 千 before a measure the text lacks.
  千克: ["weight"],
  // A content by the kilogram (`土壤有机质平均含量28克/千克`): a concentration, of no family the indicators are counted in.
  "克/千克": [],
  斤: ["weight"],
  // Tobacco is bought by the picul (`收购烟叶161万担`).
  担: ["weight"],
  千瓦时: ["power"],
  // A battery plant's capacity in hundred-million watt-hours (`新敏雅150亿瓦时高能比电芯…等项目开工建设`, Hengyang 2020): one
  // unit, energy as 千瓦时 is, no bare 亿 whose 瓦时 opens the label; before the product it names the plant, as `60万吨甲醇` does.
  亿瓦时: ["power"],
  // The same written out (`发电量六千一百八十亿千瓦小时`, State Council 1991): energy, no capacity in 千瓦 before a word 小时.
  千瓦小时: ["power"],
  // Electricity in kilowatt-hours as commonly written (`发电量6465亿度`).
  度: ["power"],
  千瓦: ["power"],
  千伏安: ["power"],
  // Batteries' output in kilovolt-ampere-hours (`淘汰落后产能…蓄电池17.5万千伏安时、造纸4.2万吨`, Shaoguan 2016): energy, as
  // 千瓦时 is, no figure lost for want of a unit and no label run into the next item's.
  千伏安时: ["power"],
  兆瓦: ["power"],
  // Gigawatts and gigawatt-hours, a plant's capacity as written in Chinese (`单晶硅37.5吉瓦，动力及储能电池32.5吉瓦时`, Xining
  // 2022): power and energy as 兆瓦 and 千瓦时 are, no figure lost for want of a unit.
  吉瓦: ["power"],
  吉瓦时: ["power"],
  // The same by their Latin symbols, and megawatts so (`建成产能累计达150GWh，全年生产动力电池70GWh`, Yibin 2023; `200MW光伏`):
  // power and energy as 吉瓦 and 兆瓦 are, no figure lost as a code for want of a unit (see readUnit).
  GW: ["power"],
  GWh: ["power"],
  MW: ["power"],
  MWh: ["power"],
  // A boiler's capacity in tonnes of steam an hour (`完成“煤改气”、低氮锅炉改造265蒸吨`, Xining 2022): a measure of its own, of
  // no family the indicators are counted in, no figure lost for want of a unit.
  蒸吨: [],
  // Freight turnover in tonne-kilometres (`完成货运周转量1613.6亿吨公里`, Hohhot 2016): a measure of its own, no weight.
  吨公里: [],
  // Computing power in floating-point operations a second (`算力规模4.4万PFLOPS`, `算力规模突破21万PFLOPS`, Zhongwei 2025):
  // a measure of its own, of no family the indicators are counted in, not a bare 万 with `PFLOPS` left in the label.
  PFLOPS: [],
  EFLOPS: [],
  // The same written short, P for PFLOPS (`智能算力突破7000P`, `智能算力达12000P`, Anhui 2024; not before a Latin letter or a
  // digit, see readUnit); a bandwidth (`出省带宽达4.5万Gbps`, Guizhou 2023) and a store of data (`高质量行业数据集规模达200TB`,
  // Anhui 2024): measures of their own, no figure lost for want of a unit, nor a bare 万 with the letters left in the label.
  P: [],
  Gbps: [],
  Tbps: [],
  Mbps: [],
  TB: [],
  PB: [],
  立方米: ["volume"],
  // Cubic metres written short (`争取年内煤成气产量达到18亿立方`, Lvliang 2020): the same volume, no bare 亿 with 立方 left in
  // the label.
  立方: ["volume"],
  // A flow (`抽排能力490立方米/秒`), another quantity than a volume.
  "立方米/秒": ["volume"],
  // A road network's density (`城市建成区路网密度从2015年的8.14公里/平方公里提高到9.16公里/平方公里`, Sanming 2021): a
  // figure of its own, no length.
  "公里/平方公里": [],
  // So is it a hundred square kilometres (`路网密度达到42.4公里/百平方公里`, Hohhot 2016): one unit, no length.
  "公里/百平方公里": [],
  // So is an output a square kilometre of land (`单位建设用地二、三产业增加值由1.22亿元/平方公里提高到2.37亿元/平方公里`,
  // Guangdong 2011): one unit, no amount of yuan, and no `/平方公里` left over to open the next figure's label.
  "元/平方公里": [],
  // So is an amount a mu of land, the investment, output or tax of a development zone (`全市开发区投资强度340.3万元/亩，
  // 产出强度97.7万元/亩`, Shuozhou 2020; `产出强度达到200万元/亩以上`, Jinzhong 2021): one unit, no amount of yuan, and no
  // `/亩` left between the figure and its bound.
  "元/亩": [],
  // Duct-kilometres of a communications conduit (`新建通信管道300管孔公里`): the length of each bore added up, a figure
  // of its own, no length of a road or a line.
  管孔公里: [],
  // A concentration in the air (`PM2.5平均浓度稳定在27.7微克/立方米以内`): the mass of a pollutant a cubic metre of air holds.
  "微克/立方米": ["concentration"],
  // The same written in symbols (`市区PM2.5平均浓度50μg/m3、下降11.8%`, Xuzhou 2021), the exponent as a digit or raised.
  "μg/m3": ["concentration"],
  "μg/m³": ["concentration"],
  // Liquor by the kilolitre (`支持茅台酒6600千升`); a litre alone is not read (`由第10升至第5` is no volume).
  千升: ["volume"],
  // Cubic metres as commonly written after a magnitude (`天然气产能达到21亿方`).
  方: ["volume"],
  场次: ["count"],
  场: ["count"],
  // Pitches and courts (`新建改建多功能运动场96片`).
  片: ["count"],
  个: ["count"],
  家: ["count"],
  所: ["count"],
  锭: ["count"],
  座: ["count"],
  条: ["count"],
  列: ["count"],
  项: ["count"],
  件: ["count"],
  辆: ["count"],
  套: ["count"],
  类: ["count"],
  // Kinds, at the end of their clause or before a bound (`集采药品、医用耗材分别达到423种、14类`, Guangyuan 2024): a count;
  // not 种植, 种子, 种类 … (see readUnit).
  种: ["count"],
  // Copies of a book or a certificate, at the end of their clause or before a bound (`发放权属证书13.6万本`, Guigang 2025):
  // a count; not 本地, 本级 … (see readUnit).
  本: ["count"],
  台: ["count"],
  // Models and products by the kind (`力争“荆门造”车型增至5款、产能30万辆以上`, Jingmen 2023): a count, no number left
  // unread with 款 in the next figure's label; not 款项, 款式 … (see readUnit).
  款: ["count"],
  // Machines and their sets counted as one (`年产8台套连续压机生产线`, `设备9.4万台套`), as 台（套） is.
  台套: ["count"],
  批: ["count"],
  // Rounds of a thing given out or held (`发放消费券17轮、拉动消费3.3亿元`, Yangjiang 2023): a count, no number left unread
  // in the next figure's label; only at the end of its clause or before a bound (see readUnit).
  轮: ["count"],
  // Payments, loans or deals, each one counted (`“亲清在线”平台累计兑付资金9.6万笔、135.5亿元`, Zhengzhou 2026): a count, no
  // bare magnitude whose 笔 opens the next figure's label.
  笔: ["count"],
  // Samples tested, by the batch (`年完成抽检500批次以上`).
  批次: ["count"],
  处: ["count"],
  // Wells, ponds and biogas digesters (`新建沼气池2.42万口`, `打井50口`); not a port, a calibre or a mask (see readUnit).
  口: ["count"],
  // Wells and springs by the eye (`完成1.62万眼机井…`, Wuwei 2025); not 眼光, 眼界 … (see readUnit).
  眼: ["count"],
  // Telephone lines of an exchange (`新增…程控电话交换机222万门`); not 门 opening a word (see readUnit).
  门: ["count"],
  张: ["count"],
  床: ["count"],
  头: ["count"],
  只: ["count"],
  // Livestock of both kinds counted as one, cattle by the head and sheep by the 只 (`牧业年度牲畜存栏1243万头只`,
  // Hulunbuir 2025), as 头（只） is: no 只 in the label.
  头只: ["count"],
  // Fish by the tail (`大鲵发展到212万尾、商品蔬菜基地达到31.5万亩`, `新增大鲵60万尾`, Zhangjiajie 2018): a count, no bare 万
  // whose 尾 opens the next figure's label; not 尾矿, 尾气, 尾水 … (see readUnit).
  尾: ["count"],
  // Trees planted (`义务植树84万株`, `植树30万棵以上`) and mushroom logs (`食用菌3000万袋`).
  株: ["count"],
  棵: ["count"],
  // Potted flowers by the pot (`补植乔灌木21.5万株、花卉172万盆`, Fushun 2025) and mushroom logs by the section (`食用菌、中药材、
  // 山野菜规模稳定在2亿段、100万亩和28万亩`): a count, not a bare 万 or 亿 with the word lost; 段 only after a magnitude, at
  // the end of its clause or before a bound (see readUnit).
  盆: ["count"],
  段: ["count"],
  // Cut flowers by the stem (`新增花卉大棚2100个，实现年产量2.5亿枝`, Guiyang 2008): a count, not a bare 亿 with 枝 lost.
  枝: ["count"],
  // Teeth, seeds or satellites by the piece (`为6-9岁儿童免费开展牙齿窝沟封闭1万颗`, Taiyuan 2023); not 颗粒 (see readUnit).
  颗: ["count"],
  // Trademarks, medals or stamps by the piece (`新培育中国驰名商标1枚、四川省著名商标4枚、四川名牌产品10个`, Neijiang 2014): a
  // count, each figure its own, no bare number whose 枚 opens the next figure's label.
  枚: ["count"],
  袋: ["count"],
  // Mushroom logs by the stick (`新增食用菌1.47亿棒`), bee colonies (`养殖中蜂8.5万群`; not 群众, 群体: see readUnit) and
  // vaccine doses (`接种新冠病毒疫苗328万剂次`).
  棒: ["count"],
  群: ["count"],
  剂次: ["count"],
  剂: ["count"],
  // Samples by the tube (`核酸日检测能力达到18万管`); not 管理, 管道 … (see readUnit).
  管: ["count"],
  羽: ["count"],
  重量箱: ["count"],
  // Plate glass by the weight case, 量 left out (`浮法玻璃产量达到3350万重箱`, Benxi 2021): a count, as 重量箱 is, no bare 万 with
  // 重箱 read into the label.
  重箱: ["count"],
  // Containers by the twenty-foot equivalent (`集装箱吞吐量1150万标准箱`, `完成68万标箱`).
  标准箱: ["count"],
  标箱: ["count"],
  // Big cases: containers by the forty-foot box (`陆港年周转集装箱达到1.3万大箱`, Guizhou 2023), cigarettes by the case of
  // 50,000 (`卷烟产能６０万大箱`, Bijie 2016): a count, no bare 万 with 大箱 read into the label.
  大箱: ["count"],
  // Beehives (`中华蜂饲养量2.3万箱`).
  箱: ["count"],
  // Cases and parcels of land (`解决土地历史遗留问题57宗`, `出让标准地17宗1322亩`).
  宗: ["count"],
  // Plots, villages-in-the-city and pitches by the piece (Yangzhou 2015: `整治“城中村”15块、老小区60万平方米`): a count, no
  // 15块 left in the next figure's label; not 块状, 块钱 … (see readUnit).
  块: ["count"],
  // Cases and accidents (`破获各类刑事案件34292起`, `发生生产安全事故120起`): not a word of its own (see readUnit).
  起: ["count"],
  篇: ["count"],
  // Books and volumes (`送戏下乡520场、电影2.89万场、图书11.1万册`, Xuzhou 2014).
  册: ["count"],
  // Papers, forms and samples by the copy (`实现企业开办审批材料不超过7份、环节不超过4个`, Changsha 2020): a count, its cap a
  // figure of its own, not lost with its 份 read into the next figure's label.
  份: ["count"],
  部: ["count"],
  栋: ["count"],
  // Buildings by the 幢, as by the 栋 (`市区完成220处庭院改善、1050幢房屋整治`, Hangzhou 2008).
  幢: ["count"],
  // Pairs (`新增外国领事馆1家、国际友城3对`, Sichuan 2010; `开通4对旅游品牌列车`); a preposition or a word of its own
  // elsewhere (see readUnit).
  对: ["count"],
  间: ["count"],
  次: ["count"],
  // Sessions of a programme or issues of a column (`组织在线访谈7期、新闻发布活动205场`, Yichun 2016), read only at the end
  // of its clause (see readUnit).
  期: ["count"],
  艘: ["count"],
  架: ["count"],
  // Trips of ships, planes or trains counted with their number (`游艇出海近16万艘次`, `起降航班3万架次`), no ships.
  艘次: ["count"],
  架次: ["count"],
  车次: ["count"],
  // Freight wagons, after the trains that carried them (`发运国际货运班列498列1.71万车`, Gansu 2022); only at the end of its
  // clause or before a bound, elsewhere 车 opens a word (`10万车辆`, `3车道`: see readUnit).
  车: ["count"],
  // Vehicles counted each time they pass (`累计通关车辆119.91万辆次`, Kizilsu 2026): a count, no 次 left over in the label.
  辆次: ["count"],
  // Vehicles or machines counted each time they are tested or used (`测试车辆2604台次`, Hulunbuir 2025), no machines.
  台次: ["count"],
  // Land served, counted each time (`社会化服务面积130万亩次以上`, Hulunbuir 2025): no area of land, so of no family the
  // vocabulary's indicators are counted in.
  亩次: [],
  盏: ["count"],
  // Cases screened, treated or operated on (`新生儿缺陷筛查27万多例`, Ningxia 2025): a count, no bare 万 whose 例 is lost;
  // only at the end of its clause or before a bound (see readUnit).
  例: ["count"],
  // Bottles of a product (`年产葡萄酒1.38亿瓶`, Ningxia 2023): a count, no bare magnitude; not 瓶颈, 瓶装 (see readUnit).
  瓶: ["count"],
  // Teams by the 支 (`建立基层应急队伍30支、物资储备点112个`, Jiuquan 2025); not 支 opening a word (see readUnit).
  支: ["count"],
  // A life span (`人均预期寿命达到78.2岁`), read only after 寿命 (see readUnit): elsewhere a 岁 is an age bound of a
  // group of people (`60岁以上老年人`), no quantity of the place.
  岁: ["years"],
  // Years of schooling (`劳动年龄人口平均受教育年限提高0.5年`, Changchun 2017; `人均受教育年限达到11.7年`), read only after
  // 受教育年限 (see readUnit): elsewhere a number before 年 is a year or a span of years, no quantity of the place.
  年: ["years"],
  [INDEX_UNIT]: ["percent"],
};

/**
 * How far before a unit the word that makes it one may be written: the 寿命 a 岁 measures (`人均预期寿命由2015年的74.6岁提高到
 * 76.8岁`, and the second of two, `男女人均预期寿命已分别达到72.8岁和77.1岁`), the 当量 of person-years (`全时当量达到3000人年`).
 */
const UNIT_CUE_REACH = 24;

/** Magnitudes written between the number and the unit (`853万人次`, `70亿元`, `9千亿元`), with their factors. */
const MAGNITUDES: Record<string, number> = { 万亿: 1e12, 千亿: 1e11, 百亿: 1e10, 千万: 1e7, 百万: 1e6, 亿: 1e8, 万: 1e4, 千: 1e3, 百: 1e2 };

/** Whether a unit is a magnitude alone, with no measure after it (`万`, `亿`: `2.2万农村贫困人口`). */
export const isMagnitude = (unit: string): boolean => Object.hasOwn(MAGNITUDES, unit);

const BASES = Object.keys(BASE_UNITS).sort((a, b) => b.length - a.length);
/** The bases by their first character, in the order of {@link BASES}: a number is followed by few of them. */
const BASES_BY_FIRST = new Map<string, string[]>();
for (const base of BASES) BASES_BY_FIRST.set(base[0]!, [...(BASES_BY_FIRST.get(base[0]!) ?? []), base]);
const MAGS = ["", ...Object.keys(MAGNITUDES).sort((a, b) => b.length - a.length)];

/**
 * Measure words that count only at the end of their clause or before a bound (see readUnit): wagons (`498列1.71万车。`; not
 * `10万车辆`, `3车道`, `2车间`); sections of mushroom logs (`2亿段、`; not `3万段路`); kinds (`分别达到423种、14类`, Guangyuan 2024; not
 * `45.8万亩种植`, `3种子`); sessions
 * (`组织在线访谈7期、新闻发布活动205场`, Yichun 2016; not a phase of a work, `2期工程`, `6期56项`, `3期间`); cases (`筛查27万多例，`;
 * not `3例如`, `10例外`); copies of a book or a certificate (`发放权属证书13.6万本`, Guigang 2025; not `10万本地居民`); rounds
 * (`发放消费券17轮、拉动消费3.3亿元`, Yangjiang 2023; not `3轮驱动`, `2轮胎`).
 */
const AT_END_ONLY: ReadonlySet<string> = new Set(["车", "种", "期", "例", "本", "段", "轮"]);

/**
 * The unit written at `at` (magnitude and base, longest match: `万千瓦`, `个工作日`, `%`), or null. The full-width
 * percent sign (`9.6％`) is given as `%`, so that figures compare, chart and filter as one unit (the quote keeps the
 * text as written); the two have one length, so positions in the text hold.
 */
export function readUnit(text: string, at: number): string | null {
  let best: string | null = null;
  for (const mag of MAGS) {
    if (!text.startsWith(mag, at)) continue;
    for (const base of BASES_BY_FIRST.get(text.charAt(at + mag.length)) ?? []) {
      // 度 is electricity only after a magnitude (`6465亿度`); alone it is an angle or a temperature (`25度以下坡地`).
      if (base === "度" && !mag) continue;
      // 方 is a cubic metre only after a magnitude (`21亿方`); alone it is a side or a party (`3方协议`).
      if (base === "方" && !mag) continue;
      // 段 counts mushroom logs only after a magnitude (`2亿段`); alone it is a section of a road named by its number
      // (`省道541（南四环至国道310段）`, Zhengzhou 2022).
      if (base === "段" && !mag) continue;
      const unit = mag + base;
      // 台 before 阶 is a step, no machine (`迈上5万亿台阶`): the magnitude alone is the unit.
      if (base === "台" && text.startsWith("阶", at + unit.length)) continue;
      // 岁 is a life span only with 寿命 shortly before it in the sentence (`人均寿命达到76.8岁，提高3.5岁`).
      if (base === "岁" && !/寿命[^。；;！？]*$/.test(text.slice(Math.max(0, at - UNIT_CUE_REACH), at))) continue;
      // 年 is years of schooling only with 受教育年限 shortly before it in the clause (`平均受教育年限提高0.5年`), no magnitude,
      // and not a calendar year there (`由2015年的9.25年提高到…`): else it is a year or a span of years, as before (a term of
      // years a rule sets is none: `医保最低缴费年限减至15年`).
      if (
        base === "年" &&
        (mag !== "" ||
          !/受教育年限[^。；;！？，,]*$/.test(text.slice(Math.max(0, at - UNIT_CUE_REACH), at)) ||
          /(?:1[89]|20)\d\d\s*$/.test(text.slice(Math.max(0, at - 6), at)) ||
          /^(?:[的度初末底中前后内间代]|以来)/.test(text.slice(at + 1, at + 3)))
      )
        continue;
      // 蒸吨 before the boilers it sizes is their class, no amount (`淘汰10蒸吨及以下燃煤锅炉`, `对65蒸吨以上供暖及生产性企业
      // 燃煤锅炉进行脱硫脱硝改造`, Hohhot 2016; `主城区35蒸吨、县域10蒸吨以下工业燃煤锅炉全面取缔`, Anqing 2019): no unit, as
      // before; a capacity done is one (`低氮锅炉改造265蒸吨`, Xining 2022).
      if (base === "蒸吨" && /^[^，。；;！？]{0,16}锅炉/.test(text.slice(at + mag.length + 2, at + mag.length + 20))) continue;
      // P is PFLOPS only where no Latin letter or digit goes on after it (`12000P，`; not `PM2.5`, `P2P`).
      if (base === "P" && /^[A-Za-z0-9.]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // So are watts by their Latin symbols (`150GWh，`; not `5MWP`, `2GWe`).
      if (/^[GM]Wh?$/.test(base) && /^[A-Za-z0-9.]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 人年 is person-years only with 当量 shortly before it (`R&D人员全时当量达到3000人年`); else 年 opens the next words
      // (`新增就业1万人年均…`).
      if (base === "人年" && !/当量[^。；;！？，,]*$/.test(text.slice(Math.max(0, at - UNIT_CUE_REACH), at))) continue;
      // 口 before 岸, 径, 罩 or 人 is a word of its own (`3口岸`, `500万口罩`, `三口人`): the magnitude alone is the unit.
      if (base === "口" && /^[岸径罩人]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 起 before 草, 步, 来 … is a word of its own (`3起草`, `100起步价`): the magnitude alone is the unit.
      if (base === "起" && /^[草步来到点飞航始止码诉源义]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 管 before 理, 道, 网 … is a word of its own (`3管齐下`, `10万管理人员`): the magnitude alone is the unit.
      if (base === "管" && /^[理道网控护委线廊住辖用制齐]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 门 before 户, 类, 槛 … is a word of its own (`3门类`, `10万门诊人次`): the magnitude alone is the unit.
      if (base === "门" && /^[户类槛诊票店面前口窗卫楼]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 家 before 庭, 属 or 长 is the families or the people the number counts (`惠及3万多家庭`, Qinghai 2025; `10万家长`),
      // no firms: the magnitude alone is the unit. Not 长 opening 长者, the elderly a home is for (`新建50家长者照护之家`,
      // Shanghai 2016: 50 homes).
      if (base === "家" && /^(?:[庭属]|长(?!者))/.test(text.slice(at + unit.length, at + unit.length + 2))) continue;
      // 眼 before 光, 界, 睛 … is a word of its own (`3眼光`): the magnitude alone is the unit.
      if (base === "眼" && /^[光界睛前下里中神看泪镜角球科]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 人 before 制, no magnitude between, is the size of a side a pitch or a court is made for (`建成250个社区健身路径或3人制
      // 篮球场`, Guizhou 2026; `5人制足球场`), no people counted: the number has no unit.
      // So is 人 opening 人防, civil air defence, before the works it names (`1206、1213人防工程竣工`, Shaoyang 2016: works
      // named by their numbers); not 人 before 防汛, the people who fight a flood (`组织2000人防汛抢险`).
      if (base === "人" && !mag && /^(?:制|防(?:工程|设施))/.test(text.slice(at + unit.length, at + unit.length + 3))) continue;
      // 对 counts pairs only at the end of its clause, before a bound, or before the twinned cities, the trains or the flights
      // it pairs (`国际友城3对`, `2对以上`, `15对国际友好城市`, `4对旅游品牌列车`); elsewhere it is a preposition or opens a
      // word of its own (`1对1帮扶`, `30个对口支援项目`): the magnitude alone is the unit.
      // So are the couples it counts, named a few words on (`为全市农村符合生育政策的2万对计划怀孕夫妇（含流动人口）提供免费孕前优生
      // 健康检查`, Wuhan 2012).
      if (base === "对" && !/^(?:[，。、；,;：:）)]|$|以[上下]|左右|多|余|国际|友好|友城|姐妹|旅游|列车|航班|城市)/.test(text.slice(at + unit.length, at + unit.length + 2)) && !/^[^，。、；,;：:\d０-９]{0,8}夫[妇妻]/.test(text.slice(at + unit.length, at + unit.length + 10))) continue;
      // Some words count only at the end of their clause or before a bound; elsewhere they open a word of their own and the
      // magnitude alone is the unit ({@link AT_END_ONLY}).
      if (AT_END_ONLY.has(base) && !/^(?:[，。、；,;：:）)]|$|以[上下]|左右|多|余)/.test(text.slice(at + unit.length, at + unit.length + 2))) continue;
      // 期 before 、 and the number of another phase is a phase of a work, as `2期工程` is, no sessions counted (`四川时代3期、5期
      // 及时代吉利一期项目建成投产`, Yibin 2023): the magnitude alone is the unit.
      if (base === "期" && !mag && /^、\d+期/.test(text.slice(at + unit.length))) continue;
      // 支 before 持, 出, 付 … is a word of its own (`10亿元支持`, `3万支出`): the magnitude alone is the unit.
      if (base === "支" && /^[持出付撑柱援配取线部点流教农干]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 块 before 状, 钱, 头 … is a word of its own (`3块状经济`, `10块钱`): the magnitude alone is the unit.
      if (base === "块" && /^[状钱头儿]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 款 before 项, 式 or 额 is a word of its own (`3款项`): the magnitude alone is the unit.
      if (base === "款" && /^[项式额]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 瓶 before 颈 or 装 is a word of its own (`3瓶颈`, `500万瓶装水`): the magnitude alone is the unit.
      if (base === "瓶" && /^[颈装]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 颗 before 粒 is a word of its own (`PM2.5颗粒物`): the magnitude alone is the unit.
      if (base === "颗" && text.startsWith("粒", at + unit.length)) continue;
      // 尾 before 矿, 气, 水 … is a word of its own (`3尾矿库`, `10万尾气`): the magnitude alone is the unit.
      if (base === "尾" && /^[矿气水款声号数部巴端砂渣菜]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      // 群 before 众 or 体 is the people the number counts (`180万群众`): the magnitude alone is the unit.
      if (base === "群" && /^[众体]/.test(text.slice(at + unit.length, at + unit.length + 1))) continue;
      if (text.startsWith(unit, at) && (best === null || unit.length > best.length)) best = unit;
    }
    if (mag && best === null) best = mag;
  }
  return best?.replace("％", "%") ?? null;
}

/** The base unit and factor of a written unit: `万人` → 人 × 10⁴; `%` → % × 1. */
export function unitScale(unit: string): { base: string; factor: number } {
  for (const mag of MAGS.slice(1)) {
    const base = unit.slice(mag.length);
    if (unit.startsWith(mag) && base in BASE_UNITS) return { base, factor: MAGNITUDES[mag]! };
  }
  return { base: unit, factor: 1 };
}

/**
 * Bases that count one thing within a family: where an indicator counts people, `名` and `人` are each a person
 * (`1047名贫困人口全部脱贫` against `1049人稳定脱贫`). Outside it, a 名 may rank (`前10名`), so the two stay apart.
 */
const SAME_IN_FAMILY: Partial<Record<UnitFamily, Readonly<Record<string, string>>>> = { people: { 名: "人" } };

/** {@link unitScale}, with the base written as its family's one spelling ({@link SAME_IN_FAMILY}). */
function scaleIn(unit: string, family?: UnitFamily): { base: string; factor: number } {
  const { base, factor } = unitScale(unit);
  return { base: (family && SAME_IN_FAMILY[family]?.[base]) ?? base, factor };
}

/**
 * Whether two written units are one unit at different magnitudes, and so compare once scaled: `万人` and `人`,
 * `亿元` and `万元`; not `户` and `人`, `名` and `人` (what a 名 counts is the sentence's to say, unless `family`, the
 * family of the indicator both figures state, says it: `people`), `%` and `个百分点`.
 */
export function sameQuantity(a: string, b: string, family?: UnitFamily): boolean {
  return a === b || scaleIn(a, family).base === scaleIn(b, family).base || indexAndPercent(a, b);
}

/** An index on the previous year and a change in percent: 103（上年=100） is a rise of 3%. */
const indexAndPercent = (a: string, b: string) => (a === INDEX_UNIT && b === "%") || (a === "%" && b === INDEX_UNIT);

/**
 * A figure's numbers written in another magnitude of its unit ({@link sameQuantity}, in `family` if given):
 * `12389` `人` in `万人` is `1.2389`.
 */
export function inUnit<F extends { value: unknown; min: number | null; max: number | null; unit: string }>(figure: F, unit: string, family?: UnitFamily): F {
  if (figure.unit === unit) return figure;
  if (!sameQuantity(figure.unit, unit, family)) throw new Error(`cannot write ${figure.unit} as ${unit}`);
  if (indexAndPercent(figure.unit, unit)) {
    // 103（上年=100） is +3%; 下降0.3% is 99.7（上年=100）: a signed number either way, no direction left to apply.
    const fall = (figure as { direction?: unknown }).direction === "down";
    const shift = (n: number | null) =>
      n === null ? null : Math.round((figure.unit === INDEX_UNIT ? n - 100 : 100 + (fall ? -n : n)) * 1e9) / 1e9;
    const value = typeof figure.value === "number" ? shift(figure.value) : figure.value;
    return { ...figure, value, min: shift(figure.min), max: shift(figure.max), unit, ...("direction" in figure ? { direction: null } : {}) };
  }
  const k = unitScale(figure.unit).factor / unitScale(unit).factor;
  const scale = (n: number | null) => (n === null ? null : Math.round(n * k * 1e9) / 1e9);
  return { ...figure, value: typeof figure.value === "number" ? scale(figure.value) : figure.value, min: scale(figure.min), max: scale(figure.max), unit };
}

/** The value in base units (`1.4` `万人` → 14000), for charts that compare figures written with other magnitudes. */
export function baseValue(value: number, unit: string): number {
  const { factor } = unitScale(unit);
  return Math.round(value * factor * 1e6) / 1e6;
}

/** The families of a written unit (`万户` → households, count; `:` → ratio); empty when unknown. */
export function familiesOf(unit: string): UnitFamily[] {
  if (unit === ":") return ["ratio"];
  return BASE_UNITS[unitScale(unit).base] ?? [];
}

/** Units that count things named after them (`38个贫困村`, `2076名建档立卡贫困人口`): measure words. */
export function isMeasureWord(unit: string): boolean {
  const families = familiesOf(unit);
  return families.some((f) => f === "count" || f === "people" || f === "households" || f === "person_times");
}
