"""Figures in Chinese copy: 4.87亿元 -> 487000000 yuan, 21.24万余人 -> 212400 persons "more than",
约600个项目 -> 600 projects "about", 近三年 is a span of time (not a figure).

The unit is the noun the number counts, read after its measure word (个, 家, 名, 所 …) or, in the
"帮扶项目72个" order, just before the number. Only nouns in ``NOUNS`` make a figure: "8大板块" or
"3年" are not what an analyst tracks, and a figure with an unknown noun would be a guess.
"""

from __future__ import annotations

import re
from decimal import Decimal

from .mention import Mention
from .nouns_zh import unit_after, unit_before
from .spans import in_book_title

DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = {"万": 10**4, "亿": 10**8}

# noun (longest first when matching) -> unit in the gold vocabulary
NOUNS = {
    "元": "yuan",
    "人民币": "yuan",
    "人币": "yuan",  # "拟捐200万人币" (Hong Kong papers' short form)
    # other currencies, as the English side names them ("HK$", "MOP", "US$")
    "港元": "HK dollars",
    "港币": "HK dollars",
    "澳门元": "patacas",
    "澳门币": "patacas",
    "澳元": "Australian dollars",
    "美元": "dollars",
    "人次": "persons",
    "人口": "persons",
    "人": "persons",
    "群众": "persons",
    "儿女": "persons",  # "900万毕节各族儿女": a people, by its sons and daughters
    "农牧民": "persons",
    "牧民": "persons",
    "农民": "persons",
    "村民": "persons",
    "居民": "persons",
    "职工": "persons",
    "员工": "persons",
    "干部": "persons",
    "人才": "persons",
    "教师": "persons",
    "医生": "persons",
    "学生": "persons",
    # people by who they are: "30万浙商", "5万多移民", "80万湖北游客", "36万多务工人员"
    "人员": "persons",
    "人数": "persons",
    "移民": "persons",
    "游客": "persons",
    "农民工": "persons",
    "浙商": "persons",
    "闽商": "persons",
    "粤商": "persons",
    "苏商": "persons",
    "鲁商": "persons",
    "劳动力": "persons",
    "农村劳动力": "persons",  # not 农 + 村 (villages)
    "贫困户": "households",
    "商户": "merchants",
    "户": "households",
    "项目": "projects",
    "工程": "projects",  # "76个援建工程": works built, counted as projects
    "企业": "enterprises",
    "公司": "enterprises",
    "协议": "agreements",
    "合同": "agreements",
    "贫困村": "villages",
    "村": "villages",
    "嘎查": "villages",  # Inner Mongolia's villages
    "乡镇": "towns",
    "街道": "towns",
    "镇区": "towns",  # "全市25个镇区": Zhongshan's towns and districts
    "社区": "communities",
    "社会组织": "organisations",
    "团组": "groups",  # "互访15个团组": delegations
    "学校": "schools",
    "高中": "schools",  # "11所职业高中"
    "初中": "schools",
    "中小学": "schools",  # "在察县39所中小学": the schools, not the county before them
    "高校": "universities",  # higher education: 30 of 47 annotated counts say universities
    "高等院校": "universities",
    "医院": "hospitals",
    "医疗机构": "hospitals",
    "贫困县": "counties",
    "县市区": "counties",  # "11个县市区": the city's counties, county-level cities and districts
    "市县": "counties",
    "县": "counties",
    "新区": "districts",
    "镇": "towns",
    "中心": "centers",
    "基地": "bases",
    "场馆": "venues",
    "景区": "scenic areas",
    "图书": "books",
    "书籍": "books",
    "专列": "trains",
    "列车": "trains",
    "救护车": "ambulances",
    "卫生室": "clinics",
    "诊所": "clinics",
    "鸡蛋": "eggs",
    "树木": "trees",
    "航线": "routes",
    "包机": "flights",
    "航班": "flights",
    "商超": "supermarkets",
    "超市": "supermarkets",
    "餐厅": "restaurants",
    "餐馆": "restaurants",
    "面馆": "restaurants",  # "330多家陕西面馆和餐厅"
    "民宿": "homestays",
    "茶苗": "seedlings",
    "口罩": "masks",
    "机构": "institutions",  # "300家社会工作服务机构": not firms
    "树苗": "seedlings",
    "种苗": "seedlings",
    "苗木": "seedlings",
    "区": "districts",  # only right after the number: "10县1区", not "3个示范区"
    "产业园区": "parks",
    "产业园": "industrial parks",  # "69个产业园"
    "园区": "parks",
    "车间": "workshops",
    "产品": "products",
    "部门": "departments",
    "亩": "mu",
    "公里": "kilometers",
    "KM": "kilometers",  # "全长5.08KM": the Latin abbreviation
    "km": "kilometers",
    "里": "li",  # "相距8000多里": half-kilometres, said of a distance (only right after the number)
    "千米": "kilometers",
    "吨": "tonnes",
    "公斤": "kilograms",
    "千克": "kilograms",
    "斤": "jin",  # "30万斤": a market weight of half a kilogram
    "货车": "trucks",
    "省区市": "provinces",
    "省(市)": "provinces",
    "省（市）": "provinces",
    "省(区)": "provinces",
    "省（区）": "provinces",
    "计划单列市": "cities",
    "地(市)": "cities",  # "对口支援西藏7个地(市)": Tibet's prefectures and cities
    "地（市）": "cities",
    "设区市": "cities",
    "省": "provinces",  # only right after the number: "9个省"
    "市": "cities",  # only right after the number: "5个市"
    "省区": "provinces",
    "指标": "indicators",
    "省市": "provinces",  # "13个省市结对帮扶": the eastern provinces and cities, counted as provinces
    "省份": "provinces",
    "州(市)": "prefectures",
    "州（市）": "prefectures",
    "州市": "prefectures",
    "地州": "prefectures",
    "市州": "prefectures",
    "地级市": "cities",
    "城市": "cities",
    "卫生院": "health centers",
    "居民楼": "buildings",  # "170幢居民楼": the blocks, no residents counted
    "卫生服务中心": "health centers",  # "5家社区卫生服务中心"
    "商会": "chambers of commerce",
    "培训班": "training classes",
    "新技术": "technologies",
    "技术": "technologies",
    "技术人员": "persons",  # "19个专业技术人员": people, not techniques
    "央企": "enterprises",
    "合作社": "cooperatives",
    "农民合作社": "cooperatives",  # "20家农民合作社": the co-operatives, not the farmers
    "大棚": "greenhouses",
    "商协会": "associations",
    "服务器": "servers",
    "病床": "beds",
    "单位": "units",
    "幼儿园": "kindergartens",
    "住房": "houses",
    "定居房": "houses",
    "安置房": "houses",
    "地(州)市": "prefectures",
    "地（州）市": "prefectures",
    "地州市": "prefectures",
    "结对市": "cities",  # "10个结对市": the paired cities
    "结对县": "counties",
    "团场": "regiments",
    "地市": "cities",
    "帮扶市": "cities",  # "13个帮扶市": the cities that help
    "受援市": "cities",
    "地级以上市": "cities",
    "县区": "counties",
    "区县": "counties",
    "自治州": "prefectures",
    "省(区、市)": "provinces",
    "省（区、市）": "provinces",
    "服务站": "stations",
    "客车": "vehicles",
    "车辆": "vehicles",
    "意向书": "agreements",
    "合作书": "agreements",
    "岗位": "jobs",
    "医疗队": "medical teams",
    "工作队": "teams",
    "病人": "patients",
    "患者": "patients",
    "手术": "operations",
    "床位": "beds",
    "师": "divisions",  # only right after the number: "兵团的12个师"
    "平方公里": "square kilometers",
    "平方米": "square meters",
    "立方米": "cubic meters",  # "年供水1.5亿立方米": water or gas, no length
    "㎡": "square meters",  # "约14.45万㎡"
    "米": "meters",  # after 平方 and 千: square meters, kilometers
    "州": "prefectures",  # only right after the number: "6个州"
    "滩羊": "sheep",
    "羊": "sheep",
    "牦牛": "yaks",  # "140头牦牛": yaks, not cattle
    "牛": "cattle",
    "生猪": "pigs",
    "辆": "trucks",
    "批次": "visits",
    "期": "sessions",  # "培训班4期": the sessions held
    "门店": "stores",
    "店": "stores",  # "5家菜篮子直供店"
    "网点": "outlets",
    "生产线": "production lines",
    "工厂": "factories",
    "金融机构": "financial institutions",
    "就业机会": "jobs",
    "县级地区": "counties",
    "集体": "collectives",  # "5个先锋集体"
    "猪": "pigs",  # "黑毛土猪2万头"
    "猪场": "pig farms",
    "技术项目": "projects",  # "14个技术项目": projects, not technologies
    "产业集群": "clusters",
    "工序": "processes",
    "场": "events",
    "领域": "fields",
    "重点任务": "tasks",  # "23项重点任务": tasks, not projects
    "任务": "tasks",  # "27项合作任务"
    "事项": "items",  # "487项行政职权事项"
    "大类": "categories",  # "6大类320个援建项目"
    "千瓦时": "kilowatt-hours",
    "度电": "kilowatt-hours",
    "千瓦": "kilowatts",
    "兆瓦": "kilowatts",  # "10兆瓦": a thousand kilowatts each
    "kWh": "kilowatt-hours",
    "度": "kilowatt-hours",  # only after 万 or 亿: "70亿度" (not "零下20度")
    "长毛兔": "rabbits",
    "兔": "rabbits",
    "池塘": "ponds",
    "教材": "textbooks",
    "生命": "persons",  # "2698条鲜活的生命"
    "订单": "orders",
    "余震": "aftershocks",
    "民族": "ethnic groups",
    "语言": "languages",
    "摊位": "booths",
    "站点": "stations",
    "用人单位": "enterprises",  # "360余家用人单位": employers, not persons
    "民众": "persons",
    "媒体": "media outlets",  # "40家媒体参与联合采访"
    "块钱": "yuan",  # "今年卖了1万块钱": yuan, as spoken
    "展位": "booths",
    "温室": "greenhouses",  # "200座日光温室"
    "温室大棚": "greenhouses",
    "贫困乡": "towns",
    "乡": "towns",  # "1654个贫困乡", "3个乡": townships (not 乡村, 乡级)
    "科室": "departments",  # "19个专业科室", "13个临床科室"
    "类别": "categories",
    "品种": "varieties",  # "参展产品210个品种": the kinds, counted after the measure
}
# measure words that may stand between number and noun, and what they count on their own
MEASURES = {
    "批次": "visits",
    "个": "",
    "家": "enterprises",
    "名": "persons",
    "位": "persons",
    "所": "schools",
    "座": "",
    "项": "projects",
    "批": "",
    "台": "",
    "只": "",  # 330万只滩羊: animals, counted by the noun after it
    "头": "",
    "场": "events",
    "种": "products",
    "款": "products",
    "次": "times",
    "人次": "persons",
    "人": "persons",
    "份": "",
    "套": "sets",  # "防护服4660套"; 定居房6678套 is counted by the noun before
    "支": "",  # 4支医疗队
    "张": "",  # 300多张床位
    "例": "cases",  # "治愈出院60例"; "手术197例": operations, counted by the noun before
    "册": "books",  # "捐赠图书6.5万余册": volumes
    "棵": "trees",
    "株": "trees",
    "枚": "",  # "鸡蛋120万枚": by the noun before
    "趟": "",  # "旅游专列37趟": by the noun before
    "条": "",  # "航线6条": by the noun before
    "栋": "buildings",  # "标准厂房87栋", "18栋楼宇"
    "幢": "buildings",
    "件": "items",  # "同机抵达的还有603件": pieces, whatever they are
    "对": "pairs",  # "229对镇和121对村签订结对协议": pairs, whatever they pair
    "间": "",  # "12间阳光房", "村卫生室3间"
    "处": "",  # "4处安置点"
    "眼": "",  # "打井3眼"
}
# 区 counts districts only right after the number ("10县1区"), not inside a word ("革命老区")
_NOUN = "|".join(
    r"(?<=[\d个])区"
    if n == "区"
    else rf"(?<=[\d个]){n}(?![级直属委政场民定])"  # not "13个市级部门", "30多个市直部门",
    # "214个省定贫困村" (villages the province named)
    if n in ("省", "市", "州", "师", "地市", "州市")
    else r"(?<![乡农])村(?!级|道)"  # "800个村级服务站": the stations; "92.93万农村贫困人口": people
    # ("10个村道修复项目": village roads)
    if n == "村"
    else rf"{n}(?!级)"  # "200万镇级救助资金": the town's relief money, no towns
    if n in ("镇", "乡镇")
    else r"县(?![级直属委政域]|市级)"  # "400个县市级以上园区": the parks, not counties
    if n == "县"
    else r"中小学(?!学?生)"  # "37万中小学生": pupils, not schools
    if n == "中小学"
    else r"(?<!落)户"  # "9家落户莞韶园": settled, no households
    if n == "户"
    else r"(?<=[万亿])度(?![假过])"
    if n == "度"
    else rf"{n}(?!较少|口较少)"  # "7个人口较少民族": ethnic groups, no people counted
    if n in ("人口", "人")
    else r"(?<=[\d个])乡(?![村级镇])"
    if n == "乡"
    else re.escape(n)
    for n in sorted(NOUNS, key=len, reverse=True)
)  # 区 only after the number ("10县1区"); 村 not in 乡村 (rural: "10多个乡村合作社")
# (with a decimal part read digit by digit: "二十八点八亿元")
_CN_NUM = r"[零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?"
_NUM = rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{_CN_NUM})"  # "15,895人" too
PRE_QUALS = {
    "约": "about",
    "约为": "about",  # "援建资金总额约为11.7亿元"
    "大约": "about",
    "大约有": "about",  # "目前大约有12万浙商"
    "约有": "about",
    "近": "nearly",
    "将近": "nearly",
    "接近": "nearly",
    "超过": "more than",
    "逾": "more than",
    "超": "more than",
    "突破": "more than",
    "多达": "exact",
    "达到": "exact",
    "达": "exact",
    "共": "exact",
    "累计": "exact",
    "总计": "exact",
    "合计": "exact",
    "不少于": "at least",
    "不低于": "at least",
    "至少": "at least",
    "起码": "at least",  # "起码10万元"
    "最少": "at least",
    "最多": "at most",
    "最高": "at most",  # "补助每个企业最高10万元", "签约金额最高达25亿元"
    "最高达": "at most",
    "至多": "at most",
    "不超过": "at most",
    "不超": "at most",  # "每班不超25人": 不超过 cut short, no "more than"
    "不足": "less than",  # "减少到不足1万人"
    "不到": "less than",
    "低于": "less than",  # "年人均纯收入低于300元"
    "少于": "less than",
    "不高于": "at most",
    "上": "more than",  # "上百个示范村": a hundred and more
    "过": "more than",  # "收入过2万元": over (not 通过, 经过, 超过 read whole)
    "破": "more than",  # "销售额破20亿": past (not 突破 read whole, 打破)
}
# 约 is "about" unless it ends a word: 签约8个项目 (signed 8 projects), 签约有…, 节约, 合约, 条约
_PRE = "|".join(
    r"上(?=[百千万])"
    if q == "上"
    else r"(?<![通经超度不跨越翻走穿路闯渡])过(?=\d)"
    if q == "过"
    else r"(?<![突打攻冲识爆])破(?=\d)"
    if q == "破"
    else re.escape(q)
    if not q.startswith("约")
    else r"(?<![签节合制条履违预邀特相如])" + q
    for q in sorted(PRE_QUALS, key=len, reverse=True)
)
_FIGURE = re.compile(
    rf"(?:(?P<pre>{_PRE})了?[ \u00a0]?)?(?P<num>{_NUM}|(?<=[近上逾])(?=万)|(?<=[近逾超])(?=亿元)|(?<![\d.零〇一二两三四五六七八九十百千])(?=万余))"
    # "4.25 亿元", "500 多个", "4715 人": a space some copies laid out from print leave
    r"(?:(?<=\d)[ \u00a0](?=[余多万亿个家名位所项批场种次人元户]|兆瓦|千瓦|公里|吨|亩|平方))?"
    rf"(?P<post0>余|多)?(?P<some>(?<=\d)来(?=[万亿人个名位家]))?(?:个(?=亿))?(?P<big>[万亿]{{1,2}}|千万|百万|(?<=\d)千(?![瓦米克伏帕焦卡]))?"
    rf"(?P<post1>余|多)?(?P<per>/[户人])?"
    rf"(?P<measure>人次|批次|人(?!民币|币)|支(?![援持付出])|[个家名位所座项批台场种款次份只头套张例册棵株枚趟栋幢条]"
    rf"|[间处眼]|对(?![口接应比外于此象标照话待方]))?"
    r"(?P<post2>余|多)?(?P<about>左右(?=[\u4e00-\u9fff]))?"  # "10万左右农民工"
    rf"(?:(?P<mod>(?!以上|左右)“?(?:(?![两万亿]|年(?!度))[\u4e00-\u9fff]|“[\u4e00-\u9fff]{{1,8}}”){{0,10}}?)(?P<noun>{_NOUN}))?"
    rf"(?P<post3>以上|左右)?"
)
_NOUN_BEFORE = re.compile(
    rf"(?P<noun>{_NOUN})(?:(?:就|已|共|均)?(?:达到|达)|就|已|均|共计|共|累计|为|有|超过|近|约|结对|"
    r"只有|仅有|仅|约有|共有|"  # "人口只有20万"
    r"已?将?[由从](?:目前|原来|过去)?的?|"  # "贫困村由156个减少至19个": the count it changed from
    rf"(?:已|计划)?(?:开工建设|开工|完工|建成投产|建成|竣工|实施|落地|启动))?[”\"’]?$"
)  # "援疆项目已开工1076个": the projects, started; "项目计划实施52个": planned
_MONEY_CONTEXT = re.compile(
    r"资金|援助|投入|投资|金额|销售|捐|财政|帮扶|资助|斥资|出资|拨付|产值|营收|交易额|营业额"
)  # "年产值会在5000万左右", "年营业额超过了6000万"
# "5.51亿签约", "3亿投资": an amount of money named by what follows it
_MONEY_AFTER = re.compile(
    r"(?:签约|投资|资金|援助|援建|支援|帮扶资金|消费帮扶|用于|援[疆藏青]资金|税收|利税"  # "815万用于…"
    r"|(?:[省市县区镇乡村]级)?(?:救助|扶持|奖补|配套)资金)"  # "200万镇级救助资金"
)
# a purchase or sale before an amount of goods: "采购了80万的扶贫产品" is what they cost
_BOUGHT_BEFORE = re.compile(r"采购|购买|销售|卖出|售出|购进|订购|带货")


# an amount per household or person with 元 left out: "发放慰问金1000/户"
_PER_MONEY_CONTEXT = re.compile(r"金|补助|补贴|奖补|奖励|工资|收入|资金")
# the counted noun goes on into a longer one: "1个旅游产品展示区", "8家高新技术企业" (not across
# 及 or 和: "45个行政村及社区" counts villages)
_NOUN_GOES_ON = re.compile(
    r"(?!地区)(?:(?![及和与、])[\u4e00-\u9fff]){0,2}(?:区|馆|中心|站|厅|基地)|企业|公司|小组"
)
# measures are never part of a longer noun: "500平方米的展馆" is 500 square meters
# a currency named before its amount: "港币1580万元", "澳门币500万元"
_CURRENCY_BEFORE = re.compile(r"(港币|港元|澳门币|澳门元|美元)[:：]?$")
_MONEY = {"yuan", "HK dollars", "patacas", "dollars", "Australian dollars"}
# meetings held, counted by 次: "召开高层联席会议8次", "3次领导小组会议"
_MEETINGS = r"联席会议?|座谈会|党委会|对接会|领导小组会议|常委会"
# a page's counter: "点击: 61 次", "3029次浏览", "被引量 : 0次"
_COUNTER_BEFORE = re.compile(
    r"(?:点击|阅读|浏览|查看|访问|被引量|下载)(?:量|数|次数)?\s*[:：]?\s*$"
)
_COUNTER_AFTER = re.compile(r"\s*次?\s*(?:浏览|查看|阅读|点击|访问)")
_MEASURE_UNITS = {"square meters", "mu", "kilometers", "tonnes", "hectares"} | _MONEY
# not a count: an age ("60多岁"), a ranking ("中国500强企业")
_NOT_AFTER = re.compile(
    r"^(?:年|月|日|号|倍|%|％|届|次会议|周年|个月|[多余]?周?岁|强|点|分|小时|天|国道|省道"
    r"|社(?![区会员团])(?=[\u4e00-\u9fff])"  # "3社油桃基地": a village's group No. 3
    r"|团(?![队员体结购组])(?=[\u4e00-\u9fff]))"  # "87团学校": the 87th Regiment's school
)


# a capacity written into a project's name: what it will make or hold a year, then the project
_CAPACITY_OF_A_PROJECT = re.compile(
    r"(?:万|亿)?(?:吨|锭|千瓦|兆瓦|万千瓦|头|只|羽|套|台)"
    r"[\u4e00-\u9fff]{0,14}?(?:项目|生产线|工厂)"
)


# measure words that say nothing of what they count: the noun around them does
_GENERIC_MEASURES = {
    "个",
    "座",
    "台",
    "只",
    "头",
    "份",
    "支",
    "张",
    "枚",
    "趟",
    "条",
    "间",
    "处",
    "眼",
}
_VERB_BEFORE_COUNT = re.compile(r"(?:已|共|均|累计|共计|总计)?(?:达到|达|有|为|共|计)?$")


def _counted_before_end(text: str, start: int, lo: int) -> int:
    """Where the noun ends in "航线共6条": before the verb and any bracketed aside."""
    pos = start
    while pos > lo and text[pos - 1] in " \u00a0":
        pos -= 1
    aside = re.search(r"[(（][^()（）]{0,20}[)）]$", text[max(lo, pos - 22) : pos])
    if aside:
        pos -= len(aside.group(0))
    verb = _VERB_BEFORE_COUNT.search(text[max(lo, pos - 6) : pos])
    return pos - len(verb.group(0)) if verb else pos


def parse_cn_number(text: str) -> Decimal | None:
    """'3.6' -> 3.6; '六百' -> 600; '两' -> 2; '十二' -> 12; '一万二千' -> 12000."""
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text):
        return Decimal(text.replace(",", ""))
    whole, point, fraction = text.partition("点")
    if point:  # "二十八点八" -> 28.8: the part after 点 is read digit by digit
        if not whole or not fraction or any(ch not in DIGITS for ch in fraction):
            return None
        integer = parse_cn_number(whole)
        digits = "".join(str(DIGITS[ch]) for ch in fraction)
        return None if integer is None else integer + Decimal("0." + digits)
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in DIGITS:
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[ch]
            digit = None
        elif ch in BIG_UNITS:
            total += (section + (digit or 0)) * BIG_UNITS[ch]
            section, digit = 0, None
        else:
            return None
    return Decimal(total + section + (digit or 0))


_PLACES = {"provinces", "prefectures", "cities", "counties", "towns", "districts"}
# a body named by its place: "贫困县医院", "县人民医院" count the hospitals, "7家乡镇卫生院" the
# health centres
_INSTITUTION_AFTER_PLACE = re.compile(
    "(?:人民|社区)?("
    + "|".join(
        sorted(
            (
                n
                for n, u in NOUNS.items()
                if len(n) > 1
                and u in ("hospitals", "schools", "health centers", "clinics", "kindergartens")
            ),
            key=len,
            reverse=True,
        )
    )
    + ")(?!学?生)"  # "乡镇中小学学生", "37万中小学生": pupils
)


def _restates_a_list(text: str, start: int, lo: int, num: str, unit: str) -> bool:
    """A count of the places named just before it: "…、西盟佤族自治县3个县"; for provinces also
    "福建、宁夏两省区" (two, or a list of bare names before the number)."""
    before = text[max(lo, start - 12) : start]
    if before.endswith("等"):
        return False  # "上海、江苏…山东等19个省市": the list was partial; the count says how many
    listed = re.search(
        r"(?:[\u4e00-\u9fff]{2,8}、)+[\u4e00-\u9fff]{2,8}$", text[max(lo, start - 40) : start]
    )
    if (
        listed and num in ("两", "二") and len(listed.group(0).split("、")) == 2
    ):  # (not "官渡、东瀼、溪丘、沿渡四个乡镇", which annotators count)
        return True  # "帮扶广西河池、百色两个地级市": the two places just named
    if unit == "provinces" and (
        num in ("两", "二") or re.search(r"、[\u4e00-\u9fff]{1,4}$", before[-6:])
    ):
        return True
    if re.search(r"[两二三四五六七八九十\d]个?[省市州县区]$", before):
        return False  # "百色、河池两市17个县": the list was counted already; this is its parts
    if unit == "counties" and re.search(
        r"、[\u4e00-\u9fff]{1,10}[省州]$|、[\u4e00-\u9fff]{1,6}市$", before
    ):
        return False  # "毕节市、黔南州、安顺市23个县": the counties of the cities named
    if unit == "towns" and re.search(r"、[\u4e00-\u9fff]{1,10}[省市州县区旗]$", before):
        return False  # "墨玉县15个、洛浦县8个贫困乡镇": the towns of the counties named
    return bool(re.search(r"、[\u4e00-\u9fff]{1,10}[省市州县区镇乡]$", before))


def _inside_a_breakdown(text: str, pos: int, lo: int) -> str:
    """The unit of a count whose parts follow it in brackets, for a part with only a measure:
    "270个帮扶项目(北京市216个,天津市54个)" -> projects."""
    window = text[max(lo, pos - 24) : pos]
    cut = max(window.rfind("("), window.rfind("（"))
    if cut < 0 or ")" in window[cut:] or "）" in window[cut:]:
        return ""
    head = text[max(lo, pos - 24 - 24) : max(lo, pos - 24) + cut]
    whole = re.search(rf"\d[\d.]*[万亿]?[个家名项所]?[\u4e00-\u9fff]{{0,4}}?({_NOUN})$", head)
    unit = NOUNS[whole.group(1)] if whole else ""
    return "" if unit in _MONEY else unit  # an amount's parts carry their own 元


# a bound said before the verb of its amount: "至少可吸纳2000名", "最多能到1.5万元"
_BOUND_BEFORE_VERB = re.compile(
    r"(至少|至多|最多|最高)(?:月薪|年薪|工资|收入|补助|补贴)?(?:可|能|要|将)?"  # "最高月薪可达15000元"
    # "每月至少还有4500元收入": at least, then what is had
    r"(?:吸纳|带动|增收|收入|达到|到|达|完成|安排|提供|解决|还有|有)$"
)


# a part of a count just given, by what has become of it: "援建项目59个，已开工58个",
# "103个项目中已交付63个", "其中已完成18个", "计划实施52个，实际完成54个", "目前已开工建设13个"
_PART_DONE = re.compile(
    r"(?:其中|中)?[，,]?(?:已|均已|现已|目前已|实际)?(?:开工建设|开工|完工|完成|交付|建成|竣工|投产|启动|实施|落地)$"
)
# what 所 counts, said a clause later: "130余所承担对口援疆任务的高水平大学"
_INSTITUTION_NOUNS = {
    "大学": "universities",
    "高校": "universities",
    "学校": "schools",
    "中学": "schools",
    "小学": "schools",
    "医院": "hospitals",
    "卫生院": "health centers",
    "幼儿园": "kindergartens",
}
_INSTITUTIONS = {*_INSTITUTION_NOUNS.values(), "colleges"}
_INSTITUTION_AHEAD = re.compile(
    rf"[^，,。；;]{{0,20}}?({'|'.join(_INSTITUTION_NOUNS)})(?![\u4e00-\u9fff]{{0,2}}[长生师])"
)


# what a count came to, from the one said before it: "贫困村由156个减少至19个"
_CHANGED_TO = re.compile(r"(?:减少|增加|下降|增长|扩大|缩减|减|增)(?:到|至)$")


def _part_of_a_count(text: str, pos: int, lo: int) -> str:
    """The unit of the count said just before in the sentence, for a part of it with only 个,
    or for what the count came to."""
    window = text[max(lo, pos - 40) : pos]
    changed = _CHANGED_TO.search(window)
    if not changed and not _PART_DONE.search(window):
        return ""
    window = window[max(window.rfind("。"), window.rfind("；"), window.rfind(";")) + 1 :]
    counts = list(
        re.finditer(
            rf"\d+个[\u4e00-\u9fff]{{0,6}}?({_NOUN})"
            rf"|({_NOUN})(?:将?由(?:目前|原来|过去)的|[\u4e00-\u9fff]{{0,4}}?)\d+个"
            # "贫困人口从923万减少到155万": what the count came to, in ten thousands
            rf"|({_NOUN})已?[由从](?:(?:19|20)\d\d年(?:底|末)?的)?[\d.]+[万亿]?"
            r"(?=[\u4e00-\u9fff]{0,3}(?:减少|增加|下降|增长|减|增))",
            window,
        )
    )
    if not counts:
        return ""
    unit = NOUNS[next(g for g in counts[-1].groups() if g)]
    return "" if unit in _MONEY or unit in _PLACES and not changed else unit


def _noun_after_a_list(text: str, pos: int, measure: str, hi: int) -> str:
    """The noun a list of counts shares, said once after its last count:
    "和田市7个、墨玉县15个、洛浦县8个深度贫困乡镇" -> towns for each of them."""
    shared = re.match(
        rf"(?:、(?:[\u4e00-\u9fff]{{1,8}}?[省市州县区旗乡镇村])?\d+{measure})+"
        rf"[\u4e00-\u9fff]{{0,6}}?({_NOUN})",
        text[pos : min(hi, pos + 80)],
    )
    unit = NOUNS[shared.group(1)] if shared else ""
    return "" if unit in _MONEY else unit


def _batches_sent(text: str, start: int, lo: int) -> bool:
    """A count of batches in Chinese numerals ("先后分六批选派", "已经派出十批干部"), not the
    ordinal of one batch ("第十六批", "第七、八批", "前三批援藏干部") nor "新老两批"."""
    return not re.search(
        r"(?:第|、|至|新老|前|[零〇一二两三四五六七八九十百千])$", text[max(lo, start - 2) : start]
    )


def _in_short_quote(text: str, pos: int, lo: int, hi: int) -> bool:
    left = text.rfind("“", max(lo, pos - 10), pos)
    return left >= 0 and "”" not in text[left:pos] and "”" in text[pos : min(hi, pos + 10)]


def _scale(big: str | None) -> int:
    if not big:
        return 1
    # ("4千平方米": four thousand, after digits; 千瓦, 千米, 千克 are units of their own)
    return {
        "万": 10**4,
        "亿": 10**8,
        "万亿": 10**12,
        "千万": 10**7,
        "百万": 10**6,
        "千": 10**3,
    }.get(big, 1)


def find_figures(text: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
    """Every figure with a known unit in text[lo:hi]; value in base units (yuan, persons …).

    A match that makes no figure is let go one character on, not at its end: "一天赚上百元" first
    matches from 一 to 元 (no count), then 上百元 (a hundred yuan and more)."""
    hi = len(text) if hi is None else hi
    out = []
    pos = lo
    while m := _FIGURE.search(text, pos, hi):
        figure = _figure_at(text, m, lo, hi)
        if figure:
            out.append(figure)
        pos = m.end() if figure or m.end() == m.start() else m.start() + 1
    return out


def _figure_at(text: str, m: re.Match, lo: int, hi: int) -> Mention | None:
    """The figure ``m`` makes, or None."""
    num = m.group("num")
    if not num and m.group("big") in ("万", "亿") and (m.group("noun") or m.group("measure")):
        num = "一"  # "近万元", "上万人", "超亿元": ten thousand, a hundred million, said
        # without its one
    if not num or not (m.group("measure") or m.group("noun") or m.group("big") or m.group("per")):
        return None
    start = m.start("num")
    if start > 0 and (
        text[start - 1].isdigit()
        or text[start - 1] in ".-/第"
        or text[start - 1] == ":"
        and text[start - 2 : start - 1].isdigit()  # "10:30", not "力量:11个"
        or text[start - 1].isascii()
        and text[start - 1].isalpha()
        and not text.endswith("GDP", 0, start)  # "实现GDP8.58亿元": the output, in yuan
    ):
        return None  # "K4334次列车": a train's number
    if (
        re.search(r"(?<!应)[这那该]$|上述$|前述$", text[max(lo, start - 2) : start])
        and re.fullmatch(rf"{_CN_NUM}|\d{{1,2}}", num)
        and not any(m.group(g) for g in ("post0", "post1", "post2", "big", "pre"))
    ):  # (not "这5000多公里行程": a distance said again is still one)
        return None  # "这两个项目", "该2家企业", "上述3个项目": the ones just named, again
    if m.group("noun") == "民族" and num == "56":
        return None  # "56个民族": the nation's peoples, a set phrase, no count of the story's
    if re.fullmatch(r"\d{12,}", num):
        return None  # "QQ图片20250715061429": an image file's time stamp, no count
    if m.group("noun") == "里" and (m.group("measure") or m.group("mod")):
        return None  # "5个村里", "3个月里": inside, no distance
    if (
        re.fullmatch(r"(?:19[5-9]|20[0-4])\d", num)
        and not m.group("measure")
        and not m.group("big")
        and not m.group("pre")
        and not m.group("post0")
        and m.group("mod")  # "2000公里", "2000余户" are counts; "2024重庆市…大会" a year
    ):
        return None  # "召开2024重庆市食品…大会": a year written without 年, no count
    after = text[m.end("num") : m.end("num") + 4]
    if _NOT_AFTER.match(after):
        return None
    if text.startswith("级", m.end("big") if m.group("big") else m.end("num")):
        return None  # "千亿级产业集群", "百亿级基地": a class of size, no count
    if _CAPACITY_OF_A_PROJECT.match(text, m.end("num")) and not re.search(
        r"年(?:产|加工|处理|出栏|存栏)(?:能力)?$", text[max(lo, start - 5) : start]
    ):
        return None  # "40万锭纺织项目", "60万吨玉米深加工项目": the project's size, in its name
        # (but "建设年产8000吨…项目" says what it will make a year)
    if _COUNTER_AFTER.match(text, m.end("num")) or _COUNTER_BEFORE.search(
        text, max(lo, start - 8), start
    ):
        return None  # "3029次浏览", "点击: 61 次": how often the page was read
    # "合作项目十六个，": a count in numerals after the noun it counts, closing its clause
    counted_before = (
        m.group("measure")
        and not m.group("noun")
        and re.match(r"[，,。；;、)）]|$", text[m.end() : m.end() + 1])
        and _NOUN_BEFORE.search(text[max(lo, start - 8) : start])
    )
    if (
        re.fullmatch(_CN_NUM, num)
        and not counted_before
        and not m.group("big")
        and not m.group("post0")  # "千余人", "十余家": a round count, plainly a figure
        and m.group("pre") != "上"  # "上百个": as round
        and not (m.group("pre") and num in ("百", "千"))  # "近千人次", "逾百家": as round
        and m.group("measure") != "批次"  # "五批次": batches, whatever follows
        and not (m.group("measure") == "批" and _batches_sent(text, start, lo))
        # "三批122名", "三批、142名": batches, then the people in them
        and not (
            m.group("measure") == "批"
            and re.match(r"[、，,]?(?:共计|共)?\d", text[m.end() : m.end() + 4])
        )
        and (m.group("mod") or len(m.group("noun") or "") < 2)
        # "五名援滇干部", "对口帮扶四个县": people by their measure, places by 个
        and not (
            m.group("measure") in ("名", "位") and m.group("noun") and num not in ("一", "两", "二")
        )
        and not (
            m.group("measure") == "个"
            and not m.group("mod")
            and NOUNS.get(m.group("noun") or "") in _PLACES
            and num not in ("一", "两", "二")
            and text[start - 1 : start] not in ("这", "那", "该", "此", "其", "各", "每")
        )
    ):
        return None  # "一家专业化…", "四场硬仗": a Chinese numeral counts only "三个项目"
    if num == "一" and not m.group("big"):
        return None  # "一名患者": a patient, not a count of one
    if m.group("noun") == "期" and text[start - 1 : start] in ("分", "第"):
        return None  # "分3期建设": built in three phases, no sessions held
    if in_book_title(text, start, lo):
        return None  # 《…共建100所示范学校协议》: a number in an agreement's name
    if re.fullmatch(_CN_NUM, num) and _in_short_quote(text, start, lo, hi):
        return None  # “百所学校”结对: the name of a programme, not a count
    visits = re.search(r"互访|考察|访问|来访", text[max(lo, m.start() - 8) : m.start()])
    if m.group("measure") == "批" and not visits and num in ("一", "1"):
        return None  # "一批大项目": some, not a count
    if m.group("noun") in ("公斤", "千克", "斤", "吨") and (
        text[m.end("noun") : m.end("noun") + 1] == "/" or text[start - 1 : start] == "每"
    ):
        return None  # "3-4公斤/棵": a yield per tree, a rate and no amount
    value = parse_cn_number(num)
    if value is None:
        return None
    value *= _scale(m.group("big"))
    noun = m.group("noun")
    if noun == "兆瓦":
        value *= 1000  # megawatts, counted in kilowatts
    mod = m.group("mod") or ""
    unit = NOUNS.get(noun, "") if noun else ""
    if (
        noun
        and m.group("big")
        and not m.group("measure")
        and mod.startswith("的")
        and _BOUGHT_BEFORE.search(text, max(lo, start - 8), start)
    ):  # "采购了80万的扶贫产品": what the goods cost, with 元 left out
        noun, unit = None, "yuan"
    longer = _NOUN_GOES_ON.match(text, m.end("noun")) if noun else None
    if longer and unit in _PLACES | {"villages"} and _INSTITUTION_AFTER_PLACE.match(text, m.end()):
        longer = None  # "5家街道社区卫生服务中心": the health centres of the place, read below
    if noun and (
        re.search(
            r"[，,。；;、（）()]|签署|签订|签约|与|和|及|来自|被|(?<=.)相关|分布|位于|落户", mod
        )
        and not (mod.endswith("签约") and noun == "项目")  # "28个合作签约项目": signed projects
        or longer
        and unit not in _MEASURE_UNITS
        and unit != "enterprises"
    ):  # "25家央企签署投资协议": the noun is 央企, not the 协议 they signed
        unit, noun = "", None  # "1个旅游产品展示区": the noun is 展示区, not 产品
        if longer and longer.group(0).endswith("基地") and not re.search(r"[，,。；;、]", mod):
            noun, unit = "基地", NOUNS["基地"]  # "1个种猪养殖基地": bases, not pigs
    if noun == "工程" and m.group("measure") not in ("个", "项") and not m.group("big"):
        return None  # "315国道防护林工程", "千名医师支援…工程": a name; works are counted by 个, 项
    if noun == "人" and mod.endswith("机器"):
        unit, noun = "", None  # "10套机器人套装": robots, no people
    if noun == "场" and mod and m.group("measure") != "场":
        unit, noun = "", None  # "9个农村广场", "2个养殖场": places, no events; named below
    if noun == "区" and (mod or text[m.end("noun") : m.end("noun") + 1] == "县"):
        unit, noun = "", None  # "3个示范区", "9个区县": not a count of districts
    measure = m.group("measure") or ""
    if measure in ("批", "批次") and not visits:
        unit = "batches"  # "9批干部": the batches, not a head count of the cadres
    if measure == "对":
        unit = "pairs"  # "121对村": pairs of villages, not the villages
    end = m.end()
    vehicle, after_vehicle = unit_after(text, end) if noun == "辆" else ("", end)
    if vehicle:
        unit, end = vehicle, after_vehicle  # "5辆救护车": ambulances, named by what follows
    quoted = 1 if mod.startswith("“") and text.startswith("”", end) else 0
    if (
        noun
        and noun != "项目"
        and text.startswith("项目", end + quoted)
        and measure not in ("人", "名", "位", "人次")
        and unit not in _MEASURE_UNITS
    ):  # "46个大中型企业项目", "3个村项目": the projects, not the firms or villages (nor
        # "401个“温饱试点村”项目": the projects named in quotes)
        noun, unit, end = "项目", NOUNS["项目"], end + quoted + 2
    after_place = (
        _INSTITUTION_AFTER_PLACE.match(text, end)
        if unit in _PLACES | {"villages", "communities"}
        else None
    )  # ("3个村卫生室": the clinics; "5家社区卫生服务中心": the health centres)
    if after_place:  # "400家贫困县医院": hospitals, not counties
        noun, unit, end = after_place.group(1), NOUNS[after_place.group(1)], after_place.end()
    if not unit:
        end = m.end("measure") if measure else m.end("big") if m.group("big") else m.end()
        end = max(end, m.end("post2") if m.group("post2") else 0)
        # "展销中心(旗舰店、专柜等)23个": the noun before a bracketed aside
        left = re.sub(
            r"[(（][^()（）]{0,20}[)）]$", "", text[max(lo, m.start() - 30) : m.start()]
        ).rstrip()  # "白内障手术 197例"
        # "贫困人口已由2012年的923万减少到…": the year the count stood in is no part of the noun
        left = re.sub(r"([由从])(?:19|20)\d\d年(?:底|末)?的$", r"\1", left)
        tail = left[-8:]
        before = _NOUN_BEFORE.search(tail)
        if before and re.search(r"[\d个家名所项]$", left[: len(left) - len(tail) + before.start()]):
            before = None  # "11个地市40所": 地市 was the count before; this one is 所's
        inherited = (
            _inside_a_breakdown(text, m.start(), lo)
            or (
                (measure == "个" or m.group("big") and not measure)
                and _part_of_a_count(text, m.start(), lo)
            )
            or (measure and _noun_after_a_list(text, end, measure, hi))
        )
        if inherited:
            unit = inherited  # "270个帮扶项目(北京市216个,天津市54个)": its parts
        elif re.search(r"(?:[县乡镇村市区校企院省州]{2}|社会组织)结对$", left) or (
            measure == "个" and left.endswith("结对")
        ):  # "与四川结对1078个": the pairings made
            unit = "pairs"  # "县县结对56个": pairs of counties, as the pairing counts them
        elif m.group("big") and not measure and _MONEY_AFTER.match(text, m.end()):
            unit = "yuan"  # "首期20万援助资金": the money named after it, whatever came before
        elif before and measure not in ("人", "名", "位", "人次"):
            unit = NOUNS[before.group("noun")]
        elif measure == "批" and visits:
            unit = "visits"  # "两地互访考察572批"
        elif measure in ("株", "棵") and re.match(
            r"[^，,。；;]{0,10}?苗", text[m.end() : m.end() + 12]
        ):
            unit = "seedlings"  # "1500万株“白叶一号”茶苗": seedlings, not grown trees
        elif measure in MEASURES and MEASURES[measure]:
            unit = MEASURES[measure]
        elif (
            m.group("big")
            and not measure  # "捐助100万个爱心馕": loaves, counted
            and _MONEY_CONTEXT.search(text[max(lo, m.start() - 12) : m.start()])
        ):  # (money named after the amount was read above)
            unit = "yuan"  # "累计援助陇南9.78亿": an amount of money with 元 left out
        elif m.group("per") and _PER_MONEY_CONTEXT.search(text[max(lo, m.start() - 8) : m.start()]):
            unit, end = "yuan", m.end("per")
    if measure == "次" and unit == "times":
        if re.search(r"互访|考察|访问|交流|来访", text[max(lo, m.start() - 8) : m.start()]):
            unit = "visits"
        elif re.search(_MEETINGS, text[max(lo, m.start() - 10) : m.start()]) or re.match(
            rf"[\u4e00-\u9fff]{{0,6}}?(?:{_MEETINGS})", text[m.end() : m.end() + 10]
        ):
            unit = "meetings"  # "召开联席会议8次", "先后召开2次联席会议", "对接会60次"
        elif re.search(
            r"会议|讨论|查房|示教|培训|讲座|授课|会诊|研讨|座谈|义诊|巡诊|指导|直播|带货",
            text[max(lo, m.start() - 6) : m.start()],
        ):
            unit = "sessions"  # "教学查房600余次", "专题会议10余次": sessions held
        elif re.search(r"活动$", text[max(lo, m.start() - 6) : m.start()]):
            unit = "activities"  # "开展农产品展销活动18次"
        elif re.search(r"活动|展销|推介|会$", text[max(lo, m.start() - 6) : m.start()]):
            unit = "events"  # "举办推介会5次"
    if unit == "events" and re.search(
        r"直播", text[max(lo, m.start() - 6) : min(hi, m.end() + 8)]
    ):  # "直播带货200多场", "100场消费扶贫直播": live-stream sessions
        unit = "sessions"
    if unit == "events" and (
        re.match(r"[\u4e00-\u9fff]{0,6}?活动", text[m.end() : m.end() + 8])
        or text[max(lo, m.start() - 2) : m.start()] == "活动"
    ):
        unit = "activities"  # "组织162场帮扶活动", "开展帮扶活动162场": as the noun says
    if unit == "products" and re.match(
        r"(?:(?!的)[\u4e00-\u9fff]){0,3}?(?:门店|店)(?![长主员])", text[m.end() : m.end() + 5]
    ):
        unit = "stores"  # "4家农产品直营店": the stores, not the products they sell
    if noun == "户" and (
        re.match(r"[\u4e00-\u9fff]{0,8}企业", text[m.end() : m.end() + 10])
        or re.search(r"企业(?:就|已|共|达)?$", text[max(lo, start - 6) : start])
    ):
        unit = "enterprises"  # "17户国有重要骨干企业", "入驻浙商企业20户": 户 counts the firms
    if (
        measure in ("人", "名", "位", "人次")
        and unit
        and unit != "persons"
        and not (measure == "名" and unit == "households")  # "2.6万名脱贫户": households
        and unit != "jobs"  # "提供1500人就业岗位": jobs, each for a person
    ):
        unit = "persons"  # "215名专业技术人才", "12098人建档立卡户": a measure of people
    guessed = False
    if not unit and measure in _GENERIC_MEASURES and m.group("noun") != "区":
        # a noun no list names: "12间阳光房" (sunrooms), "航线6条" (routes), named from the
        # dictionary and left for review
        if re.match(r"[，,。；;、)）]|$", text[end : end + 1]):
            unit = unit_before(text, _counted_before_end(text, m.start(), lo))
        else:
            unit, end = unit_after(text, end)
        guessed = bool(unit)
    mod = m.group("mod") or ""
    if "的" in mod and unit in _PLACES:  # "2个前方指挥部的省份": the headquarters, not the province
        de = m.start("mod") + mod.index("的")
        head = unit_before(text, de) if de - m.start("mod") >= 2 else ""
        if head:
            unit, end = head, de
    if measure == "所" and unit not in _INSTITUTIONS:  # "130余所承担…任务的高水平大学"
        school = _INSTITUTION_AHEAD.match(text, m.end("measure"), min(hi, m.end("measure") + 24))
        if school:
            unit, end = _INSTITUTION_NOUNS[school.group(1)], school.end()
    if (
        unit in _PLACES
        and m.group("big")
        and not measure
        and _MONEY_CONTEXT.search(text[max(lo, m.start() - 6) : m.start()])
    ):
        unit, end = "yuan", m.end("big")  # "投资9.86亿援建理县": money, then what it is for
    if not unit or unit == "units" and not measure:
        return None  # "两单位认为": the two just named, not a count
    if unit == "yuan" and noun == "元":
        currency = _CURRENCY_BEFORE.search(text, max(lo, start - 4), start)
        if currency:  # "善款港币1580万元": Hong Kong dollars, named before the amount
            unit = NOUNS[currency.group(1)]
    if (
        unit in ("counties", "districts", "towns")
        and re.fullmatch(_CN_NUM, num)
        and not measure
        and not m.group("post0")
    ):
        return None  # "陇南市九县区", "两县区": the places named, all of them, not a count
    if unit in _PLACES and _restates_a_list(text, start, lo, num, unit):
        return None  # "福建、宁夏两省区", "…、西盟佤族自治县3个县": the places just named, again
    qualifier = "exact"
    if m.group("pre"):
        qualifier = PRE_QUALS[m.group("pre")]
    if qualifier == "exact":  # (达 read as the figure's own word: "最高月薪可达15000元")
        at = m.start("pre") if m.group("pre") else start
        bound = _BOUND_BEFORE_VERB.search(text, max(lo, at - 8), start)
        if bound:  # "至少可吸纳2000名", "每亩最多收入1000元": the bound before its verb
            qualifier = PRE_QUALS[bound.group(1)]
    if qualifier in ("at least", "at most"):
        pass  # "不低于1200余名": the bound said first holds, whatever 余 adds
    elif m.group("post0") or m.group("post1") or m.group("post2") or m.group("post3") == "以上":
        qualifier = "more than"
    elif m.group("post3") == "左右" or m.group("about") or m.group("some"):  # "800来万": about
        qualifier = "about"
    span = (m.start("pre") if m.group("pre") else start, end)
    sure = bool(noun and unit == NOUNS.get(noun)) or unit in _MONEY
    sure = sure and not m.group("per") and noun != "区" and not guessed  # rarer: for review
    return Mention(
        "figure",
        span,
        text[span[0] : span[1]],
        {"value": value, "unit": unit, "qualifier": qualifier},
        0.95 if sure else 0.8,
    )
