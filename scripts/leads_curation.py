"""Curated decisions of the 2026-11 leads import (read by scripts/import_leads.py).

Why separate: the mechanical import treats every lead alike; these are the judgements a curator
made reading the leads, their notes and (for a sample) the stored pages: which pairing a lead's
text means, when each pairing began and ended, which figures form a series, which plans give a
target, which values conflict and which rule picks the one charted. Leads are named by a unique
fragment of their URL, never by position, so a re-ordered leads file imports the same.
"""

from __future__ import annotations

import json

HOST_KEYS = {
    "yearbook.iprcc.org.cn": "iprcc",
    "47.105.124.64": "iprcc",
    "freewechat.com": "freewechat",
}
SOURCE_IDS: dict[str, str] = {}
SOURCE_NOTES: dict[str, str] = {}

# One person, two spellings: the alias resolves to the actor.
ACTOR_ALIASES = {"Shen Yiqin": "chen-yiqin"}
NAME_FIXES: dict[str, str] = {}

# url fragment -> (handling, note). Leads not named here are imported.
LEAD_HANDLING_BY_KEY = {
    "guizhou.chinadaily.com.cn/2021-01/14/c_584334": (
        "merged-into",
        "same China Daily article as guizhou.chinadaily.com.cn/2021-01-14/c_584334.htm (another URL form)",
    ),
    "zhoukan.cc/guancha/2023/0822": (
        "skipped-no-facts",
        "weak: no figure or event; its 1996 start of Fujian-Ningxia is stated by China Daily",
    ),
    "ui163.cn/2017": (
        "skipped-out-of-scope",
        "weak, and about Dalian Wanda Group's enterprise aid to Danzhai, not a government pairing",
    ),
    "scholarmate.com": (
        "imported",
        "weak; kept as the only source of the Ganjingzi -> Liuzhi county pairing",
    ),
    "liupanshui.me/post/1522": (
        "imported",
        "weak; kept for the 1998 start it claims (conflict with Dalian's 1996) and marked unconfirmed",
    ),
    "lxsyjx.cn": (
        "imported",
        "weak; only source of the Jinpu -> Panzhou figures; its English line mistranslates 387.75万元",
    ),
    "214321.com": (
        "imported",
        "weak (machine-translated Xinhua); only source of the 2016-2020 plan of more than 2 billion yuan",
    ),
    "chinaservicesinfo.com/s/201111/16": (
        "skipped-out-of-scope",
        "all poverty funding of the 2011 white paper, not East-West; the East-West part is in the Japanese edition",
    ),
}

# Lead pairing labels -> pairing ids (labels as the leads file writes them).
PAIRING_ALIASES = {
    "Dalian→Liupanshui": "dalian-liupanshui",
    "Dalian→Liupanshui (as one of the seven)": "dalian-liupanshui",
    "Dalian→Zhongshan district (Liupanshui)": "dalian-liupanshui",
    "Dalian→central/western poor areas (incl. Liupanshui)": "dalian-liupanshui",
    "Liupanshui (recipient-side outcome; Dalian→Liupanshui context)": "dalian-liupanshui",
    "Dalian High-tech Zone→Shuicheng county (Liupanshui)": "dlhitech-shuicheng",
    "Dalian Jinpu New District→Panzhou": "jinpu-panzhou",
    "dalian-panzhou": "jinpu-panzhou",
    "Dalian Ganjingzi district→Liuzhi special district": "ganjingzi-liuzhi",
    "Dalian Changshengyuan Aquatic Products Co.→Liuzhi special district": "dalian-liupanshui",
    "Zhongshan (Guangdong)→Liupanshui (from 2021)": "zhongshan-liupanshui",
    "Liaoning→Guizhou": "liaoning-guizhou",
    "Liaoning→Qinghai": "liaoning-qinghai",
    "Liaoning→Qinghai (Xining, Haidong)": "liaoning-qinghai",
    "eastcities-guizhou": "eastcities-guizhou",
    "7 eastern cities (incl. Dalian)→Guizhou": "eastcities-guizhou",
    "8 (later 7) eastern cities incl. Dalian→Guizhou": "eastcities-guizhou",
    "8 cities (Shanghai, Shenzhen, Dalian, Hangzhou, Ningbo, Qingdao, Suzhou, Guangzhou)→Guizhou": "eastcities-guizhou",
    "8 eastern cities→Guizhou": "eastcities-guizhou",
    "Shenzhen/Qingdao/Dalian/Ningbo→Guizhou (1996)": "eastcities-guizhou",
    "Guangdong→Guizhou (Guangzhou→Bijie, Qiannan)": "guangdong-guizhou",
    "national-total": "east-west-national",
    "Qingdao→Anshun": "qingdao-anshun",
    "Qingdao→Anshun/Tongren": "qingdao-anshun",
    "Qingdao→Longnan": "qingdao-longnan",
    "Qingdao→Dingxi (from April 2021)": "qingdao-dingxi",
    "Qingdao West Coast New Area→Anshun ETDZ (from 2015)": "westcoast-anshun-etdz",
    "Qingdao West Coast New Area→Longnan Wudu district (from 2017)": "westcoast-wudu",
    "Hangzhou→Qiandongnan": "hangzhou-qiandongnan",
    "Hangzhou→Enshi": "hangzhou-enshi",
    "Hangzhou→Enshi/Qiandongnan": "hangzhou-qiandongnan",
    "Hangzhou→Garze (12 counties) & Guangyuan (6 counties) (from April 2021)": "hangzhou-garze",
    "Foshan→Qiandongnan (post-2021 pairing)": "foshan-qiandongnan",
    "Zhejiang (Hangzhou, Ningbo)→Qiandongnan/Qianxinan": "hangzhou-qiandongnan",
    "Zhejiang→Sichuan": "zhejiang-sichuan",
    "Zhejiang→Sichuan/Guizhou/Hubei/Jilin (80 counties)": "zhejiang-sichuan",
    "Zhejiang→Guangyuan/Nanchong (12 counties)": "zhejiang-sichuan",
    "Zhejiang→Aba/Muli": "zhejiang-sichuan",
    "Anji (Huangdu village)→Qingchuan": "anji-qingchuan",
    "Zhoushan (Putuo, Dinghai)→Dazhou (Wanyuan, Xuanhan)": "zhoushan-dazhou",
    "Ningbo→Qiandongnan/Qianxinan": "ningbo-qianxinan",
    "Ningbo→Yanbian/Qianxinan": "ningbo-qianxinan",
    "Ningbo Beilun→Wangqing (Yanbian)": "beilun-wangqing",
    "Ningbo Haishu→Zhenfeng (Qianxinan)": "haishu-zhenfeng",
    "Ningbo Ninghai→Qinglong (Qianxinan)": "ninghai-qinglong",
    "ningbo-qianxinan": "ningbo-qianxinan",
    "ningbo-qiandongnan": "ningbo-qiandongnan",
    "ningbo-yanbian": "ningbo-yanbian",
    "ninghai-qinglong": "ninghai-qinglong",
    "Suzhou→Tongren": "suzhou-tongren",
    "jiangsu-tongren": "suzhou-tongren",
    "Suzhou Industrial Park→Songtao county (Tongren)": "sip-songtao",
    "Suzhou→Yulin": "jiangsu-shaanxi",
    "Wuxi→Yan'an": "jiangsu-shaanxi",
    "Jiangsu→Shaanxi": "jiangsu-shaanxi",
    "Jiangsu→Shaanxi/Xining/Haidong": "jiangsu-qinghai",
    "Suzhou→Shaanxi/Qinghai (post-2021 collaboration)": "jiangsu-shaanxi",
    "Shanghai→Yunnan": "shanghai-yunnan",
    "Shanghai→Yunnan (Wenshan, Honghe, Simao/Pu'er)": "shanghai-yunnan",
    "Shanghai→Pu'er": "shanghai-yunnan",
    "Shanghai→Yunnan/Zunyi": "shanghai-yunnan",
    "Shanghai Qingpu→Mangshi": "qingpu-mangshi",
    "Shanghai Fengxian→Zunyi (Fenggang, Wuchuan, Yuqing)": "shanghai-zunyi",
    "Shanghai→Zunyi": "shanghai-zunyi",
    "shanghai-zunyi": "shanghai-zunyi",
    "shanghai-yunnan": "shanghai-yunnan",
    "xuhui-luxi": "xuhui-luxi",
    "Guangdong→Yunnan": "guangdong-guangxi",
    "Fujian→Ningxia": "fujian-ningxia",
    "Fujian→Ningxia (Minning)": "fujian-ningxia",
    "quanzhou-wuzhong": "quanzhou-wuzhong",
    "Beijing→Inner Mongolia": "beijing-inner-mongolia",
    "Beijing→Inner Mongolia (recipient outcome)": "beijing-inner-mongolia",
    "Beijing→Inner Mongolia/Zhangjiakou/Baoding": "beijing-inner-mongolia",
    "Tianjin→Gansu": "tianjin-gansu",
    "Tianjin→Gansu/Chengde": "tianjin-gansu",
    "tianjin-gansu": "tianjin-gansu",
    "Tianjin + Qingdao + Fuzhou + Xiamen→Gansu": "tianjin-gansu",
    "Tianjin Hedong→Diebu & Ning counties (Gansu)": "hedong-diebu",
    "Tianjin Jinghai→Zhenyuan county (Gansu)": "jinghai-zhenyuan",
    "Fuzhou→Dingxi": "fuzhou-dingxi",
    "Xiamen→Linxia": "xiamen-linxia",
    "xiamen-linxia": "xiamen-linxia",
    "Xiamen Siming→Linxia city": "xiamen-linxia",
    "huli-dongxiang": "huli-dongxiang",
    "Shandong→Chongqing": "shandong-chongqing",
    "Shandong→Chongqing (14 cities ↔ 14 counties)": "shandong-chongqing",
    "Shandong→Chongqing (Fengjie)": "shandong-chongqing",
    "shandong-chongqing": "shandong-chongqing",
    "Jinan→Wulong": "shandong-chongqing",
    "Dongying→Youyang": "shandong-chongqing",
    "shandong-gansu": "shandong-gansu",
    "qingdao-heze": "qingdao-anshun",
    "Guangdong→Guangxi": "guangdong-guangxi",
    "Guangzhou→Baise": "guangdong-guangxi",
    "Guangdong Lianjiang→Guangxi Rongshui": "lianjiang-rongshui",
    "Guangdong→Ganzi": "foshan-liangshan",
    "Foshan→Liangshan (11 counties)": "foshan-liangshan",
    "Zhuhai→Liangshan": "zhuhai-liangshan",
    "Dongguan→Zhaotong (Zhenxiong county labour export)": "dongguan-zhaotong",
    "Zhongshan + Dongguan→Zhaotong (10 counties, 1 district)": "dongguan-zhaotong",
    "Huizhou Huicheng→Ceheng (Qianxinan) (post-2021)": "huicheng-ceheng",
    "guangzhou-bijie": "guangzhou-bijie",
    "guangzhou-qiannan": "guangzhou-qiannan",
    "shenzhen-bijie": "shenzhen-bijie",
    "shenzhen-qiannan": "shenzhen-qiannan",
    "gongshu-huangping": "gongshu-huangping",
    "hangzhou-enshi": "hangzhou-enshi",
    "suzhou-tongren": "suzhou-tongren",
    "hangzhou-qiandongnan": "hangzhou-qiandongnan",
    "qingdao-anshun": "qingdao-anshun",
    "qingdao-longnan": "qingdao-longnan",
    "fujian-ningxia": "fujian-ningxia",
    "liaoning-qinghai": "liaoning-qinghai",
    "liaoning-guizhou": "liaoning-guizhou",
    "dalian-liupanshui": "dalian-liupanshui",
    "zhongshan-liupanshui": "zhongshan-liupanshui",
    "jinpu-panzhou": "jinpu-panzhou",
}
PAIRING_ALIASES.update(
    {
        "15 eastern provinces→11 western provinces (from 1996)": "east-west-national",
        "15 eastern provinces→western areas": "east-west-national",
        "8 eastern provinces→10 western provinces (post-2021)": "east-west-national",
        "9 eastern provinces→14 central/western areas": "east-west-national",
        "national (13 helping cities incl. Dalian and Suzhou)": "east-west-national",
        "national (all eastern helpers→western areas)": "east-west-national",
        "Shanghai/Suzhou/Hangzhou/Guangzhou→Guizhou (2013)": "eastcities-guizhou",
    }
)
# Lead labels that are not East-West pairings (kept out of pairings.csv on purpose).
NOT_PAIRINGS = {
    "Guizhou→Guangdong/Fujian/Zhejiang/Jiangsu (labour)": "destinations of Guizhou's migrant labour, not a pairing",
    "Guizhou→eastern provinces (labour export)": "destinations of Guizhou's migrant labour, not a pairing",
    "Suzhou→Xinjiang/Tibet (paired assistance)": "counterpart support to Xinjiang and Tibet, another programme",
    "dalian-wanda-danzhai (enterprise)": "an enterprise's county aid (Dalian Wanda Group), not a government pairing",
    "guizhou-ningxia (labour)": "a labour agreement between two western provinces, not East-West",
    "national (all government poverty funding)": "all government poverty funding, not East-West",
    "national (all poverty funding, not East-West specific)": "all poverty funding, not East-West",
}
LEAD_PAIRING: dict[str, str] = {}
LEAD_PAIRING_BY_KEY = {
    "lxsyjx.cn": "jinpu-panzhou",
    "dlhitech.gov.cn": "dlhitech-shuicheng",
    "scholarmate.com": "ganjingzi-liuzhi",
    "jsfpzx.org.cn/news/1707": "eastcities-guizhou",
}

# Places and groups: id -> (name, name_zh as sources write it, kind, side, parent).
PLACES = {
    "eastern-cities-guizhou": ("Eastern cities helping Guizhou", "", "group", "east", ""),
    "guangdong": ("Guangdong Province", "广东", "province", "east", ""),
    "zhongshan": ("Zhongshan", "中山", "city", "east", "guangdong"),
    "qinghai": ("Qinghai Province", "青海", "province", "west", ""),
    "jiangsu": ("Jiangsu Province", "江苏", "province", "east", ""),
    "ganjingzi": ("Ganjingzi District (Dalian)", "甘井子", "district", "east", "dalian"),
    "liuzhi": ("Liuzhi Special District", "六枝特区", "county", "west", "liupanshui"),
    "jinpu": ("Jinpu New District (Dalian)", "金普新区", "district", "east", "dalian"),
    "panzhou": ("Panzhou", "盘州", "county", "west", "liupanshui"),
    "dalian-hitech-zone": ("Dalian High-tech Zone", "大连高新区", "district", "east", "dalian"),
    "shuicheng": ("Shuicheng County", "水城", "county", "west", "liupanshui"),
    "anshun": ("Anshun", "安顺", "city", "west", "guizhou"),
    "tongren": ("Tongren", "铜仁", "city", "west", "guizhou"),
    "dingxi": ("Dingxi", "定西", "city", "west", "gansu"),
    "fujian": ("Fujian Province", "福建", "province", "east", ""),
    "fuzhou": ("Fuzhou", "福州", "city", "east", "fujian"),
    "xiamen": ("Xiamen", "厦门", "city", "east", "fujian"),
    "quanzhou": ("Quanzhou", "泉州", "city", "east", "fujian"),
    "ningxia": ("Ningxia Hui Autonomous Region", "宁夏", "province", "west", ""),
    "wuzhong": ("Wuzhong (Ningxia)", "", "city", "west", "ningxia"),
    "zhejiang": ("Zhejiang Province", "浙江", "province", "east", ""),
    "hangzhou": ("Hangzhou", "杭州", "city", "east", "zhejiang"),
    "ningbo": ("Ningbo", "宁波", "city", "east", "zhejiang"),
    "qiandongnan": ("Qiandongnan Prefecture", "黔东南", "city", "west", "guizhou"),
    "qianxinan": ("Qianxinan Prefecture", "黔西南", "city", "west", "guizhou"),
    "enshi": ("Enshi Prefecture", "恩施", "city", "west", ""),
    "garze": ("Garze Prefecture", "", "city", "west", "sichuan"),
    "foshan": ("Foshan", "佛山", "city", "east", "guangdong"),
    "yanbian": ("Yanbian Prefecture", "延边", "city", "west", ""),
    "sichuan": ("Sichuan Province", "四川", "province", "west", ""),
    "suzhou": ("Suzhou", "苏州", "city", "east", "jiangsu"),
    "beijing": ("Beijing", "北京", "province", "east", ""),
    "inner-mongolia": ("Inner Mongolia Autonomous Region", "内蒙古", "province", "west", ""),
    "tianjin": ("Tianjin", "天津", "province", "east", ""),
    "shanghai": ("Shanghai", "上海", "province", "east", ""),
    "yunnan": ("Yunnan Province", "云南", "province", "west", ""),
    "zunyi": ("Zunyi", "遵义", "city", "west", "guizhou"),
    "guangzhou": ("Guangzhou", "广州", "city", "east", "guangdong"),
    "shenzhen": ("Shenzhen", "深圳", "city", "east", "guangdong"),
    "bijie": ("Bijie", "毕节", "city", "west", "guizhou"),
    "qiannan": ("Qiannan Prefecture", "黔南", "city", "west", "guizhou"),
    "shaanxi": ("Shaanxi Province", "陕西", "province", "west", ""),
    "chongqing": ("Chongqing", "重庆", "province", "west", ""),
    "guangxi": ("Guangxi Zhuang Autonomous Region", "广西", "province", "west", ""),
    "linxia": ("Linxia Prefecture", "临夏", "city", "west", "gansu"),
    "liangshan": ("Liangshan Prefecture", "凉山", "city", "west", "sichuan"),
    "zhuhai": ("Zhuhai", "珠海", "city", "east", "guangdong"),
    "zhaotong": ("Zhaotong", "昭通", "city", "west", "yunnan"),
    "dongguan": ("Dongguan", "东莞", "city", "east", "guangdong"),
    "gongshu": ("Gongshu District (Hangzhou)", "拱墅", "district", "east", "hangzhou"),
    "huangping": ("Huangping County", "黄平", "county", "west", "qiandongnan"),
    "ninghai": ("Ninghai County (Ningbo)", "宁海", "county", "east", "ningbo"),
    "qinglong": ("Qinglong County", "晴隆", "county", "west", "qianxinan"),
    "haishu": ("Haishu District (Ningbo)", "海曙", "district", "east", "ningbo"),
    "zhenfeng": ("Zhenfeng County", "贞丰", "county", "west", "qianxinan"),
    "beilun": ("Beilun District (Ningbo)", "北仑", "district", "east", "ningbo"),
    "wangqing": ("Wangqing County", "汪清", "county", "west", "yanbian"),
    "suzhou-industrial-park": ("Suzhou Industrial Park", "", "district", "east", "suzhou"),
    "songtao": ("Songtao County", "松桃", "county", "west", "tongren"),
    "xuhui": ("Xuhui District (Shanghai)", "徐汇", "district", "east", "shanghai"),
    "luxi": ("Luxi County (Yunnan)", "泸西", "county", "west", "yunnan"),
    "huli": ("Huli District (Xiamen)", "湖里", "district", "east", "xiamen"),
    "dongxiang": ("Dongxiang County", "东乡", "county", "west", "linxia"),
    "qingpu": ("Qingpu District (Shanghai)", "青浦", "district", "east", "shanghai"),
    "mangshi": ("Mangshi", "芒市", "county", "west", "yunnan"),
    "lianjiang": ("Lianjiang (Guangdong)", "", "county", "east", "guangdong"),
    "rongshui": ("Rongshui County (Guangxi)", "", "county", "west", "guangxi"),
    "hedong": ("Hedong District (Tianjin)", "", "district", "east", "tianjin"),
    "diebu": ("Diebu County", "", "county", "west", "gansu"),
    "jinghai": ("Jinghai District (Tianjin)", "", "district", "east", "tianjin"),
    "zhenyuan": ("Zhenyuan County (Gansu)", "", "county", "west", "gansu"),
    "huicheng": ("Huicheng District (Huizhou)", "惠城", "district", "east", "guangdong"),
    "ceheng": ("Ceheng County", "册亨", "county", "west", "qianxinan"),
    "qingdao-west-coast": (
        "Qingdao West Coast New Area",
        "青岛西海岸新区",
        "district",
        "east",
        "qingdao",
    ),
    "anshun-etdz": (
        "Anshun Economic and Technological Development Zone",
        "",
        "district",
        "west",
        "anshun",
    ),
    "wudu": ("Wudu District (Longnan)", "武都", "district", "west", "longnan"),
    "anji": ("Anji County (Huzhou)", "安吉", "county", "east", "zhejiang"),
    "qingchuan": ("Qingchuan County", "青川", "county", "west", "sichuan"),
    "zhoushan": ("Zhoushan", "舟山", "city", "east", "zhejiang"),
    "dazhou": ("Dazhou", "达州", "city", "west", "sichuan"),
}
# Existing actors that gain characters where a Chinese source shows them.
EXISTING_ZH = {
    "liaoning": "辽宁",
    "guizhou": "贵州",
    "dalian": "大连",
    "liupanshui": "六盘水",
    "shenyang": "沈阳",
    "shandong": "山东",
    "gansu": "甘肃",
    "qingdao": "青岛",
    "longnan": "陇南",
    "lanzhou": "兰州",
}

# Pairings: id -> dict. Sources named by a URL fragment. Dates: (iso, precision, basis, src).
P = "East-West poverty alleviation cooperation"
PAIRINGS = {
    "east-west-national": dict(
        start=("1996-01-01", "year", "stated", "24191405"),
        src="24191405",
        notes="The programme began in 1996 (15 eastern provinces and cities paired with 11 western provinces, per the 2011 white paper); the 2021 re-pairing kept it as East-West cooperation (8 eastern provinces with 10 western).",
    ),
    "eastcities-guizhou": dict(
        east="eastern-cities-guizhou",
        west="guizhou",
        level="group",
        parent="east-west-national",
        programme=P,
        start=("1996-01-01", "year", "stated", "jsfpzx.org.cn/news/1707"),
        end=("2020-12-31", "year", "inferred", "freewechat.com"),
        src="jsfpzx.org.cn/news/1707",
        evidence="深圳、青岛、大连、宁波4个计划单列市",
        notes="Four cities (Shenzhen, Qingdao, Dalian, Ningbo) from 1996, each helping two prefectures; eight from February 2013 (国办发〔2013〕11号); seven from 2016. Ends with the 2021 re-pairing that gave Guizhou to Guangdong (inferred end 2020).",
    ),
    "liaoning-guizhou": dict(
        start=("2016-01-01", "year", "inferred", "daily.cnnb.com.cn/nbrb/html/2016-12/08"),
        end=("2020-12-31", "year", "inferred", "freewechat.com"),
        succ="guangdong-guizhou",
        notes="The December 2016 central guideline names Dalian -> Liupanshui as Liaoning's task (start inferred from it); before 2016 Liaoning's partner was Qinghai. From 2021 Guizhou's partner is Guangdong (Zhongshan took Liupanshui): end inferred 2020.",
    ),
    "guangdong-guizhou": dict(
        east="guangdong",
        west="guizhou",
        level="province",
        parent="east-west-national",
        programme="East-West cooperation",
        start=("2021-01-01", "year", "inferred", "freewechat.com"),
        pred="liaoning-guizhou",
        src="freewechat.com",
        notes="From the 2021 national re-pairing (Zhongshan, Guangdong, took Liupanshui); start year inferred from the Zhongshan-Liupanshui source.",
    ),
    "liaoning-qinghai": dict(
        east="liaoning",
        west="qinghai",
        level="province",
        parent="east-west-national",
        programme=P,
        start=("1997-01-01", "year", "inferred", "382709"),
        end=("2016-12-31", "year", "inferred", "daily.cnnb.com.cn/nbrb/html/2016-12/08"),
        succ="jiangsu-qinghai",
        src="382709",
        notes="Yearbook grants run cumulatively from 1997 (start inferred: the pairing may be older). The December 2016 guideline pairs Jiangsu with Xining and Haidong and gives Liaoning the Dalian -> Liupanshui task: end inferred 2016.",
    ),
    "jiangsu-qinghai": dict(
        east="jiangsu",
        west="qinghai",
        level="province",
        parent="east-west-national",
        programme=P,
        start=("2016-12-07", "day", "stated", "daily.cnnb.com.cn/nbrb/html/2016-12/08"),
        pred="liaoning-qinghai",
        src="daily.cnnb.com.cn/nbrb/html/2016-12/08",
        notes="Jiangsu helps Shaanxi and, in Qinghai, Xining and Haidong (2016 guideline).",
    ),
    "dalian-liupanshui": dict(
        start=("1996-01-01", "year", "stated", "25022.jhtml"),
        end=("2021-04-15", "day", "inferred", "freewechat.com"),
        succ="zhongshan-liupanshui",
        notes="Dalian's own site dates the support from 1996 (a weak site says 1998: see conflicts.csv). Guizhou Daily (2016) says that from 1996 Dalian helped two prefectures and the one-to-one pairing dates from 2013. The 2021 re-pairing gave Liupanshui to Zhongshan; the end is taken as Zhongshan's first joint meeting (2021-04-15), inferred.",
    ),
    "zhongshan-liupanshui": dict(
        east="zhongshan",
        west="liupanshui",
        level="city",
        parent="guangdong-guizhou",
        programme="East-West cooperation",
        start=("2021-04-15", "day", "stated", "freewechat.com"),
        pred="dalian-liupanshui",
        src="freewechat.com",
        evidence="召开中山市·六盘水市东西部协作首次联席会议",
        notes="Paired from the 2021 national re-pairing; first Zhongshan-Liupanshui joint meeting 2021-04-15.",
    ),
    "ganjingzi-liuzhi": dict(
        east="ganjingzi",
        west="liuzhi",
        level="county",
        parent="dalian-liupanshui",
        programme="county pairing (hand in hand)",
        start=("unknown", "", "", ""),
        end=("2021-04-15", "day", "inferred", "freewechat.com"),
        src="scholarmate.com",
        notes="Only a journal abstract (weak) names it; it ends with its city pairing (inferred).",
    ),
    "jinpu-panzhou": dict(
        east="jinpu",
        west="panzhou",
        level="county",
        parent="dalian-liupanshui",
        programme="county pairing (hand in hand)",
        start=("2018-01-01", "year", "inferred", "lxsyjx.cn"),
        end=("2021-04-15", "day", "inferred", "freewechat.com"),
        src="lxsyjx.cn",
        notes="The Panzhou page reports the pairings 'since 2018' (start inferred); ends with its city pairing (inferred).",
    ),
    "dlhitech-shuicheng": dict(
        east="dalian-hitech-zone",
        west="shuicheng",
        level="county",
        parent="dalian-liupanshui",
        programme="county pairing (hand in hand)",
        start=("unknown", "", "", ""),
        end=("2021-04-15", "day", "inferred", "freewechat.com"),
        src="dlhitech.gov.cn",
        notes="The zone's 2020 summary reports its Shuicheng work; the start is not given; ends with its city pairing (inferred).",
    ),
    "qingdao-tongren": dict(
        east="qingdao",
        west="tongren",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("1996-01-01", "year", "inferred", "jsfpzx.org.cn/news/1707"),
        end=("2013-02-01", "month", "inferred", "c_1126384117"),
        succ="suzhou-tongren",
        src="382711",
        notes="Qingdao helped Anshun and Tongren together from 1996 ('one helps two'); Suzhou took Tongren in February 2013.",
    ),
    "qingdao-anshun": dict(
        east="qingdao",
        west="anshun",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("1996-01-01", "year", "inferred", "jsfpzx.org.cn/news/1707"),
        end=("2021-04-01", "month", "inferred", "reportify.cn"),
        src="content_17321468",
        notes="From 1996 with Tongren ('one helps two'), one-to-one from 2013. A weak page says Qingdao is paired with Dingxi from April 2021 (end inferred).",
    ),
    "qingdao-longnan": dict(
        start=("2016-10-01", "month", "stated", "2017-08-10/content-177087"),
        end=("2021-04-01", "month", "inferred", "reportify.cn"),
        succ="",
        notes="Paired by the central decision of October 2016; a weak page says Qingdao is paired with Dingxi from April 2021 (end inferred).",
    ),
    "qingdao-dingxi": dict(
        east="qingdao",
        west="dingxi",
        level="city",
        parent="shandong-gansu",
        programme="East-West cooperation",
        start=("2021-04-01", "month", "stated", "reportify.cn"),
        pred="fuzhou-dingxi",
        src="reportify.cn",
        evidence="青岛与定西自2021年4月结对",
        notes="Only a weak page gives the start (April 2021): unconfirmed.",
    ),
    "fuzhou-dingxi": dict(
        east="fuzhou",
        west="dingxi",
        level="city",
        parent="fujian-ningxia",
        programme=P,
        start=("unknown", "", "", ""),
        end=("2021-04-01", "month", "inferred", "reportify.cn"),
        succ="qingdao-dingxi",
        src="laitimes.com",
        notes="Fuzhou's Dingxi work is reported under the Gansu cooperation of 2017-2020; Qingdao takes Dingxi in 2021 (end inferred). Its parent is listed as Fujian's programme for want of a Fujian-Gansu pairing in the leads.",
    ),
    "shandong-gansu": dict(
        start=("unknown", "", "", ""),
        notes="The province-level Shandong-Gansu cooperation is reported from 2021 (symposium of December 2021); before that Qingdao's Longnan work ran under the city pairing.",
    ),
    "hangzhou-qiandongnan": dict(
        east="hangzhou",
        west="qiandongnan",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("2013-01-01", "year", "stated", "t20200527_11999873"),
        end=("2021-01-01", "year", "inferred", "qdnrbs.cn"),
        pred="ningbo-qiandongnan",
        succ="foshan-qiandongnan",
        src="t20200527_11999873",
        evidence="2013年,杭州接力帮扶黔东南州",
        notes="Hangzhou took Qiandongnan over from Ningbo in 2013; after the 2021 re-pairing Qiandongnan's partner is Foshan (end inferred).",
    ),
    "ningbo-qiandongnan": dict(
        east="ningbo",
        west="qiandongnan",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("1996-01-01", "year", "stated", "t20200527_11999873"),
        end=("2013-01-01", "year", "stated", "t20200527_11999873"),
        succ="hangzhou-qiandongnan",
        src="t20200527_11999873",
        evidence="1996年,宁波市与贵州省黔东南苗族侗族自治州、黔西南布依族苗族自治州对口扶贫协作工程正式启动",
        notes="Ningbo helped Qiandongnan and Qianxinan from 1996 and handed Qiandongnan to Hangzhou in 2013.",
    ),
    "foshan-qiandongnan": dict(
        east="foshan",
        west="qiandongnan",
        level="city",
        parent="guangdong-guizhou",
        programme="East-West cooperation",
        start=("2021-01-01", "year", "inferred", "qdnrbs.cn"),
        pred="hangzhou-qiandongnan",
        src="qdnrbs.cn",
        notes="Post-2021 pairing (start inferred from the 2021 re-pairing).",
    ),
    "hangzhou-enshi": dict(
        east="hangzhou",
        west="enshi",
        level="city",
        parent="east-west-national",
        programme=P,
        start=("2016-10-01", "month", "stated", "house.china.com.cn/1697443"),
        end=("2021-04-01", "month", "inferred", "2106070233"),
        src="house.china.com.cn/1697443",
        notes="From October 2016; Hangzhou's partners from April 2021 are Garze and Guangyuan (end inferred).",
    ),
    "hangzhou-garze": dict(
        east="hangzhou",
        west="garze",
        level="city",
        parent="zhejiang-sichuan",
        programme="East-West cooperation",
        start=("2021-04-01", "month", "stated", "2106070233"),
        src="2106070233",
        notes="Hangzhou's post-2021 partners: 12 counties of Garze and 6 of Guangyuan.",
    ),
    "ningbo-qianxinan": dict(
        east="ningbo",
        west="qianxinan",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("1996-01-01", "year", "stated", "t20200527_11999873"),
        end=("2021-01-01", "year", "inferred", "2024-10/10"),
        src="t20200527_11999873",
        evidence="2013年,杭州接力帮扶黔东南州,宁波继续帮扶黔西南州",
        notes="From 1996; after the 2021 re-pairing Qianxinan's counties are paired with Guangdong (Huizhou Huicheng -> Ceheng), end inferred.",
    ),
    "ningbo-yanbian": dict(
        east="ningbo",
        west="yanbian",
        level="city",
        parent="east-west-national",
        programme=P,
        start=("2017-01-01", "year", "inferred", "t20170516_3901979"),
        src="t20170516_3901979",
        notes="'A new national task' reported in May 2017 (start inferred).",
    ),
    "suzhou-tongren": dict(
        east="suzhou",
        west="tongren",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("2013-02-01", "month", "stated", "c_1126384117"),
        end=("2021-01-01", "year", "inferred", "tibetol.cn"),
        pred="qingdao-tongren",
        src="c_1126384117",
        evidence="2013年2月,国务院办公厅发文明确苏州市与贵州省铜仁市的对口帮扶关系",
        notes="From February 2013 (upgraded to Jiangsu-Tongren in July 2016); after 2021 Suzhou's partners are in Shaanxi and Qinghai (end inferred).",
    ),
    "fujian-ningxia": dict(
        east="fujian",
        west="ningxia",
        level="province",
        parent="east-west-national",
        programme=P,
        start=("1996-01-01", "year", "stated", "WS5f617e27498ed1e2f34095b3"),
        src="WS5f617e27498ed1e2f34095b3",
        evidence="Cooperation was first established in 1996",
        notes="'24 years' of cooperation by 2020 (1996-2020); continues after 2021.",
    ),
    "quanzhou-wuzhong": dict(
        east="quanzhou",
        west="wuzhong",
        level="city",
        parent="fujian-ningxia",
        programme=P,
        start=("unknown", "", "", ""),
        src="fujiansannong.com",
        notes="Quanzhou's aid to Yanchi, Tongxin and Hongsibu (Wuzhong).",
    ),
    "beijing-inner-mongolia": dict(
        east="beijing",
        west="inner-mongolia",
        level="province",
        parent="east-west-national",
        programme=P,
        start=("1996-05-01", "month", "inferred", "ccgp-fushun.com"),
        src="382702",
        notes="The 1996 (May) meeting that launched the pairings is the inferred start; yearbooks report it from 2009.",
    ),
    "tianjin-gansu": dict(
        east="tianjin",
        west="gansu",
        level="province",
        parent="east-west-national",
        programme=P,
        start=("2016-12-07", "day", "stated", "daily.cnnb.com.cn/nbrb/html/2016-12/08"),
        src="daily.cnnb.com.cn/nbrb/html/2016-12/08",
        notes="Named in the December 2016 guideline (Tianjin -> Gansu and Chengde).",
    ),
    "hedong-diebu": dict(
        east="hedong",
        west="diebu",
        level="county",
        parent="tianjin-gansu",
        programme="county pairing",
        start=("unknown", "", "", ""),
        src="yqfma.cn",
    ),
    "jinghai-zhenyuan": dict(
        east="jinghai",
        west="zhenyuan",
        level="county",
        parent="tianjin-gansu",
        programme="county pairing",
        start=("unknown", "", "", ""),
        src="vpjob.com",
    ),
    "xiamen-linxia": dict(
        east="xiamen",
        west="linxia",
        level="city",
        parent="east-west-national",
        programme=P,
        start=("2010-06-01", "month", "stated", "384895"),
        src="384895",
        notes="Paired in the June 2010 adjustment of 13 provinces' relationships.",
    ),
    "huli-dongxiang": dict(
        east="huli",
        west="dongxiang",
        level="county",
        parent="xiamen-linxia",
        programme="county pairing",
        start=("unknown", "", "", ""),
        src="lanzhou.baogaosu.com",
    ),
    "zhuhai-liangshan": dict(
        east="zhuhai",
        west="liangshan",
        level="city",
        parent="east-west-national",
        programme=P,
        start=("2010-06-01", "month", "stated", "384895"),
        src="384895",
        notes="Paired in the June 2010 adjustment.",
    ),
    "foshan-liangshan": dict(
        east="foshan",
        west="liangshan",
        level="city",
        parent="east-west-national",
        programme=P,
        start=("unknown", "", "", ""),
        src="ykshuntai.com",
        notes="Foshan's 11 Liangshan counties, reported in 2017.",
    ),
    "zhejiang-sichuan": dict(
        east="zhejiang",
        west="sichuan",
        level="province",
        parent="east-west-national",
        programme=P,
        start=("2010-06-01", "month", "stated", "384895"),
        src="382707",
        notes="Zhejiang and Sichuan are among the 13 provinces whose relationships were adjusted in June 2010; the 2016 guideline keeps Zhejiang -> Sichuan.",
    ),
    "anji-qingchuan": dict(
        east="anji",
        west="qingchuan",
        level="county",
        parent="zhejiang-sichuan",
        programme="village and county pairing",
        start=("unknown", "", "", ""),
        src="34528754",
    ),
    "zhoushan-dazhou": dict(
        east="zhoushan",
        west="dazhou",
        level="city",
        parent="zhejiang-sichuan",
        programme=P,
        start=("unknown", "", "", ""),
        src="dazhou.gov.cn",
    ),
    "shanghai-yunnan": dict(
        east="shanghai",
        west="yunnan",
        level="province",
        parent="east-west-national",
        programme=P,
        start=("1996-01-01", "year", "stated", "paper.xinmin.cn"),
        src="382704",
        notes="1996: the centre decided that Shanghai helps Yunnan.",
    ),
    "xuhui-luxi": dict(
        east="xuhui",
        west="luxi",
        level="county",
        parent="shanghai-yunnan",
        programme="county pairing",
        start=("1997-01-01", "year", "inferred", "paper.xinmin.cn"),
        src="paper.xinmin.cn",
        notes="'23 years' of pairing by 2020 (start 1996/97, inferred).",
    ),
    "qingpu-mangshi": dict(
        east="qingpu",
        west="mangshi",
        level="county",
        parent="shanghai-yunnan",
        programme="county pairing",
        start=("unknown", "", "", ""),
        src="authorityngr.com/2020/12/30",
    ),
    "shanghai-zunyi": dict(
        east="shanghai",
        west="zunyi",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("2013-02-01", "month", "inferred", "jsfpzx.org.cn/news/1707"),
        end=("2021-01-01", "year", "inferred", "freewechat.com"),
        src="jsfpzx.org.cn/news/1707",
        notes="Shanghai is one of the four cities added by the 2013 State Council document (start inferred); ends with the 2021 re-pairing (inferred).",
    ),
    "guangzhou-qiannan": dict(
        east="guangzhou",
        west="qiannan",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("2013-02-01", "month", "inferred", "jsfpzx.org.cn/news/1707"),
        src="gdgz.wenming.cn",
        notes="Guangzhou added by the 2013 document (start inferred).",
    ),
    "shenzhen-bijie": dict(
        east="shenzhen",
        west="bijie",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("1996-01-01", "year", "inferred", "jsfpzx.org.cn/news/1707"),
        end=("2016-01-01", "year", "inferred", "mtiku.zujuan.com"),
        succ="guangzhou-bijie",
        src="384923",
        notes="Shenzhen was one of the four 1996 cities; Guangzhou took Bijie in 2016 (weak source, end inferred).",
    ),
    "shenzhen-qiannan": dict(
        east="shenzhen",
        west="qiannan",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("1996-01-01", "year", "inferred", "jsfpzx.org.cn/news/1707"),
        src="384923",
        notes="Shenzhen's two prefectures from 1996 ('one helps two'); end not given.",
    ),
    "guangzhou-bijie": dict(
        east="guangzhou",
        west="bijie",
        level="city",
        parent="eastcities-guizhou",
        programme=P,
        start=("2016-01-01", "year", "stated", "mtiku.zujuan.com"),
        pred="shenzhen-bijie",
        src="gdgz.wenming.cn",
        notes="Start from a weak source (exam material): unconfirmed.",
    ),
    "jiangsu-shaanxi": dict(
        east="jiangsu",
        west="shaanxi",
        level="province",
        parent="east-west-national",
        programme=P,
        start=("unknown", "", "", ""),
        src="385068",
    ),
    "shandong-chongqing": dict(
        east="shandong",
        west="chongqing",
        level="province",
        parent="east-west-national",
        programme=P,
        start=("unknown", "", "", ""),
        src="384920",
    ),
    "guangdong-guangxi": dict(
        east="guangdong",
        west="guangxi",
        level="province",
        parent="east-west-national",
        programme=P,
        start=("1996-05-01", "month", "inferred", "ccgp-fushun.com"),
        src="en.gxzf.gov.cn",
        notes="People's Daily (2001) reports the 1996 launch with Guangzhou -> Baise (start inferred).",
    ),
    "lianjiang-rongshui": dict(
        east="lianjiang",
        west="rongshui",
        level="county",
        parent="guangdong-guangxi",
        programme="county pairing",
        start=("2017-09-01", "month", "inferred", "content_76642905"),
        src="content_76642905",
        notes="The project agreement of September 2017 is the earliest date given.",
    ),
    "dongguan-zhaotong": dict(
        east="dongguan",
        west="zhaotong",
        level="city",
        parent="east-west-national",
        programme=P,
        start=("unknown", "", "", ""),
        src="english.scio.gov.cn",
    ),
    "gongshu-huangping": dict(
        east="gongshu",
        west="huangping",
        level="county",
        parent="hangzhou-qiandongnan",
        programme="county pairing",
        start=("unknown", "", "", ""),
        src="zhxpm.cn",
    ),
    "ninghai-qinglong": dict(
        east="ninghai",
        west="qinglong",
        level="county",
        parent="ningbo-qianxinan",
        programme="county pairing",
        start=("1996-01-01", "year", "stated", "ldqxn.com"),
        src="62b392a5",
        notes="Aid to Qinglong began in 1996 (Qianxinan paper, 2014).",
    ),
    "haishu-zhenfeng": dict(
        east="haishu",
        west="zhenfeng",
        level="county",
        parent="ningbo-qianxinan",
        programme="county pairing",
        start=("unknown", "", "", ""),
        src="c_692865",
    ),
    "beilun-wangqing": dict(
        east="beilun",
        west="wangqing",
        level="county",
        parent="ningbo-yanbian",
        programme="county pairing",
        start=("2018-01-01", "year", "stated", "c_692865"),
        src="c_692865",
    ),
    "sip-songtao": dict(
        east="suzhou-industrial-park",
        west="songtao",
        level="county",
        parent="suzhou-tongren",
        programme="county pairing",
        start=("unknown", "", "", ""),
        src="t20190711_1038561",
    ),
    "huicheng-ceheng": dict(
        east="huicheng",
        west="ceheng",
        level="county",
        parent="guangdong-guizhou",
        programme="East-West cooperation",
        start=("2021-01-01", "year", "inferred", "2024-10/10"),
        src="2024-10/10",
        notes="Post-2021 pairing (start inferred from the 2021 re-pairing).",
    ),
    "westcoast-anshun-etdz": dict(
        east="qingdao-west-coast",
        west="anshun-etdz",
        level="county",
        parent="qingdao-anshun",
        programme="county pairing",
        start=("2015-01-01", "year", "stated", "news.iaiso.net"),
        src="news.iaiso.net",
        evidence="青岛西海岸新区分别于2015年、2017年与贵州省安顺经济技术开发区、甘肃省陇南市武都区建立扶贫协作关系",
        notes="Weak source only: unconfirmed.",
    ),
    "westcoast-wudu": dict(
        east="qingdao-west-coast",
        west="wudu",
        level="county",
        parent="qingdao-longnan",
        programme="county pairing",
        start=("2017-01-01", "year", "stated", "news.iaiso.net"),
        src="news.iaiso.net",
        evidence="青岛西海岸新区分别于2015年、2017年与贵州省安顺经济技术开发区、甘肃省陇南市武都区建立扶贫协作关系",
        notes="Weak source only: unconfirmed.",
    ),
}


# Pairings curated by hand before this import: their row evidence stays.
HAND_CURATED_PAIRINGS = {
    "liaoning-guizhou",
    "dalian-liupanshui",
    "shandong-gansu",
    "qingdao-longnan",
}


def lead_url(imp, key: str) -> str:
    hits = [lead["url"] for lead in imp.leads if key in lead["url"]]
    if len(hits) != 1:
        raise KeyError(f"lead key {key!r} matches {len(hits)} leads")
    return hits[0]


def S(imp, key: str) -> str:
    """Source id of the lead whose URL contains key (or an existing source id)."""
    if key in imp.t.rows["sources"]:
        return key
    return imp.sid_by_url[lead_url(imp, key)]


LEAD_HANDLING: dict[str, tuple[str, str]] = {}
# Figures whose wording makes them a plan although the lead's qualifier does not say so:
# (lead key, figure number from 0) -> True.
FIGURE_IS_PLEDGE_BY_KEY = {("382709.shtml", 1): True}  # '26 million planned / 27.08 million'
FIGURE_IS_PLEDGE: dict[tuple[str, int], bool] = {}
MERGE_INTO: dict[str, str] = {}
MERGE_INTO_BY_KEY = {
    "guizhou.chinadaily.com.cn/2021-01/14/c_584334": "guizhou.chinadaily.com.cn/2021-01-14/c_584334"
}


def resolve_handling(imp) -> None:
    """Name the curated leads by their full URL (the keys are unique URL fragments)."""
    for key, val in LEAD_HANDLING_BY_KEY.items():
        LEAD_HANDLING[lead_url(imp, key)] = val
    for (key, n), value in FIGURE_IS_PLEDGE_BY_KEY.items():
        FIGURE_IS_PLEDGE[(lead_url(imp, key), n)] = value
    for key, pid in LEAD_PAIRING_BY_KEY.items():
        LEAD_PAIRING[lead_url(imp, key)] = pid
    for key, target in MERGE_INTO_BY_KEY.items():
        MERGE_INTO[lead_url(imp, key)] = target


def _zh_source(imp, chars: str) -> str | None:
    """The first Chinese-language lead (imported) whose text shows these characters."""
    if not chars:
        return None
    for lead in imp.leads:
        sid = imp.sid_by_url.get(lead["url"])
        handling = LEAD_HANDLING.get(lead["url"], ("imported",))[0]
        if not sid or handling.startswith("skipped") or lead["reliability"] == "weak":
            continue
        lang = lead.get("language") or ""
        text = json.dumps(
            {k: lead.get(k) for k in ("title", "figures", "events", "commitments")},
            ensure_ascii=False,
        )
        if lang.startswith("zh") and chars in text:
            return sid
    return None


def put_curated_actors_and_pairings(imp) -> None:
    """Places, groups and pairings (after source ids are known)."""
    t = imp.t
    for aid, (name, zh, kind, side, parent) in PLACES.items():
        pairing = next(
            (p for p in PAIRINGS.values() if aid in (p.get("east"), p.get("west"))), None
        )
        zsrc = _zh_source(imp, zh)
        src = zsrc or S(imp, pairing["src"]) if pairing else zsrc
        if src is None:
            src = S(imp, "jsfpzx.org.cn/news/1707")
        t.put(
            "actors",
            {
                "actor_id": aid,
                "name": name,
                "name_zh": zh if zsrc else "",
                "aliases": "",
                "kind": kind,
                "side": side,
                "parent_actor_id": parent,
                "source_id": src,
                "paragraph": "unknown",
                "evidence": zh if zsrc else "",
                "notes": ""
                if zsrc or not zh
                else "Characters not shown by an imported Chinese source: left empty.",
            },
        )
    for aid, zh in EXISTING_ZH.items():
        zsrc = _zh_source(imp, zh)
        row = t.get("actors", aid)
        if zsrc and row and not row.get("name_zh"):
            row["name_zh"] = zh
            row["notes"] = (row.get("notes") or "") + f" Characters as shown in {zsrc}."
    for pid, spec in PAIRINGS.items():
        old = t.get("pairings", pid) or {}
        row = {"pairing_id": pid}
        for col, key in (
            ("east_actor_id", "east"),
            ("west_actor_id", "west"),
            ("level", "level"),
            ("parent_pairing_id", "parent"),
            ("programme", "programme"),
        ):
            if key in spec:
                row[col] = spec[key]
        for col, key in (("start", "start"), ("end", "end")):
            date, prec, basis, src = spec.get(key, ("", "", "", ""))
            row[col] = date
            row[f"{col}_precision"] = prec
            row[f"{col}_basis"] = basis
            row[f"{col}_source_id"] = S(imp, src) if src else ""
        row["since"] = row["start"][:4] if row["start"] not in ("", "unknown") else "unknown"
        row["since_source_id"] = row["start_source_id"]
        row["predecessor_id"] = spec.get("pred", "")
        row["successor_id"] = spec.get("succ", "")
        if "src" in spec:
            row["source_id"] = S(imp, spec["src"])
            if pid not in HAND_CURATED_PAIRINGS:
                row["paragraph"] = "unknown"
                row["evidence"] = spec.get("evidence", "")
        row["notes"] = spec.get("notes", "")
        t.put("pairings", {**old, **row})


# ---------------------------------------------------------------- series, targets, conflicts

# indicator id -> spec; observations name figures as (lead key, figure number from 1[, part]).
INDICATORS = {
    "national-fiscal-aid-per-year": dict(
        definition="Fiscal aid from the eastern provinces and cities to their western partners in one year. Until 2012: the 15 eastern provinces' aid to western poor areas; from 2016: all eastern helpers (9 provinces and 13 cities, then 8 provinces after 2021), a much wider programme. Values of the two eras are not one series.",
        obs=[
            (
                "385063",
                1,
                "yearly",
                "2011-01-01",
                "2011-12-31",
                "Yearbook 2012 (15 eastern provinces and cities)",
            ),
            (
                "cjn.cn/gnxw/201912",
                1,
                "yearly",
                "2019-01-01",
                "2019-12-31",
                "All eastern helpers under the 2016 guideline",
            ),
            (
                "zhtxs.com",
                1,
                "period",
                "2019-01-01",
                "2019-08-31",
                "Nine eastern provinces and cities, January to August 2019 only",
            ),
            (
                "feiyi.bjrbrm.cn",
                1,
                "period",
                "2020-01-01",
                "2020-06-09",
                "Nine eastern provinces and cities, 2020 up to early June",
            ),
            (
                "bjgaoqi.cn",
                1,
                "period",
                "2023-01-01",
                "2023-11-30",
                "Eight eastern to ten western provinces (post-2021 pairing), to end of November 2023",
            ),
            (
                "c90000-20393824",
                1,
                "period",
                "2024-01-01",
                "2024-10-31",
                "Eight eastern to ten western provinces (post-2021 pairing), to end of October 2024",
            ),
        ],
    ),
    "national-fiscal-aid-multi-year": dict(
        new=dict(
            name="Fiscal aid from the east to the west over several years (period totals)",
            pairing="east-west-national",
            area="funds",
            unit="yuan",
            cumulative="true",
            commit=("nw.D110000gmrb_20151128", 1),
        ),
        definition="Totals over stated periods; the periods overlap and differ in scope, so they are shown as totals, never as a yearly line.",
        obs=[
            (
                "24191405",
                1,
                "period",
                "2003-01-01",
                "2010-12-31",
                "Government aid funds, 2003-2010 (white paper)",
            ),
            ("nw.D110000gmrb_20151128", 1, "cumulative", "1996-01-01", "2014-12-31", "1996-2014"),
            (
                "cnhubei.com/xw/gn/201612",
                1,
                "cumulative",
                "1996-01-01",
                "2015-12-31",
                "'More than 16 billion', 1996-2015",
            ),
            (
                "cnhubei.com/xw/gn/201612",
                3,
                "period",
                "2011-01-01",
                "2015-12-31",
                "12th Five-Year Plan period",
            ),
            (
                "zhtxs.com",
                4,
                "period",
                "2016-01-01",
                "2018-12-31",
                "2016-2018, after the 2016 guideline",
            ),
        ],
    ),
    "national-social-donations-per-year": dict(
        definition="Social donations in cash and kind mobilised by the eastern side in one year.",
        obs=[
            (
                "cjn.cn/gnxw/201912",
                2,
                "yearly",
                "2019-01-01",
                "2019-12-31",
                "All eastern helpers, 2019",
            ),
            ("zhtxs.com", 2, "period", "2019-01-01", "2019-08-31", "January to August 2019"),
        ],
    ),
    "national-consumption-sales": dict(
        new=dict(
            name="Western farm products bought or sold with eastern help",
            pairing="east-west-national",
            area="consumption",
            unit="yuan",
            cumulative="false",
            commit=("cjn.cn/gnxw/201912", 3),
        ),
        definition="Consumption-based assistance within East-West cooperation only (the all-channel national figures are far larger and are not in this series).",
        obs=[
            ("cjn.cn/gnxw/201912", 3, "yearly", "2019-01-01", "2019-12-31", ""),
            ("zhtxs.com", 3, "period", "2019-01-01", "2019-08-31", "January to August 2019"),
            (
                "bjgaoqi.cn",
                3,
                "period",
                "2023-01-01",
                "2023-11-30",
                "Post-2021 pairing, to end of November 2023",
            ),
            (
                "c90000-20393824",
                3,
                "period",
                "2024-01-01",
                "2024-10-31",
                "Post-2021 pairing, to end of October 2024",
            ),
        ],
    ),
    "eastcities-guizhou-funds": dict(
        new=dict(
            name="Aid funds of the eastern helper cities in Guizhou (period totals)",
            pairing="eastcities-guizhou",
            area="funds",
            unit="yuan",
            cumulative="true",
            commit=("t20191104_6390392", 1),
        ),
        definition="Funds the eastern helper cities put into Guizhou over a period. 2013-2016: eight cities, aid funds of all kinds; from 2016: seven cities, fiscal funds. Each value says its period.",
        target=(
            840000000,
            "2019-12-31",
            "content_17321468",
            1,
            "State Council floor (China Daily, 2014): each helper city at least 30 million yuan every year before 2020; for the seven cities over 2016-2019 that is 7 x 30 million x 4 = 840 million yuan (derived). The 2016-2020 overall plan's 'more than 2 billion yuan' rests on a weak source only (a machine-translated Xinhua copy): it is kept as a pledge, unconfirmed, not as this target.",
        ),
        obs=[
            (
                "t20161008_16538958",
                1,
                "period",
                "2013-01-01",
                "2016-10-08",
                "Eight cities, 2013 to 2016 ('3 years')",
            ),
            (
                "t20191104_6390392",
                1,
                "period",
                "2016-01-01",
                "2019-10-31",
                "Seven cities, fiscal funds, 2016 to October 2019",
            ),
            (
                "2021-01-14/c_584334",
                1,
                "period",
                "2016-01-01",
                "2020-12-31",
                "Seven cities, 2016-2020",
            ),
        ],
    ),
    "eastcities-guizhou-funds-2018": dict(
        new=dict(
            name="Fiscal funds of the seven helper cities in Guizhou in 2018",
            pairing="eastcities-guizhou",
            area="funds",
            unit="yuan",
            cumulative="false",
            commit=("qnnews.com.cn/news/201808", 2),
        ),
        definition="Fiscal funds of the seven cities for 2018, against the 2018 plan.",
        target=(
            1914000000,
            "2018-12-31",
            "qnnews.com.cn/news/201808",
            1,
            "2018 plan: 19.14亿元 expected from the seven cities",
        ),
        obs=[
            (
                "qnnews.com.cn/news/201808",
                2,
                "period",
                "2018-01-01",
                "2018-08-10",
                "Paid by 10 August 2018",
            )
        ],
    ),
    "hangzhou-qiandongnan-fiscal-aid-per-year": dict(
        new=dict(
            name="Hangzhou's fiscal aid to Qiandongnan (per year)",
            pairing="hangzhou-qiandongnan",
            area="funds",
            unit="yuan",
            cumulative="false",
            commit=("z.hangzhou.com.cn", 2),
        ),
        definition="Hangzhou's fiscal aid to Qiandongnan in one year.",
        target=(
            30000000,
            "2019-12-31",
            "content_17321468",
            1,
            "State Council floor: each helper city at least 30 million yuan per year before 2020 (China Daily, 2014)",
        ),
        obs=[("z.hangzhou.com.cn", 2, "yearly", "2019-01-01", "2019-12-31", "")],
    ),
    "hangzhou-qiandongnan-funds-period": dict(
        new=dict(
            name="Hangzhou's funds for Qiandongnan (period totals)",
            pairing="hangzhou-qiandongnan",
            area="funds",
            unit="yuan",
            cumulative="true",
            commit=("pyhair.net", 1),
        ),
        definition="Totals over stated periods; the measures differ (money spent, donations, fiscal funds to two prefectures) as each value says.",
        obs=[
            (
                "shancun.net",
                1,
                "cumulative",
                "2013-01-01",
                "2018-12-31",
                "Fiscal assistance funds, 2013 to about 2018 (weak source)",
            ),
            (
                "pyhair.net",
                1,
                "cumulative",
                "2013-01-01",
                "2020-06-15",
                "Money spent supporting Qiandongnan, 2013 to mid-2020",
            ),
            (
                "ezhejiang.gov.cn",
                3,
                "period",
                "2016-01-01",
                "2020-11-26",
                "Donations for hospitals, schools and infrastructure, past five years",
            ),
        ],
    ),
    "qingdao-anshun-funds": dict(
        new=dict(
            name="Qingdao's aid funds to Anshun (and, before 2013, Tongren)",
            pairing="qingdao-anshun",
            area="funds",
            unit="yuan",
            cumulative="false",
            commit=("384924", 1),
        ),
        definition="Qingdao's government aid funds for its Guizhou partners; until 2012 Anshun and Tongren together.",
        obs=[
            (
                "382711",
                1,
                "yearly",
                "2009-01-01",
                "2009-12-31",
                "Anshun and Tongren, funds and materials",
            ),
            (
                "384924",
                1,
                "yearly",
                "2010-01-01",
                "2010-12-31",
                "Anshun and Tongren (8.4 million each)",
            ),
            (
                "385076",
                2,
                "yearly",
                "2011-01-01",
                "2011-12-31",
                "Anshun and Tongren, including an extra disaster-relief fund",
            ),
            (
                "qing5.com",
                2,
                "period",
                "2016-01-01",
                "2020-12-31",
                "Anshun only, fiscal funds 2016-2020",
            ),
        ],
    ),
    "qingdao-longnan-funds": dict(
        new=dict(
            name="Qingdao's fiscal aid to Longnan (period totals)",
            pairing="qingdao-longnan",
            area="funds",
            unit="yuan",
            cumulative="true",
            commit=("gansu.gscn.com.cn", 1),
        ),
        definition="Qingdao's municipal fiscal aid to Longnan over stated periods.",
        obs=[
            ("gansu.gscn.com.cn", 1, "period", "2017-01-01", "2019-12-18", "2017-2019"),
            ("qing5.com", 3, "period", "2016-10-01", "2020-12-31", "2016/17-2020"),
        ],
    ),
    "ningbo-qianxinan-funds-cumulative": dict(
        new=dict(
            name="Ningbo's aid to Qianxinan since 1996 (running total)",
            pairing="ningbo-qianxinan",
            area="funds",
            unit="yuan",
            cumulative="true",
            commit=("nw.D110000gmrb_20160810", 1),
        ),
        definition="All assistance funds from Ningbo to Qianxinan since 1996.",
        obs=[
            (
                "guiyang.baogaosu.com/xinwen/%E5%AE%81",
                2,
                "cumulative",
                "1996-01-01",
                "2015-07-04",
                "'Nearly 500 million' by July 2015",
            ),
            (
                "nw.D110000gmrb_20160810",
                1,
                "cumulative",
                "1996-01-01",
                "2015-12-31",
                "1,573 projects",
            ),
            ("t20170516_3901979", 1, "cumulative", "1996-01-01", "2017-05-15", "1,643 projects"),
        ],
    ),
    "beijing-inner-mongolia-funds-per-year": dict(
        new=dict(
            name="Beijing's aid funds to Inner Mongolia (per year)",
            pairing="beijing-inner-mongolia",
            area="funds",
            unit="yuan",
            cumulative="false",
            commit=("385064", 1),
        ),
        definition="Funds and donations from Beijing to Inner Mongolia's poor areas in one year; the 2010 value counts donations (23.2 million from government), 2011 the anti-poverty funds allocated.",
        obs=[
            ("382702", 2, "yearly", "2009-01-01", "2009-12-31", "Funds and materials donated"),
            ("384896", 1, "yearly", "2010-01-01", "2010-12-31", "Donations"),
            (
                "385064",
                1,
                "yearly",
                "2011-01-01",
                "2011-12-31",
                "Anti-poverty funds allocated (plus 16 million matching)",
            ),
        ],
    ),
    "fujian-ningxia-funds-cumulative": dict(
        new=dict(
            name="Fujian's aid to Ningxia since 1996 (running total)",
            pairing="fujian-ningxia",
            area="funds",
            unit="yuan",
            cumulative="true",
            commit=("n355496065", 1),
        ),
        definition="All Fujian aid to Ningxia since 1996 (provincial, city and county funds and donations).",
        obs=[
            ("n355496065", 1, "cumulative", "1996-01-01", "2011-12-31", "1996-2011"),
            (
                "fujian.chinadaily.com.cn/2020-07/08",
                1,
                "cumulative",
                "1996-01-01",
                "2020-07-08",
                "1.93 billion provincial plus city and county funds",
            ),
            (
                "WS5f617e27498ed1e2f34095b3",
                2,
                "cumulative",
                "1996-01-01",
                "2020-09-16",
                "'More than 3 billion', 24 years",
            ),
        ],
    ),
    "fujian-ningxia-schools": dict(
        new=dict(
            name="Schools built or renovated in Ningxia with Fujian's help (running total)",
            pairing="fujian-ningxia",
            area="education",
            unit="schools",
            cumulative="true",
            commit=("WS5f617e27498ed1e2f34095b3", 3),
        ),
        definition="Schools built (or renovated) with Fujian funds since 1996.",
        obs=[
            (
                "fujian.chinadaily.com.cn/2020-07/08",
                (5, 1),
                "cumulative",
                "1996-01-01",
                "2020-07-08",
                "'Constructed' (with 349 medical institutions)",
            ),
            (
                "WS5f617e27498ed1e2f34095b3",
                3,
                "cumulative",
                "1996-01-01",
                "2020-09-16",
                "'Renovated or built'",
            ),
        ],
    ),
    "suzhou-tongren-fiscal-funds": dict(
        new=dict(
            name="Suzhou's (and Jiangsu's) fiscal funds for Tongren (period totals)",
            pairing="suzhou-tongren",
            area="funds",
            unit="yuan",
            cumulative="true",
            commit=("c_1126384117", 1),
        ),
        definition="Fiscal assistance funds for Tongren over stated periods.",
        target=(
            90000000,
            "2015-12-31",
            "content_17334413",
            1,
            "Suzhou offers 30 million yuan per year to Tongren in 2013-2015 (90 million over the three years)",
        ),
        obs=[
            (
                "c_1126384117",
                1,
                "period",
                "2017-01-01",
                "2020-08-19",
                "Jiangsu and Suzhou, 2017 to August 2020",
            ),
            (
                "11515115610918",
                1,
                "cumulative",
                "2013-01-01",
                "2021-04-07",
                "Suzhou, 2013 to about 2021",
            ),
        ],
    ),
    "liaoning-qinghai-aid-per-year": dict(
        new=dict(
            name="Liaoning's aid to Qinghai (per year)",
            pairing="liaoning-qinghai",
            area="funds",
            unit="yuan",
            cumulative="false",
            commit=("382709.shtml", 5),
        ),
        definition="Aid funds from Liaoning to its Qinghai partner counties in one year (yearbooks); 2010 counts the provincial government's part only.",
        target=(
            26000000,
            "2009-12-31",
            "382709.shtml",
            1,
            "2009 plan: 26 million yuan (Yearbook 2010)",
        ),
        obs=[
            ("382709.shtml", 5, "yearly", "2009-01-01", "2009-12-31", "Aid issued"),
            (
                "385066.shtml",
                3,
                "yearly",
                "2010-01-01",
                "2010-12-31",
                "Provincial government's aid only",
            ),
            (
                "385066.shtml",
                1,
                "yearly",
                "2011-01-01",
                "2011-12-31",
                "Donations, provincial government and others",
            ),
        ],
    ),
    "shenzhen-guizhou-funds-per-year": dict(
        new=dict(
            name="Shenzhen's anti-poverty funds for Bijie and Qiannan (per year)",
            pairing="shenzhen-bijie",
            area="funds",
            unit="yuan",
            cumulative="false",
            commit=("384923.shtml", 1),
        ),
        definition="Shenzhen's funds for its two Guizhou prefectures (Bijie and Qiannan) together, in one year.",
        obs=[
            ("384923.shtml", 1, "yearly", "2010-01-01", "2010-12-31", ""),
            ("385075.shtml", 1, "yearly", "2011-01-01", "2011-12-31", ""),
        ],
    ),
    "zhejiang-sichuan-funds-cumulative": dict(
        new=dict(
            name="Zhejiang's aid funds to Sichuan (running total)",
            pairing="zhejiang-sichuan",
            area="funds",
            unit="yuan",
            cumulative="true",
            commit=("art_5798_2277456", 2),
        ),
        definition="Funds Zhejiang put into its Sichuan partners since its aid began.",
        obs=[
            (
                "382707.shtml",
                1,
                "cumulative",
                "1996-01-01",
                "2009-12-31",
                "Grants to 12 counties of Guangyuan and Nanchong, 1996 to end-2009",
            ),
            (
                "art_5798_2277456",
                2,
                "cumulative",
                "",
                "2017-12-31",
                "About 1.2 billion by end-2017",
            ),
        ],
    ),
    "dalian-liupanshui-aid-team": dict(
        new=dict(
            name="Seconded cadres and talents in Dalian's aid team in Liupanshui",
            pairing="dalian-liupanshui",
            area="talent",
            unit="persons",
            cumulative="false",
            commit=("gz.cri.cn/n/20200731", 1),
        ),
        definition="People in the Dalian aid-Guizhou work team at a date (a level, not a total).",
        obs=[("gz.cri.cn/n/20200731", 1, "level", "", "2020-07-31", "")],
    ),
    "dalian-liupanshui-teachers-seconded": dict(
        new=dict(
            name="Dalian teachers sent to Liupanshui (running total)",
            pairing="dalian-liupanshui",
            area="talent",
            unit="persons",
            cumulative="true",
            commit=("nkrpiz.com", 1),
        ),
        definition="Dalian teachers on teaching assignments in Liupanshui.",
        obs=[
            (
                "nkrpiz.com",
                1,
                "period",
                "2017-05-01",
                "2018-10-11",
                "May 2017 to October 2018 (weak source)",
            )
        ],
    ),
    "dalian-consumption-sales": dict(
        new=dict(
            name="Consumption assistance sales by Dalian (all partner areas)",
            pairing="dalian-liupanshui",
            area="consumption",
            unit="yuan",
            cumulative="true",
            commit=("runsky.com", 1),
        ),
        definition="Dalian's consumption-assistance sales for all its central and western partner areas, Liupanshui included but not split out.",
        obs=[
            ("runsky.com", 1, "period", "2019-01-01", "2020-09-01", "Since 2019, all partner areas")
        ],
    ),
    "shuicheng-dlhitech-fiscal-funds": dict(
        new=dict(
            name="Dalian High-tech Zone's fiscal funds for Shuicheng (per year)",
            pairing="dlhitech-shuicheng",
            area="funds",
            unit="yuan",
            cumulative="false",
            commit=("dlhitech.gov.cn", 5),
        ),
        definition="Fiscal assistance funds of the zone for Shuicheng county in one year.",
        obs=[("dlhitech.gov.cn", 5, "yearly", "2020-01-01", "2020-12-31", "")],
    ),
}

# Figures the lead parsed wrongly or that a hand-made row must carry: (lead key, fig no.) -> fields.
EXTRA_COMMITMENTS = {
    "panzhou-social-funds-en-line": dict(
        src="lxsyjx-en",
        kind="reported achievement",
        description="Social assistance funds invested in Panzhou by Dalian's pairing units, as the page's English line gives it",
        area_id="funds",
        pairing_id="jinpu-panzhou",
        quantity="3877500000",
        value_text="3,877.5 million yuan",
        unit="yuan",
        qualifier="exact",
        cumulative="true",
        as_of_date="2019-12-30",
        as_of_basis="inferred",
        status="reported",
        evidence="A total of 3,877.5 million yuan",
        notes="The English line mistranslates 387.75万元 (3.8775 million yuan) by a factor of 1,000; kept to show the conflict.",
    ),
}

EXTRA_COMMITMENTS["qingdao-longnan-funds-in-place-2017-08"] = dict(
    src="lfbxx-177087",
    kind="reported achievement",
    description="Of the aid funds Qingdao pooled for Longnan, the part already in place (August 2017)",
    area_id="funds",
    pairing_id="qingdao-longnan",
    quantity="16500000",
    value_text="1650萬元",
    unit="yuan",
    qualifier="exact",
    cumulative="false",
    as_of_date="2017-08-10",
    as_of_basis="inferred",
    status="reported",
    evidence="青島市統籌3000萬元幫扶資金已經到位1650萬元",
    notes="The lead gives 3000萬 pooled and 1650萬 in place as one figure; this row is the part in place.",
)

CONFLICTS = [
    dict(
        conflict_id="dalian-liupanshui-start",
        subject="Start of Dalian's counterpart support to Liupanshui",
        table="events",
        field="start_date",
        row_a="dalian-liupanshui-start-1996",
        row_b="dalian-liupanshui-start-1998",
        chosen="dalian-liupanshui-start-1996",
        rule="official over weak",
        notes="Dalian's government site says 1996; a weak site says 1998 (and claims 1.5 billion over 25 years, past the 2021 hand-over).",
    ),
    dict(
        conflict_id="panzhou-social-funds-translation",
        subject="Social assistance funds invested in Panzhou by Dalian's pairing units (since 2018)",
        table="commitments",
        field="quantity",
        row_a=("lxsyjx.cn", 3),
        row_b="panzhou-social-funds-en-line",
        chosen=("lxsyjx.cn", 3),
        rule="original over translation",
        notes="387.75万元 is 3.8775 million yuan; the English line's '3,877.5 million' is a 1000x translation error.",
    ),
    dict(
        conflict_id="fujian-ningxia-schools",
        subject="Schools built in Ningxia with Fujian's help, by 2020",
        table="observations",
        field="value",
        row_a="fujian-ningxia-schools-2020-07-08",
        row_b="fujian-ningxia-schools-2020-09-16",
        chosen="fujian-ningxia-schools-2020-09-16",
        rule="later over earlier",
        notes="Two China Daily items two months apart: 259 'constructed' (July) and 236 'renovated or built' (September). The wording differs too.",
    ),
    dict(
        conflict_id="zhejiang-2018-funding",
        subject="Zhejiang's East-West funding in 2018",
        table="commitments",
        field="quantity",
        row_a=("art_5798_2289753", 1),
        row_b=("34528754", 1),
        chosen="",
        rule="different definitions",
        notes="2.47 billion planned for 80 paired counties in Sichuan, Guizhou, Hubei and Jilin (August 2018) vs 2.831 billion used, said of 80 counties 'in Sichuan' (2019): planned vs used and different county scopes.",
    ),
    dict(
        conflict_id="national-labour-2011-2012",
        subject="Labour transferred from the west, national, 2011 vs 2012",
        table="commitments",
        field="quantity",
        row_a=("385063", 4),
        row_b="national-labour-transferred-2012",
        chosen="",
        rule="different definitions",
        notes="188,733 person-times of organised labour export (2011) vs 1.215 million labourers transferred (2012): a change of definition, not a 6x jump.",
    ),
    dict(
        conflict_id="ningbo-qianxinan-funds-2015-gmrb-gz",
        subject="Ningbo's cumulative aid to Qianxinan, 1996 to end-2015",
        table="observations",
        field="value",
        row_a="ningbo-qianxinan-funds-cumulative-2015-12-31-gz",
        row_b="ningbo-qianxinan-funds-cumulative-2015-12-31",
        chosen="ningbo-qianxinan-funds-cumulative-2015-12-31",
        rule="later over earlier",
        notes="5.43亿元 including goods in kind (Guizhou Metropolis Daily, March 2016) vs 5.51亿元 over 1,573 projects (Guangming Daily, August 2016): same period, the later report is charted.",
    ),
    dict(
        conflict_id="ningbo-qianxinan-funds-2015",
        subject="Ningbo's cumulative aid to Qianxinan, 1996-2015",
        table="observations",
        field="value",
        row_a="ningbo-qianxinan-funds-cumulative-2015-07-04",
        row_b="ningbo-qianxinan-funds-cumulative-2015-12-31",
        chosen="ningbo-qianxinan-funds-cumulative-2015-12-31",
        rule="later over earlier",
        notes="'Nearly 500 million' by July 2015 (Xinhua reprint) vs 5.51亿元 to end-2015 (Guangming Daily).",
    ),
]


def _fig_id(imp, key: str, n, part=None) -> str:
    url = lead_url(imp, key)
    i = next(k for k, lead in enumerate(imp.leads) if lead["url"] == url)
    if isinstance(n, tuple):
        n, part = n
    ids = imp.fig_ids.get((i, n - 1))
    if not ids:
        raise KeyError(f"figure {n} of lead {imp.leads[i]['url']} was not imported")
    if part is None:
        return ids[0]
    return next(x for x in ids if x.endswith(f"-{part}"))


def _ref(imp, ref) -> str:
    if isinstance(ref, tuple):
        return _fig_id(imp, *ref)
    return ref


def put_curated_facts(imp) -> None:
    t = imp.t
    # the Panzhou page's English line as a translation of its Chinese text
    base = S(imp, "lxsyjx.cn")
    src = dict(t.get("sources", base))
    src.update(
        source_id="lxsyjx-en",
        language="en",
        translation_of=base,
        title="[Panzhou City] Deepening Poverty Alleviation Cooperation (the page's English line)",
        title_en="",
        notes="The English line of the same bilingual page as "
        + base
        + "; a translation of its Chinese text.",
    )
    t.put("sources", src)
    for cid, spec in EXTRA_COMMITMENTS.items():
        row = {k: v for k, v in spec.items() if k != "src"}
        east, west = imp.ends(row["pairing_id"])
        t.put(
            "commitments",
            {
                "commitment_id": cid,
                "from_actor_id": east,
                "to_actor_id": west,
                "source_id": spec["src"],
                "paragraph": "unknown",
                **row,
            },
        )
    # start of Dalian -> Liupanshui, as two sources date it
    for eid, year, key, evidence in (
        ("dalian-liupanshui-start-1996", "1996", "25022.jhtml", "started in 1996"),
        ("dalian-liupanshui-start-1998", "1998", "liupanshui.me/post/1522", "自1998年起"),
    ):
        t.put(
            "events",
            {
                "event_id": eid,
                "name": "Start of Dalian's counterpart support to Liupanshui",
                "kind": "milestone",
                "start_date": f"{year}-01-01",
                "end_date": f"{year}-12-31",
                "date_precision": "year",
                "date_basis": "stated",
                "time_of_day": "",
                "place": "Liupanshui",
                "parent_event_id": "",
                "pairing_id": "dalian-liupanshui",
                "source_id": S(imp, key),
                "paragraph": "unknown",
                "evidence": evidence,
                "notes": "The year as this source gives it; see conflicts.csv.",
            },
        )
    # national people trained: the yearbook counts person-times
    for table, key in (
        ("commitments", "national-people-trained-2012"),
        ("indicators", "national-people-trained-per-year"),
        ("observations", "national-people-trained-2012-obs"),
    ):
        row = t.get(table, key)
        if row:
            row["unit"] = "person-times"
    # existing observations: their kind
    kinds = {
        "dalian-liupanshui-funds-2019-08": ("cumulative", ""),
        "dalian-liupanshui-aid-projects-2019-08": ("cumulative", ""),
        "dalian-liupanshui-people-trained-2019-08": ("cumulative", ""),
        "dalian-liupanshui-agreements-2019-08-30": ("period", "2019-08-30"),
        "dalian-liupanshui-fair-enterprises-2019": ("level", ""),
        "dalian-liupanshui-enterprise-projects-2019": ("period", "2017-01-01"),
        "dalian-liupanshui-enterprise-investment-2019": ("period", "2017-01-01"),
        "panzhou-reserve-forest-investment-2019": ("level", ""),
    }
    for oid, row in t.rows["observations"].items():
        if not row.get("kind"):
            kind, start = kinds.get(oid, ("yearly", row["ref_date"][:4] + "-01-01"))
            row["kind"] = kind
            row["period_start"] = start
    # series
    used: set[str] = set()
    for iid, spec in INDICATORS.items():
        ind = t.get("indicators", iid)
        if "new" in spec:
            n = spec["new"]
            commit = _fig_id(imp, *n["commit"])
            c = t.get("commitments", commit)
            ind = {
                "indicator_id": iid,
                "name": n["name"],
                "commitment_id": commit,
                "pairing_id": n["pairing"],
                "area_id": n["area"]
                if n["area"]
                in (
                    "funds",
                    "talent",
                    "labour",
                    "industry",
                    "consumption",
                    "county-pairing",
                    "organisation",
                )
                else "funds",
                "unit": n["unit"],
                "direction": n.get("direction", "increase"),
                "cumulative": n["cumulative"],
                "baseline_value": "unknown",
                "baseline_date": "unknown",
                "target_value": "unknown",
                "target_date": "unknown",
                "target_basis": "",
                "target_source_id": "",
                "source_id": c["source_id"],
                "paragraph": "unknown",
                "evidence": c["evidence"],
            }
            if n["area"] == "education":
                ind["area_id"] = "talent"
            if n["area"] == "overall":
                ind["area_id"] = "organisation"
            t.put("indicators", ind)
            ind = t.get("indicators", iid)
        if spec.get("definition"):
            ind["definition"] = spec["definition"]
        if "target" in spec:
            value, date, key, _n, basis = spec["target"]
            ind.update(
                target_value=str(value),
                target_date=date,
                target_basis=basis,
                target_source_id=S(imp, key),
            )
        for key, n, kind, start, ref, definition in spec["obs"]:
            cid = _fig_id(imp, key, n)
            c = t.get("commitments", cid)
            if c["unit"] != ind["unit"]:
                raise ValueError(f"{cid}: unit {c['unit']!r} is not {iid}'s {ind['unit']!r}")
            src = t.get("sources", c["source_id"])
            avail = src["available_from"]
            basis = "stated"
            if avail not in ("", "unknown") and ref > avail:
                ref, basis = avail, "inferred"
            oid = f"{iid}-{ref}"
            if oid in used:  # two periods ending on the same day: name the start too
                oid = f"{iid}-{start[:4]}-{ref}"
            used.add(oid)
            t.put(
                "observations",
                {
                    "observation_id": oid,
                    "indicator_id": iid,
                    "ref_date": ref,
                    "ref_date_basis": basis if c["as_of_basis"] == "stated" else "inferred",
                    "kind": kind,
                    "period_start": start,
                    "value": c["quantity"],
                    "value_text": c["value_text"],
                    "unit": c["unit"],
                    "qualifier": c["qualifier"] or "exact",
                    "source_id": c["source_id"],
                    "paragraph": "unknown",
                    "evidence": c["evidence"],
                    "definition": definition,
                },
            )
    for src in EXTRA_SOURCES:
        t.put("sources", {"document": "", "translation_of": "", **src})
    for ind in EXTRA_INDICATORS:
        t.put("indicators", ind)
    for obs in EXTRA_OBSERVATIONS:
        t.put("observations", obs)
    for spec in CONFLICTS:
        t.put(
            "conflicts",
            {
                **spec,
                "row_a": _ref(imp, spec["row_a"]),
                "row_b": _ref(imp, spec["row_b"]),
                "chosen": _ref(imp, spec["chosen"]) if spec["chosen"] else "",
            },
        )
    # one actor, two spellings
    for alias, aid in ACTOR_ALIASES.items():
        if t.get("actors", aid):
            imp.add_alias(aid, alias)


# Facts checked against the stored copy of the page with the search tool (2026-11-26).
CHECKED = {
    "25022.jhtml": "'started in 1996', 119 enterprises, nearly 30 projects, more than 2 billion, 3.6 billion",
    "freewechat.com": "2021 re-pairing; first Zhongshan-Liupanshui joint meeting on 2021-04-15",
    "liupanshui.me/post/1522": "'自1998年起', more than 15亿元 over 25 years",
    "lxsyjx.cn": "387.75 万元 in Chinese and 'A total of 3,877.5 million yuan' in the English line",
    "WS5f617e27498ed1e2f34095b3": "236 schools, 183 officials, more than 3 billion yuan, cooperation first established in 1996",
    "214321.com": "more than 2 billion yuan for 2016-2020; 1.058 billion yuan in 2013-2015",
    "content_17321468": "at least 30 million yuan per city every year before 2020; 175 projects, 162 billion yuan",
    "guizhou.chinadaily.com.cn/2021-01/14/c_584334": "11.4 billion yuan since 2016; 5,932 projects",
    "cjn.cn/gnxw/201912": "229亿元, 65亿元, 483亿元 in 2019",
    "zhtxs.com": "208.9亿元 and 13.66亿元 to end of August 2019; 84.36亿元; 265.7亿元 over three years",
    "feiyi.bjrbrm.cn": "248.2亿元, 109% of the agreed amount",
    "385063": "840.264 million yuan (+21.8%), 188,733 person-times of labour export",
    "art_5798_2289753": "2.47 billion yuan for 80 counties in Sichuan, Guizhou, Hubei and Jilin",
    "34528754": "2.831 billion yuan in 2018, 39.33 million per county",
    "nw.D110000gmrb_20160810": "1,573 projects, 5.51亿元, 1996 to end-2015",
    "guiyang.baogaosu.com/xinwen/%E5%AE%81": "5694万元 for 64 projects; 近5亿元 since 1996",
    "2017-08-10/content-177087": "'自去年10月中央確定青島市結對幫扶隴南市'; 3000萬 pooled, 1650萬 in place",
    "c_1126384117": "February 2013 State Council document; July 2016 upgrade; 16.7亿元 since 2017",
    "11515115610918": "17.1亿元 of Suzhou fiscal funds; 1,240 projects",
    "t20200527_11999873": "1996 start of Ningbo's aid; 2013 hand-over of Qiandongnan to Hangzhou; 139 and 52 cadres",
    "gansu.gscn.com.cn": "9.78亿 over three years; 2016 central decision; March 2017 framework agreement",
    "qing5.com": "34.15亿元 in all, 11.04亿元 Anshun, 15.66亿元 Longnan, 7.45亿元 Heze",
    "reportify.cn": "Qingdao and Dingxi paired from April 2021; 22.79亿元 over five years",
    "news.iaiso.net": "West Coast New Area pairings of 2015 (Anshun ETDZ) and 2017 (Wudu)",
    "shancun.net": "394 projects, 2.4亿元 of fiscal funds over five years",
    "ezhejiang.gov.cn": "over 525 million yuan donated over five years; 37,400 jobs",
    "ccgp-fushun.com": "May 1996 call for city-to-city and province-to-province aid",
    "cedarhd.net": "'Shen Yiqin, Governor of Guizhou Province'",
    "zs.gov.cn/zwgk": "the joint meeting of 16-17 March (2023, per the CRI copy of the same meeting)",
}

# Sources found while checking, not in the leads file (the notes name them).
EXTRA_SOURCES = [
    dict(
        source_id="chinanews-gz-60326",
        title="宁波对口帮扶黔西南19年 年均投入帮扶资金2858万",
        title_en="Ningbo's 19 years of counterpart aid to Qianxinan: 28.58 million yuan a year on average",
        publisher="China News Service, Guizhou (reprinting Guizhou Metropolis Daily)",
        url="http://www.gz.chinanews.com/content/2016/03-02/60326.shtml",
        language="zh",
        reliability="press",
        original_outlet="Guizhou Metropolis Daily (贵州都市报)",
        published="2016-03-02",
        available_from="2016-03-02",
        available_from_basis="stated",
        notes="Not in the leads file; named by the research notes and checked against the stored page (2026-11-26).",
    ),
]
EXTRA_INDICATORS = [
    dict(
        indicator_id="qingdao-longnan-funds-2017",
        name="Qingdao's aid funds for Longnan in 2017, against the sum pooled",
        commitment_id="qingdao-longnan-funds-in-place-2017-08",
        pairing_id="qingdao-longnan",
        area_id="funds",
        unit="yuan",
        direction="increase",
        cumulative="false",
        definition="Aid funds of Qingdao for Longnan in the first year of the pairing (2017).",
        baseline_value="unknown",
        baseline_date="unknown",
        target_value="30000000",
        target_date="2017-12-31",
        target_basis="Qingdao pooled 3000萬元 of aid funds for Longnan (Gansu Daily, August 2017); the year-end date is inferred.",
        target_source_id="lfbxx-177087",
        source_id="lfbxx-177087",
        paragraph="unknown",
        evidence="青島市統籌3000萬元幫扶資金已經到位1650萬元",
    ),
]
EXTRA_OBSERVATIONS = [
    dict(
        observation_id="qingdao-longnan-funds-2017-2017-08-10",
        indicator_id="qingdao-longnan-funds-2017",
        ref_date="2017-08-10",
        ref_date_basis="inferred",
        kind="period",
        period_start="2017-01-01",
        value="16500000",
        value_text="1650萬元",
        unit="yuan",
        qualifier="exact",
        source_id="lfbxx-177087",
        paragraph="unknown",
        evidence="已經到位1650萬元",
        definition="In place by the report of August 2017",
    ),
    dict(
        observation_id="ningbo-qianxinan-funds-cumulative-2015-12-31-gz",
        indicator_id="ningbo-qianxinan-funds-cumulative",
        ref_date="2015-12-31",
        ref_date_basis="stated",
        kind="cumulative",
        period_start="1996-01-01",
        value="543000000",
        value_text="5.43亿元",
        unit="yuan",
        qualifier="exact",
        source_id="chinanews-gz-60326",
        paragraph="unknown",
        evidence="累计投入黔西南州对口帮扶资金(含物资折款)5.43亿元",
        definition="Including goods in kind, 1996 to December 2015",
    ),
]
