"""English names and titles: a Chinese surname plus a pinyin given name ("Tang Yijun", "Qu Mu
Shiha"), and the title phrases around them — after the name ("Name, deputy secretary of …"),
before it ("Mayor Ying Yong", "mayor of Hangzhou Xu Liyi") or a group's label before a list
("Wenshan Prefecture leaders A, B and C"). Patterns only; the builder applies them.
"""

from __future__ import annotations

import re

_SURNAMES = (
    "Wang Li Zhang Liu Chen Yang Huang Zhao Wu Zhou Xu Sun Ma Zhu Hu Guo He Gao Lin Luo Zheng "
    "Liang Xie Song Tang Han Feng Deng Cao Peng Zeng Xiao Tian Dong Yuan Pan Yu Jiang Cai Jia "
    "Ding Wei Xue Ye Yan Lu Du Dai Xia Zhong Tan Fu Shen Ren Yao Jin Qiu Qin Shi Hou Shao Meng "
    "Long Wan Duan Lei Qian Yin Yi Chang Qiao Lai Gong Wen Pang Fan Lan Kong Mao Hao Niu Bai Qu "
    "Xi Kang Xiang Zou Hong Cui Mo Shang Geng Tao Gu Qi Ge Ji Ou Ouyang Sima Zhuge Chu Ning Ai Huai "
    "Bao Bi Bian Cheng Dou Fang Gan Guan Hua Ling Lou Lv Mu Nie Ou Pei Rao Ruan Sang Sha Su Tong "
    "Wei Xin Xing Yue Zang Zhan Zhuang Che Che Miao Hei Quan Shu Tu Yong Rong Ke Qing Lian "
    "Ying Niao An Shui Zhai Lyu Mi Sui Ban Man Ju Jing Qiang Ran Pu Ni Yun Jie Xun Kou Zhen "
    "Ming Cen Dang Lao Mei Gou Shan Luan Ao Ba Bo Chai Chao Di Dan Diao E Gai Hang Heng Huo "
    "Ke Kou Kuang Lang Leng Lou Mai Mi Nong Pi Pu Qiu Que Sheng Shuai Si Song Tai Teng Wo Xuan "
    "Yuan Zha Zhen Zuo Rui Ren Ruan Qu Mu Sha La Le "
    # common surnames the first real articles did not show (廖 熊 焦 费 卜 卓 简 牟 宗 桂 阚 茹
    # 祖 迟 年 铁 贝 吕 翁 丛) and compound ones
    "Liao Xiong Jiao Fei Bu Zhuo Jian Mou Zong Gui Kan Ru Zu Chi Nian Tie Bei Lü Weng Cong Hui "
    "Shangguan Situ Huangfu Murong Linghu Xuanyuan "
    # Hui and other surnames of one syllable (哈 达 闵 冼 海 智)
    "Ha Da Min Xian Hai Zhi"
).split()
_SYLLABLE = (
    r"(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
    r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|in|un|ia|ie|iu"
    r"|ua|uo|ue|ui|ve|er|a|o|e|i|u|v)"
)
_GIVEN = re.compile(rf"(?:{_SYLLABLE}){{1,2}}")
_ORG_WORDS = (
    "City|Province|County|District|Municipality|Group|Company|Road|Street|Town|Village|Plaza|"
    "Hospital|University|Mountain|Lake|River|Bridge|Port|Park|Airport|Station|Prefecture|"
    "Hotel|Guesthouse|Market|Square|School|Base|Centre|Center|Temple|Hall|Township|Zone|Area|"
    # sites and works named like a person ("Dong Feng Reservoir", "Gao Xin Zone")
    "Memorial|Institute|College|Academy|Foundation|Library|Avenue|Expressway|Highway|Railway|Reservoir|Museum|Industrial|Development|Economic|Scenic|"
    "Stadium|Island|Bay|Valley|Dam|Cave|Forest|Garden|Building|Tower|Expo|Festival|"
    # a school named after a person: "Wang Min Middle School"
    "Middle|Primary|Vocational|Experimental"
)
_NAME = re.compile(
    # "CHEN Jie": some sites write the surname in capitals
    rf"\b(?P<name>(?:{'|'.join(sorted({*_SURNAMES, *(x.upper() for x in _SURNAMES if len(x) > 1)}, key=len, reverse=True))})"
    # ("Songtao Miao Autonomous County": a place word after a surname names nobody)
    rf" (?!(?:{_ORG_WORDS}|Autonomous)\b)[A-Z][a-z]{{1,11}}(?:['’](?!s\b)[a-z]{{1,6}})?"
    rf"(?: (?!(?:{_ORG_WORDS})\b)[A-Z][a-z]{{2,7}}(?=,|\s+and\b))?)\b(?!-)"
)
_NOT_NAMES = {"hong kong", "xi an", "lan zhou"}
# names of places, administrative units and days: visited, but no enterprise


_AFTER_NAME_NOT_PERSON = re.compile(rf"\s+(?:{_ORG_WORDS})\b")

_HEADS = (
    r"secretar(?:y|ies)(?:[- ]general)?|governors?|mayors?|members?|directors?|chairm[ae]n|"
    r"chairwom[ae]n|chairpersons?|presidents?|heads?|chiefs?|leaders?|ministers?|premier|"
    r"commissioners?|inspectors?|managers?|ambassadors?|officers?|deputies|deputy|"
    r"party chief|general manager|magistrates?|counsel+ors?|council+ors?|spokes(?:man|woman|person)|"
    r"commanders?|principals?|headmasters?|headmistress(?:es)?|deans?|(?:political\s+)?commissars?|"
    r"executives?(?=\s+of\b)|"  # "Wang Yongmei, executive of Xinjiang Fruit, a company"
    r"officials?(?=\s+(?:with|of)\s+[A-Z])|"  # "Dong Xiaoshi, official with Liaoning Office …"
    # "market supervisor of NIUFUREN", "leading expert of the team"
    r"supervisors?|experts?|advis[eo]rs?|legislators?|academicians?|(?<=Vice\s)[Cc]hairs?\b|"
    r"CEOs?\b|CFOs?\b|COOs?\b|CTOs?\b"  # "chairman and CEO of Jianke": two posts
)
_HEAD = re.compile(rf"\b(?:{_HEADS})\b", re.I)
_TITLE_START = re.compile(
    r"(?:the\s+|an?\s+)?(?:(?:deputy|vice|executive|standing|general|party|provincial|municipal|city|"
    rf"county|chief|former|acting|first|permanent|senior)[\s-]+)*(?:{_HEADS})\b",
    re.I,
)
# a post said as a predicate: "Lou Qinjian, who was secretary of the CPC Shaanxi Provincial
# Committee just one month ago": the post and the body it names, up to the first plain word
_WHO_POST = re.compile(
    r",\s+who\s+(?:is|was|has\s+been|had\s+been|serves\s+as|served\s+as)\s+(?:also\s+|now\s+)?"
    r"(?:the\s+|an?\s+)?"
    r"(?P<title>(?:(?:\s+and\s+)?"  # "… General Secretary of … and chairman of …": both
    r"(?i:(?:(?:deputy|vice|executive|standing|party|chief|acting|first|former|general)[\s-]+)*"
    rf"(?:{_HEADS}))\b"
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:of|and|for|the)\s+)*[A-Z][\w'’-]*)*)?)+)"
)
_PREFIX_TITLE = re.compile(
    r"(?P<title>(?:(?!(?:The|On|At|In|And|Of|By|For|With|From|To|As|An?|During|After|Before|"
    r"Also|Present|Attending|Meanwhile|Later|Then|Both|Leaders|Officials|Including|Among|Since|"
    r"Under|Until|When|While|Because|Where|"
    r"Accompanied|Led|Headed)\b)[A-Z][A-Za-z]+(?:['’]s)?\s+){0,5}"  # "CPC Hunan Provincial Committee …", "Xinjiang's"
    r"(?i:(?:(?:deputy|vice|executive|general|party|provincial|regional|municipal|city|committee|sub|"
    r"acting|prefecture|county|district|then|former)[\s-]+){0,4}(?:secretary(?:[- ]general)?|governor|mayor|"
    r"director(?:[- ]general)?|chairman|chairwoman|president|premier|minister|commissioner|"
    r"party chief|magistrate|dean|principal|(?:general\s+)?manager)"
    # "Deputy County Head Wang Chuang", "Township Chief …": a head of a place or a unit
    r"|(?:(?:deputy|vice|county|district|township|town|village|team|bureau|department)[\s-]+)+"
    r"(?:head|chief))"
    # "Party Committee Member Wang Yong", "Publicity official Wang Wei": a member or an official
    # after the capitalised words of the body or the office
    r"|(?:(?!(?:The|On|At|In|And|Of|By|For|With|From|To|As|An?|During|After|Before|"
    r"Also|When|While|Then|Both|Including|Among|Since|Meanwhile|Later|Its|His|Her|Their)\b)"
    # ("Zunyi Municipal People's Government Party Group member Fang Dong": six words)
    r"[A-Z][A-Za-z]+(?:['’]s)?\s+){1,6}(?:[Mm]ember|[Oo]fficial))\s+$"
)
# "mayor of Hangzhou Xu Liyi", "governor of Sichuan Province Yin Li"
_PREFIX_OF_TITLE = re.compile(
    # ("Senior Director of Coronary Sales Liang Zhao": a rank before the post)
    r"(?P<title>(?i:(?:(?:deputy|vice|executive|acting|senior)[\s-]+)?(?:party\s+)?(?:secretary|"
    r"governor|mayor|director|chairman|president|head)(?:[- ]general)?\s+of\s+(?:the\s+)?)"
    r"(?:(?!(?:Mr|Mrs|Ms|Dr)\b)[A-Z][\w'’]+\s+){1,4})(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$"
)
# a chain of titles before a name: its first title, before "and" and the title _PREFIX_TITLE
# reads ("Deputy secretary of the county party committee and county governor Tu Wajia", "Party
# Secretary of Lanzhou and Mayor Li Hua", "Gansu Provincial Party Secretary and Governor …")
_PREFIX_CHAIN = re.compile(
    r"(?P<title>(?i:(?:(?:deputy|vice|executive|standing)\s+)?(?:party\s+)?(?:secretary|governor|"
    r"mayor|director|chairman|president|head|member)(?:[- ]general)?\s+of\s+(?:the\s+)?)"
    r"(?:[\w'’-]+\s+){1,7}?"
    r"|(?:[A-Z][\w'’-]*\s+){1,4}(?:Secretary|Governor|Mayor|Director|Chairman|President|Head)"
    r"(?:[- ]General)?\s+)and\s+$"
)
# machine-translated copy keeps the Chinese order, posts before the name and commas between
# them: "…, deputy secretary of Shanghai Municipal Committee, mayor Yang Xiong led …"
_PREFIX_CHAIN_COMMA = re.compile(
    r"(?P<title>(?i:(?:(?:deputy|vice|executive|standing)\s+)?(?:party\s+)?(?:secretary|governor|"
    r"mayor|director|chairman|president|head|member)(?:[- ]general)?\s+of\s+(?:the\s+)?)"
    r"(?:[\w'’-]+\s+){0,6}?[\w'’-]+),\s+$"
)
# a lower-case post right before the next name: what precedes it is that name's post too
_LOWER_POST_NEXT = re.compile(
    r",\s+(?:(?:deputy|vice|executive|acting)\s+)?(?:mayor|governor|chairman|secretary|"
    r"director|president|head)\s+(?=[A-Z][a-z]+\s+[A-Z][a-z]+\b)"
)
# where such a chain may start: a sentence's or clause's start, or after "by", "with" …
_CHAIN_START = re.compile(r"(?:^|[.,;:(]|\b(?:by|with|including|and|as|met)\b)\s*$", re.I)
# a group's label before a list of names: "Wenshan Prefecture leaders A, B and C",
# "Zhejiang provincial leaders A and B", "Yunnan officials at the meeting included A, B …",
# "Qinghai provincial leadership A, B", "DRFAC members A, B", "Online influencers A, B"
_GROUP_TITLE = re.compile(
    # ("Some key GZU leaders, including A, B …": a rank in lower case before the group's words)
    r"(?P<title>(?:(?:key|senior|main|top|principal|major)\s+)?"
    r"(?:(?:(?!(?:The|Present|Also|Other|And|With|Among|Including|Attending)\b)"
    r"[A-Z][\w'’-]+\s+){1,3}(?:(?:provincial|municipal|city|district|county|prefecture|party)"
    r"\s+)?|(?:provincial|municipal|city|district|county|prefecture)\s+)"
    r"(?:leaders|leadership|officials|members|influencers))"
    r",?\s+(?:(?:at|of)\s+the\s+\w+\s+)?"  # "Provincial leaders, including A, B and C"
    r"(?:included\s+|including\s+|such as\s+)?$"
)
# "Leaders of Hedong District A and B": the group's label with its place after "of"
_GROUP_OF_TITLE = re.compile(
    r"(?P<title>(?i:(?:(?:provincial|municipal|city|district|county|prefecture|party)\s+)?"
    r"(?:leaders|leadership|officials|heads)\s+of\s+(?:the\s+)?)(?:[A-Z][\w'’-]+\s+){0,3}[A-Z][\w'’-]+)"
    r",?\s+(?:(?:such\s+as|including)\s+)?$"  # "Leaders of Wuxi such as A, B and C"
)
# what a person is when not an official: "Ge Jinchao, a doctor from Suzhou", "the house owner"
_JOBS = (
    r"doctor|teacher|farmer|owner|villager|expert|engineer|"
    r"volunteer|worker|nurse|student|entrepreneur|technician|principal|professor|researcher|"
    r"herdsman|herder|businessman|businesswoman|founder|boss|chef|physician|surgeon|official|"
    r"cadre|pediatrician|specialist|representative|executive|lecturer|scholar|driver|partner|"
    r"[a-z]+surgeon|"  # "a neurosurgeon at Huashan Hospital"
    r"guide|coach|instructor|tutor|accountant|lawyer|employee|craftsman|artisan|"
    # "a gastroenterologist at …", "an orthopedist of …", "a dietician": a trade by its ending
    r"[a-z]{3,}(?:ist|ician)"
)
_OCCUPATION = re.compile(
    # "a Kecheng District official": a place's name may stand before the noun
    r"(?:a|an|the|another)\s+(?:[a-z0-9-]+\s+|[A-Z][a-z]+(?:-[a-z]+)?\s+|[A-Z]{2,6}\s+){0,2}"
    rf"(?:[a-z]+\s+){{0,2}}(?:{_JOBS})s?\b"
    # "Nima Tsering, doctor of the emergency department of …": a trade and where, no article
    rf"|(?i:{_JOBS})\b(?=\s+(?:of|at|with)\s)"  # ("Teacher of Ninghai Middle School" too)
    # "Wu Wenrui, Associate Professor from Sun Yat-Sen Memorial Hospital": a rank before the trade
    rf"|(?i:(?:associate|assistant|chief|senior|attending|deputy)\s+(?:(?:chief|senior|attending)\s+)?"
    rf"(?:{_JOBS}))\b(?=\s+(?:of|at|with|from)\s)"
    # "Liu Si and Yu Rong, teachers from Xiamen": a group's trade, no article
    rf"|(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?"  # "two teachers from …"
    rf"(?:[a-z]+\s+){{0,2}}(?:{_JOBS})s\b(?=\s+(?:from|of|at|with|in)\s)"
)
# a title straight after the name, no comma: "Li Xi Secretary of the … Committee delivered"
_BARE_TITLE = re.compile(
    r"\s+(?=(?:(?:deputy|vice|executive)\s+)?(?:party\s+)?(?:secretary|governor|mayor|director|"
    r"chairman|president|head|member)(?:\s+and(?:\s+[A-Za-z-]+){1,3}?)?\s+of\s)",
    re.I,
)
# machine-translated copy joins name and post with "the": "Gao Guofei the district committee
# secretary and Liu Zhiyong the committee secretary of Xuan'en County delivered speeches", "A, B
# the district leaders and …"
_THE_TITLE = re.compile(
    r"\s+the\s+(?=(?i:(?:(?:deputy|vice|executive|standing|party|provincial|municipal|city|county|"
    rf"district|prefecture|township|town|committee)\s+){{0,4}}(?:{_HEADS}))\b)"
)
_BYLINE = re.compile(
    r"(?<=\n)[ \t]*By\s+$"  # "By Shang Zhouhao  ·  2025-09-18 · Source: …" opening a line
    r"|(?:^|[(/（\[【])[^()/（）\[\].]{0,30}?(?:[Rr]eporters?|[Bb]y|[Ee]ditors?|[Cc]orrespondents?|"
    r"[Ww]riters?|[Pp]hoto)[:\s]+$"
    # a photo credit after a caption: "(Xinhua/Wang Peng)", "(CFP/Li Ming)"
    r"|[(（\[【]\s*[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,3}\s*/\s*$"  # "[Xinhua/Ding Lei]" too
)
# a paragraph that is only a byline, wherever it stands: "By Wang Qian and Yang Jun (China
# Daily)", "Reporters: A, B", "Photo by A | Updated: …", "A and B contributed to this story." —
# its names are reporters, not actors
# "By Zhao Lin in Beijing and Hu Mei in Yinchuan": a reporter's name and where they write from
_BYLINE_WORD = (
    r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}(?:\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
)
_BYLINE_PARAGRAPH = re.compile(
    r"\s*(?:[-–—•]\s*)?"  # "- By Zhou Xiaoyan and Wen Qing": a dash before it
    r"\(?\s*(?:(?:Text|Photos?|Written|Edited|Reported|Compiled|Translated|Proofread)\s+by|"
    r"[Bb]y(?:\s+(?:Xinhua|CGTN|China\s+Daily|People's\s+Daily)\s+"
    r"(?:writers?|reporters?|correspondents?))?|Reporters?|Correspondents?|Writers?|Editors?|"
    r"Photographers?|Translators?|Contributors?)\s*[:\s]\s*"
    rf"{_BYLINE_WORD}(?:\s*(?:,|\band\b|&|/)\s*{_BYLINE_WORD})*\s*"  # "By Ma Zhenhuan/Cheng Yuezhu"
    r"(?:[(（][^()（）]{0,60}[)）])?\s*\)?\s*"
    # "| Updated: …", "Updated: 2017-04-14", "Source:China Tibet News 2015-07-16"
    r"(?:(?:\||\b(?:Updated|Source|Published)\s*:)[^\n]{0,80})?\s*"
    # "by Zhao Lin, September 09, 2020": the byline line with its date
    r"(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}\s*)?"
    # "Nov 20, 2018 Du Yichen": a line of the page's date and its writer, nothing else
    r"|\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{1,2}-\d{1,2})\s+"
    r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,2}\s*"
    # "Wang Qian and Yang Jun contributed to this story."
    rf"|\s*{_BYLINE_WORD}(?:\s*(?:,|\band\b|&)\s*{_BYLINE_WORD})*\s+(?:also\s+)?contributed\s+"
    r"to\s+(?:this|the)\s+(?:story|report|article)\.?\s*"
)
# a second title after ", and" that closes the appositive with its own comma: "Li Rongcan,
# member of the Standing Committee, and Lanzhou City Party Secretary, accompanied …"
_AND_TITLE = re.compile(
    rf"\s*and\s+(?:the\s+)?(?:(?:current|former)\s+)?(?:(?:[A-Z][\w'’-]*\s+){{0,4}}(?i:{_HEADS})|(?=(?i:deputy|vice|"
    rf"executive|party|provincial|municipal|city|county|chief|acting)\s)(?:[\w'’-]+\s+){{0,6}}"
    rf"(?i:{_HEADS}))(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){{0,6}}?[\w'’-]+)?\s*,"
)
# "and" inside a body's name: "the Guangzhou Human Resources and Social Security Bureau",
# "Fujian Agriculture and Forestry University" (a lookahead to put after an "and" that ends)
NOT_IN_A_NAME = (
    r"(?!(?:[A-Z][\w'’-]*\s+){0,4}(?:University|College|Institute|Academy|Hospital|Bureau|"
    r"Department|Commission|Office|Administration|Ministry|Agency|Association|Federation|"
    r"Centre|Center|Corporation|Council|Society|Foundation|Authority)\b)"
)
# words that end a title phrase written without a comma before the sentence's verb
_TITLE_ENDS = re.compile(
    # ("headmaster of Beichuan Middle School and other leaders of …": the others are others)
    r"[,;()]|\.(?<!\bNo\.)(?![a-z])|\s+and\s+(?:one\s+of|(?:the\s+)?other)\b|\s+and\s+(?:his|her|their)\s|\s+(?:who|which|respectively|said|says|attended|delivered|presided|met|led|made|visited|"
    r"accompanied|inspected|signed|expressed|pointed|noted|stressed|took|hosted|chaired|"
    r"received|welcomed|introduced|thanked|gave|spoke|told|was|were|has|had|will|extended|"
    r"congratulated|headed|went|held|joined|announced|called|urged|hoped|added|investigated|"
    r"surveyed|toured|arrived|came|conducted|paid|handed|donated|participated|declared)\b"
    # "…Secretary of Qinghai Province solemnly declared": a manner, then the verb
    r"|(?<!\bthe)(?<!\ba)(?<!\ban)\s+[a-z]{3,}ly\s+[a-z]{3,}ed\b"
    # "deputy mayor of the city of Changdu in southwest China's Tibet Autonomous Region": where
    # the place lies is no part of the post
    r"|\s+and\s+also\s+(?:an?\s+)?(?!(?:deputy|vice|executive)\b)[a-z]+\s+(?!of\b)"  # "…, and also a doctor involved"
    r"|\s+in\s+(?:(?i:north|south|east|west|central|north-?east|north-?west|south-?east|"
    r"south-?west|eastern|western|northern|southern)\s+)?China['’]s\b"
    # "deputy mayor of the city, at a news conference held in Fuzhou": where it was said
    r"|\s+at\s+(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}(?:conference|meeting|ceremony|forum|event|"
    r"symposium|briefing|fair|expo)\b"
    # "Party chief of Wulan county on July 6": the date ends the title
    r"|\s+(?:on|in)\s+(?=(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.|"
    r"(?:19|20)\d\d\b|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))"
)

# a name outside the surname list (Uyghur, Tibetan, Yi names) where the copy says it is a
# person: "Shohrat Zakir, chairman of …", "said Memet Ali, a villager", "Gulzulnur Turson, 23,"
_PERSON_NOUN = (
    r"villager|farmer|herder|herdsman|resident|worker|doctor|teacher|student|official|"
    r"technician|nurse|entrepreneur|volunteer|cadre|woman|man|girl|boy|migrant|patient|mother|"
    r"father|grower|trainee|influencer|native"
)
# words that make a capitalised run a place, a body or a site, not a person
_ORG_NAME_WORD = re.compile(
    rf"\b(?:{_ORG_WORDS}|Autonomous|Region|Regional|Government|Committee|Party|Bureau|"
    r"Office|Department|Ministry|Council|Association|Federation|China|Chinese|The|This|That|Team)\b"
)
_ANCHORED_NAME = re.compile(
    r"(?:(?<=\bsaid\s)|(?<=^)|(?<=\n)|(?<=[.;:]\s)|(?<=[“\"])|(?<=,\sand\s)|(?<=according\sto\s)"
    r"|(?<=[\"”]\s)|(?<=--\s)|(?<=\bFor\s)|(?<=\),\s)"  # '…," Turgunjan Tursun, a professor', "(Xinhua) --"
    # "…, Deputy Mayor of Bijie City, You Xinjian, Director of …": in a list of titled people
    r"|(?<=[a-z],\s))"
    # "For Arslan Ablimit, a student …": a sentence's first word is no part of the name
    r"(?!(?:For|By|With|In|On|At|As|From|To|And|But|The|This|That|Among|Like|After|Before|"
    r"Since|When|While|Today|Now|Then|Meanwhile|Later)\s)"
    # "Trainee Ureri Kurban, 28, …": who the person is opens the sentence, no part of the name
    rf"(?!(?i:{_PERSON_NOUN})s?\s)"
    r"(?P<name>[A-Z][a-z]{2,12}(?:\s+[A-Z][a-z]{2,12}){1,2})"
    # "said Alitenguli Semer, whose son …", "said Nyima Tsring, Gyalpo's father", "said
    # Tuhangul Musa, a female worker"
    r"(?=,\s+(?:who|whose)\b"
    # "Aliye Ablimit (right), and …": a caption's position mark after a name in a list
    r"|\s+\((?:\d(?:st|nd|rd|th)\s*,?\s*)?(?:left|right|center|centre|middle|front|L|R|C)\b[^)]{0,12}\)"
    # "Mirzat Halmurat now works as a photojournalist": what the person works as
    r"|\s+(?:now\s+)?works?\s+as\s+(?:a|an)\s"
    # "Maimaijiang Abdulraxman is a fruit grower in …"
    r"|\s+(?:is|was)\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}(?:" + _PERSON_NOUN + r")\b"
    r"|,\s+[A-Z][a-z]+['’]s\s+(?:father|mother|son|daughter|wife|husband|brother|sister)\b"
    r"|,\s+(?:\d{1,3},|(?:a|an)\s+(?:\d{1,3}-year-old\s+)?(?:[a-z-]+\s+|[A-Z][a-z]+\s+){0,2}(?:"
    + _PERSON_NOUN
    + "|member|"
    + _JOBS
    + r")\b"
    # "Losang Jamcan, the region's chairman", "Fu Xin, Shanghai Experimental School principal"
    r"|(?i:the\s+)?(?:[a-z]+['’]s\s+|(?:[A-Z][\w'’-]*\s+){1,4})?"
    r"(?i:deputy\s+|vice\s+|executive\s+)?(?:[A-Z][a-z]+\s+)?(?i:chairman|chairwoman|governor|"
    r"mayor|secretary|director|president|party\s+chief|commissioner|head|principal|dean)\b"
    # "Erkenjan Tulahun, member of the local standing committee of the Communist Party"
    r"|member\s+of\s))"
)
# a name after who the person is, before a verb: "Tibetan Lingkyi Drolkar said", "local doctor
# Jampa Tenzin performed"
_DESCRIBED_NAME = re.compile(
    "(?:"
    + "|".join(
        rf"(?<=\b{w}\s)"
        for w in ("Tibetan Uygur Uyghur Kazak Mongolian " + _PERSON_NOUN.replace("|", " ")).split()
        + [n.capitalize() for n in _PERSON_NOUN.split("|")]
    )
    + r")(?P<name>[A-Z][a-z]{2,12}(?:\s+[A-Z][a-z]{2,12}){1,2})(?![\w'’-])"
    r"(?=\s+(?:said|says|told|performed|was|is|has|had)\b|,\s+\d{1,3},)"
)
# '…," said trainee Aimaljan Aili, expressing …': after "said" and who the person is
_SAID_DESCRIBED_NAME = re.compile(
    "(?:"
    + "|".join(rf"(?<=\bsaid\s{w}\s)" for w in _PERSON_NOUN.split("|"))
    + r")(?P<name>[A-Z][a-z]{2,12}(?:\s+[A-Z][a-z]{2,12}){1,2})(?=[,.])"
)
# one word after "said", with a post after it: "said Migmar, director of the villagers'
# committee", "said Samdo, head of Hornasha township" (Tibetan names are often one word)
_SAID_ONE_NAME = re.compile(
    r"(?<=\bsaid\s)(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|June|July|August|September|October|November|December|Xinhua)\b)"
    r"(?P<name>[A-Z][a-z]{3,12})(?=,\s+(?:deputy\s+|vice\s+|executive\s+)?"
    r"(?:head|director|chief|chairman|chairwoman|secretary|mayor|governor|leader)\b)"
)
# one word after a post, where Tibetan and Yi names often are one word: "Tibet Chairman
# Qizhala, …", "Secretary and Governor Gamapengcuo visited …"; and one word opening a sentence
# before its post: "Qizhala, Tibet Autonomous Region chairman, accompanied …"
_NOT_ONE_NAME = (
    r"(?!(?:General|Assistant|Deputy|Office|Xinhua|Monday|Tuesday|Wednesday|Thursday|Friday|"
    r"Saturday|Sunday|January|February|March|April|June|July|August|September|October|November|"
    r"December|Said|The|This|That|These|China|Chinese|Also|Both|Then|When|Here|Last|Next|"
    r"Later|Today|Earlier|"
    # provinces and regions, often written after a prefecture: "…of Yili Prefecture, Xinjiang, …"
    r"Xinjiang|Tibet|Xizang|Qinghai|Ningxia|Gansu|Guizhou|Yunnan|Sichuan|Guangxi|Chongqing|"
    r"Shaanxi|Shanxi|Hebei|Henan|Hubei|Hunan|Jiangxi|Anhui|Jiangsu|Zhejiang|Fujian|Guangdong|"
    r"Shandong|Beijing|Tianjin|Shanghai|Liaoning|Jilin|Heilongjiang|Hainan|Lhasa|Kashgar)\b)"
)
_TITLED_ONE_NAME = re.compile(
    "(?:"
    + "|".join(
        rf"(?<=\b{w}\s)"
        for w in "Chairman Governor Secretary Mayor Chairwoman chairman governor mayor".split()
    )
    + ")"
    + _NOT_ONE_NAME
    + r"(?P<name>[A-Z][a-z]{4,13})\b(?!\s+[A-Z])(?=\s*[,.;]|\s+(?:visited|met|said|led|attended|"
    r"accompanied|presided|delivered|addressed|and|also)\b)"
)
_ONE_NAME_THEN_POST = re.compile(
    # also in a list of titled people: "…, Liu Jiang, Secretary General …, Doto, Deputy Secretary"
    # and the last in such a list: "…, and Sorangzaxi, Deputy County Chief, attended"
    r"(?:(?<=^)|(?<=\n)|(?<=[.;]\s)|(?<=,\s)|(?<=[\"”]\s)|(?<=\band\s))"
    + _NOT_ONE_NAME
    + r"(?P<name>[A-Z][a-z]{3,13})(?=,\s+(?:[A-Z][\w'’-]*\s+){0,5}(?i:deputy\s+|vice\s+)?"
    r"(?i:chairman|chairwoman|governor|secretary|mayor)\b"
    # "Sorangzaxi, Deputy County Chief, attended": the head of a county, township or village
    r"|,\s+(?i:deputy\s+|vice\s+|executive\s+)?(?i:county|township|town|village|district)\s+"
    r"(?i:chief|head|magistrate)\b"
    # "Aygul, director of …", '…," Tenzin, director of the Institute': a post of a body
    r"|,\s+(?i:deputy\s+|vice\s+)?(?i:director|head|president|dean|principal)\s+of\s)"
)
# an age before a name: "18-year-old Ekeramujan Tuohti from Xinjiang"
# Tibetan names, two parts of the common stock: "Tsering Yangdzom stressed", "Tsering Dekyi"
_TIBETAN_PARTS = (
    "Tsering Tashi Dawa Nyima Pema Padma Dorje Dorjee Yangdzom Drolma Dolma Lhamo Dekyi Tenzin "
    "Sonam Phuntsok Puncog Norbu Wangdu Wangdui Gyaltsen Lobsang Losang Kelsang Kalsang Migmar "
    "Pasang Penpa Dolkar Drolkar Tsomo Yangchen Choedon Jampa Samdup Dondrub Dhondup Namgyal "
    "Rinchen Tseten Tsewang Gonpo Kunga Lhakpa Metok Palden Phurbu Dhargye Dargye Yeshe Jigme "
    "Thubten Chodron Choedak Zhaxi Cering Ciren Dunzhu Danzeng Basang Gesang Nima Zhuoma "
    "Yangzom Lhadon Tsamchoe Wangmo Choezom Dekyong Gyatso Gyamco Samdrup Topgyal Ngawang "
    "Yexe Yixi Padma Choling Qoizhaxi Norbu Zhaxi Ciren Lhaba Laba Puncog Cering Gyaincain "
    # the same parts in plain pinyin, as mainland English copy writes them (次仁平措 Ciren
    # Pingcuo, 多吉 Duoji, 洛桑 Luosang, 央金 Yangjin, 白玛 Baima, 次旦 Cidan, 边巴 Bianba …)
    "Pingcuo Ciwang Duoji Duojie Luosang Quzhen Yangjin Baima Cidan Sangzhu Wangdui Puqiong "
    "Bianba Luobu Deji Zhuoga Lamu Gongbu Pubu Qiongda Renzeng Gama Sangmu Quni Ciyang Zhandui "
    "Dawa Danzhu Zhaxi Dengzhu Suolang Jiacuo Gesang Ciren"
).split()
_TIBETAN_NAME = re.compile(
    rf"\b(?P<name>(?:{'|'.join(_TIBETAN_PARTS)})\s+(?:{'|'.join(_TIBETAN_PARTS)}))\b(?!\s+[A-Z])"
)
# Uyghur and Kazakh names, two or three given names of the common stock, each part a given name
# (the second is the father's): "Aynur Saimaiti", "Merdang Nurmemet", "Maimaiti Aili", in the
# Uyghur Latin spellings English copy uses and in the pinyin of mainland copy (买买提 Maimaiti,
# 艾力 Aili, 吐尔逊 Tuerxun, 阿不都 Abudu …)
_UYGHUR_PARTS = (
    "Abdukerim Abdurehim Abdureshit Abdulla Abdullah Abdurahman Abdurehman Abduweli Abdusalam "
    "Ablimit Ablikim Abliz Adil Adiljan Ahmat Ahmet Ahmatjan Aili Aliye Alim Alimjan Anwar Anwer "
    "Arslan Aygul Aynur Aysha Ayshem Aytilla Barat Bekri Dilber Dilnur Dilshat Dilmurat Ekber "
    "Ekrem Eli Erkin Ershidin Gulnar Gulnur Gulzire Guli Gulbahar Halmurat Hesen Hoshur Imin "
    "Ismail Kadir Kerim Kurban Kurbanjan Mahmut Mamat Mamut Memet Mehmet Memtimin Mirzat Muhtar "
    "Musa Nijat Niyaz Nurmemet Nurmamat Nurlan Obul Omer Osman Patigul Perhat Qurban Rahman "
    "Rahmanjan Rehim Reyhan Rozi Sadik Salam Sawut Semer Shohrat Tahir Tohti Tursun Tursunjan "
    "Turdi Turgun Turgunjan Yakup Yasin Yunus Yusup Zakir Zulpiya Zohra Zumret "
    # mainland pinyin of the same stock
    "Maimaiti Maimaitijiang Aihemaiti Abulaiti Abudu Abudula Abudukeremu Abulikemu Ayinuer "
    "Tuerxun Tuerdi Tuohuti Tuoheti Kadier Kuerban Reyimu Wubuli Wusiman Yimin Yiming Aishan "
    "Alimu Maimaitiming Mamuti Rouzi Saimaiti Yasen Yusufu Yakufu Nuermaimaiti Paerhati Aikeremu "
    "Dilinuer Gulinuer Guzainuer Pazilaiti Saiyiti Aierken Kasimu Ailijiang Aisikaer Maihemuti "
    "Nijiati"
).split()
_UYGHUR_NAME = re.compile(
    rf"\b(?P<name>(?:{'|'.join(_UYGHUR_PARTS)})(?:\s+(?:{'|'.join(_UYGHUR_PARTS)})){{1,2}})\b"
    r"(?!\s+[A-Z])"
)
# one word opening a sentence before who the person is: "Jieji, a young woman in Xizang, …"
_ONE_NAME_DESCRIBED = re.compile(
    r"(?:(?<=^)|(?<=\n)|(?<=[.;:]\s))"
    + _NOT_ONE_NAME
    # "Chosang, 30, a surgeon at the hospital, …": an age, then the trade
    + r"(?P<name>[A-Z][a-z]{3,12})(?=,\s+(?:\d{1,3},\s+)?(?:a|an)\s+(?:\d{1,3}-year-old\s+)?"
    + r"(?:[A-Za-z-]+\s+){0,2}(?:"
    + _PERSON_NOUN
    + "|"
    + _JOBS
    + r")\b)",
    re.M,
)
# one word after who the person is, before a comma or "and": "Tibetan teacher Guoci, dorm teacher
# Duojin, and two students …" (Tibetan names are often one word)
_ONE_NAME_AFTER_NOUN = re.compile(
    "(?:"
    + "|".join(rf"(?<=\b{w}\s)" for w in _PERSON_NOUN.split("|") if w not in ("man", "woman"))
    # "Tibet University Professor Lhachun said"
    + r"|(?<=\bProfessor\s)|(?<=\bprofessor\s)"
    + ")"
    + _NOT_ONE_NAME
    + rf"(?!(?:{'|'.join(_SURNAMES)})\b)"  # ("teacher Wang": a form of address, no name)
    + r"(?P<name>[A-Z][a-z]{3,12})(?=,\s|\s+and\s|\s+(?:said|says|told)\b|\.(?:\s|$))"
)  # ("…," said villager Norbu.)
# one word before the person's kin: "Photo shows Yangla and her husband Li Yonghong working"
_ONE_NAME_WITH_KIN = re.compile(
    r"(?<=\s)"
    + _NOT_ONE_NAME
    + rf"(?!(?:{'|'.join(_SURNAMES)})\b)"
    + r"(?P<name>[A-Z][a-z]{3,12})(?=\s+and\s+(?:his|her)\s+(?:husband|wife|son|daughter|mother|"
    r"father|parents|family|children|grandson|granddaughter)\b)"
)
# a name after an honorific, as Hong Kong and Macao copy writes it: "Mr Jasper Tsang Yok-sing",
# "Ms Kitty Choi", "Ir Dr Raymond Ho Chung-tai", "Mrs Sophie Leung Lau Yau-fun"
_HONORIFIC_NAME = re.compile(
    "(?:"
    + "|".join(
        rf"(?<=\b{h}\s)"
        for h in (
            "Mr",
            "Mrs",
            "Ms",
            "Miss",
            "Dr",
            "Mr.",
            "Mrs.",
            "Ms.",
            "Dr.",
            "Madam",
            "Professor",
        )
    )
    + r")(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+(?:-[a-z]+)?){1,3})(?![\w'’-])"
)
# a name written given name first, as universities and foreign media do: "Chirui Liang",
# "Enze Han". Only a two-syllable given name before a one-syllable surname is read so ("Wang
# Yang" stays surname first); a word after it in capitals makes a place ("Ningxia Hui
# Autonomous Region"), and so does a province or city before a people's name
_PLACE_WORDS = (
    "Hebei Shanxi Shaanxi Jilin Anhui Fujian Jiangxi Henan Hubei Hunan Hainan Sichuan Guizhou "
    "Yunnan Gansu Qinghai Ningxia Xinjiang Xizang Guangxi Guangdong Jiangsu Zhejiang Shandong "
    "Liaoning Beijing Tianjin Shanghai Chongqing Taiwan Xining Yinchuan Lanzhou Guiyang Kunming "
    "Nanning Chengdu Wuhan Changsha Nanjing Hangzhou Fuzhou Jinan Hefei Taiyuan Changchun "
    "Shenyang Dalian Qingdao Ningbo Suzhou Wuxi Shenzhen Guangzhou Xiamen Kashi Zunyi Bijie"
).split()
# surnames that are also a people's name: "Liangshan Yi Autonomous Prefecture", "Dehong Dai and
# Jingpo"
_PEOPLES = {"Yi", "Dai", "Hui", "Miao", "Bai", "Dong", "Yao", "Shui", "Tu", "Man", "Qiang", "Zang"}
_GIVEN_FIRST_NAME = re.compile(
    rf"(?<![A-Za-z'’-])(?P<name>(?!(?:{'|'.join(_SURNAMES + _PLACE_WORDS)})\b)"
    rf"(?=(?i:(?:{_SYLLABLE}){{2}}) )[A-Z][a-z]{{2,9}} "
    rf"(?:{'|'.join(s for s in _SURNAMES if _GIVEN.fullmatch(s.lower()) and 2 <= len(s) <= 5 and s not in _PEOPLES)}))"
    r"\b(?![\w'’-]|\s+[A-Z])"
)
# Hong Kong and Macao names in Cantonese romanisation: "Leung Chun-ying", "Chui Sai On", and
# an English given name before one: "John Chan", "Carrie Lam Cheng Yuet-ngor"
_CANTONESE_SURNAMES = (
    "Chan Wong Lam Leung Cheung Lee Ho Ng Tsang Tang Lau Chow Yip Tse Kwok Fung Tam Yeung Chu "
    "Poon Siu Choi Mak Cheng Yuen Lo Law Sze Chiu Au Ko Kwan Hui Wan Fong Ip Shum Leong Chui Sit "
    "Tung Fok Tsui Lui Pang Yau Chung Mok Ngai Lai Chau Woo Tong Tsoi Cheong Ieong Suen Chong "
    "Koo Kam Lok Hung Ching Tso Lung Yung"
).split()
_ENGLISH_GIVEN = (
    "John Carrie Eddie Henry Donald Anson Regina Rita Edward Francis Stephen Peter Paul David "
    "Michael Patrick Anthony Tony Andrew Alan Allen Albert Arthur Bernard Charles Christopher "
    "Daniel Dennis Eric Frederick Gary George Gordon Jasper Jack James Jason Joseph Kevin "
    "Kenneth Lawrence Martin Matthew Philip Raymond Richard Robert Ronald Samuel Simon Thomas "
    "Timothy Victor Vincent William Wilson Alice Anna Betty Cecilia Christine Elizabeth Emily "
    "Grace Helen Jennifer Julia Karen Mary Margaret Nancy Priscilla Rebecca Sophie Susan Teresa "
    "Fernando Edmund Ambrose Leonard Frankie Selina Starry Wilton"
).split()
_HK_PLACES = {"wong tai sin", "ho man tin", "lam tin", "lo wu", "ma on shan"}
_CANTONESE_NAME = re.compile(
    rf"(?<![\w'’-])(?P<name>(?:(?:{'|'.join(_ENGLISH_GIVEN)})\s+)?"
    rf"(?:{'|'.join(_CANTONESE_SURNAMES)})"
    rf"(?:\s+(?:(?:(?:{'|'.join(_CANTONESE_SURNAMES)})\s+)?[A-Z][a-z]{{1,5}}-[a-z]{{1,5}}"
    r"|[A-Z][a-z]{1,4}\s+[A-Z][a-z]{0,4}(?=[\s,.;:)]|$)))?)\b(?![\w'’-]|\s+[A-Z])"
)
# a name, in any spelling, right after "<post> of <a body named by its kind>" and before what
# the person does: "President of Xinjiang Normal University Parhat Jarat attended …"
_POST_OF_BODY = re.compile(
    r"\b(?:President|Vice[- ]President|Secretary|Director|Dean|Chairman|Chairwoman|Head|"
    r"Principal|Mayor|Governor|Chief)\s+of\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,5}"
    r"(?:University|College|Hospital|Institute|School|Academy|Committee|Government|Bureau|"
    r"Company|Group|Corporation|Association|Federation|Department|Office)\s+"
    # … or the body first, then its post: "The Kashgar Administrative Office Sub-commissioner
    # Zumureti Wubuli said"
    r"|\b(?:[A-Z][\w'’-]*\s+){1,5}(?:Office|Committee|Government|Bureau|Department|Prefecture)\s+"
    r"(?:(?:Deputy|Vice|Executive|Sub)[\s-]+)?(?i:commissioner|director|secretary|mayor|governor|"
    r"head|chief|president|chairman|chairwoman)\s+(?=[A-Z])"
)
_NAME_AFTER_POST_OF_BODY = re.compile(
    r"(?P<name>[A-Z][a-z]{2,12}(?:\s+[A-Z][a-z]{2,12}){1,2})(?=\s+(?:attended|visited|met|"
    r"said|led|presided|delivered|addressed|accompanied|signed|spoke|gave|introduced|chaired|"
    r"and|also|extended|welcomed)\b|\s*[,.;])"
)


def names_after_post_of_body(text: str, lo: int, hi: int):
    """Matches of the names that "<post> of <body>" introduces (a group ``name`` each)."""
    for post in _POST_OF_BODY.finditer(text, lo, hi):
        name = _NAME_AFTER_POST_OF_BODY.match(text, post.end(), hi)
        if name:
            yield name


_AGED_NAME = re.compile(
    r"(?:(?<=-year-old\s)"
    # "The parents of Gypar Sattwaldi, 24, and …": a name of two words, then the age
    r"|(?<=\bof\s)(?=[A-Z][a-z]{2,12}\s+[A-Z][a-z]{2,12},\s+\d{1,2},\s))"
    r"(?P<name>[A-Z][a-z]{2,12}(?:\s+[A-Z][a-z]{2,12}){1,2})\b"
)
# a credit anywhere in a line: "Author:Wang Fang", "Courtesy of Li Yufeng", "Photo by Ju
# Chuanjiang / China Daily", "Written by Li Yufeng Zhang Tianfu"
CREDIT_BEFORE = re.compile(
    r"(?:\b(?:Authors?|Editors?(?:\s+in\s+charge)?|Reporters?|Writers?)\s*[:：]\s*"
    r"|\b(?:Courtesy\s+of|Photos?\s+by|Written\s+by|Edited\s+by)\s+"
    # "Jinghua Times reporter Tan Qingzhu": an outlet's reporter, inside a sentence
    r"|\b(?:Times|Daily|News|Xinhua|Network|Post|Evening)\s+(?:reporters?|correspondents?|writers?)\s+"
    r"|\btranslated\s+by\s+"
    # "and reporter Shen Zhenhai", "All-Media Reporter Fu Chang", "Author Huang Lingyan Wang Yi"
    r"|\b(?i:reporters?|correspondents?)\s+|\bAuthors?\s+"
    # "Text/Fu Chang", "Chief planner/Sun Xuan Chen Chunning": a credit line's slash
    r"|\b(?:Text|Photos?|[Pp]lanners?|Producers?|Editors?|Authors?|Designers?|Reporters?)\s*/\s*"
    # a Chinese page's label on an English page: "责任编辑:Ai Ting(QN0043)"
    r"|(?:责任编辑|编辑|作者|记者|来源)\s*[:：]\s*"
    # "By Yuan Quan, Xu Yuyao, Chungda Drolkar, People's Daily"; editors in brackets: "[Jia Dan,
    # Zhu Nan]"
    r"|\bBy\s+|\[\s*)"
    # the credit's further names: "Author Huang Lingyan Wang Yi", "Text/A, B", "writer A, B and C"
    r"(?:[A-Z][a-z]+\s[A-Z][a-z]+(?:\s*[,、]\s*|\s+and\s+|\s+)){0,3}$"
)
# a photo's credit after the name: "Jin Wei / For China Daily"
CREDIT_AFTER = re.compile(
    r"\s*/\s*(?:For\s+[A-Z]|(?:China\s+Daily|Xinhua|CFP|VCG|IC|SHINE|CGTN|Global\s+Times)\b)"
    # a paper's name in pinyin and its date: "Nan Fang Nong Cun Bao·2025-08-26"
    r"|(?:\s+[A-Z][a-z]{1,5}){0,2}\s+(?:Ri\s*)?Bao\s*·"
    r"|\s*·\s*(?:19|20)\d\d-\d\d-\d\d"
    # "p.china.org.cn by Pang Jie, June 18, 2021": the byline's date
    r"|,\s*(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2},\s+(?:19|20)\d\d"
)
