"""Organisations in Chinese copy. Enterprises and institutions by their endings (有限公司, 集团,
酒业 …), read leftwards to the list separator; and the government bodies that titles and events
name (市委, 市政府, 扶贫办, 人社局 …), which assembly maps to the dataset's actors.
"""

from __future__ import annotations

import re

from .mention import Mention

_ENDINGS = r"(?:有限责任公司|股份有限公司|有限公司|公司|集团|酒业|银行)"
_ENTERPRISE = re.compile(rf"(?P<name>[\u4e00-\u9fff（）()]{{2,24}}?{_ENDINGS})")
_PLACE_PREFIX = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}?(?:市|县|乡|镇|区)|[\u4e00-\u9fff]{2,4}?州)+(?=[\u4e00-\u9fff]{3})"
)
_LEAD = re.compile(
    r"^.*(?:来到|考察|走进|参观|调研|与|和|及|、|在|到|是|为|由|向|对|引导|组织|该|等|的|了)"
)
GOVERNMENT = re.compile(
    r"(?P<place>[\u4e00-\u9fff]{2,6}?(?:省|市|州|县|区))?"
    r"(?P<body>省委|市委|州委|县委|区委|省政府|市政府|州政府|县政府|人民政府|人大常委会|政协|"
    r"扶贫办|扶贫开发办公室|对口支援和区域合作局|商务局|人社局|统战部|组织部|宣传部|工商联)"
)


def find_organisations(text: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
    hi = len(text) if hi is None else hi
    out = []
    for m in _ENTERPRISE.finditer(text, lo, hi):
        name = _LEAD.sub("", m.group("name"))
        if not re.search(r"(?:有限责任公司|有限公司)$", name):
            name = _PLACE_PREFIX.sub("", name)
        if len(name) < 4 or name in ("有限公司", "公司", "集团"):
            continue
        start = m.end() - len(name)
        out.append(
            Mention(
                "organisation", (start, m.end()), name, {"name": name, "kind": "enterprise"}, 0.8
            )
        )
    return out
