"""English recognisers on the shapes real copy showed: ordinal and day-first dates, day-only
dates from the publication date, qualifiers at a sentence's start, group titles."""

from __future__ import annotations

import pytest

from counterpart.ingest.dates_en import find_dates
from counterpart.ingest.extract import extract, parse_article


def _dates(text, published=None):
    return [d.key for d in find_dates(text, published=published)]


@pytest.mark.parametrize(
    ("text", "published", "keys"),
    [
        ("On 8-10 November, the meeting was held.", None, [("11-08", "11-10")]),
        ("On 14th June, a delegation arrived.", None, [("06-14", "06-14")]),
        (
            "From the 23rd to the 24th, a delegation toured.",
            "2018-05-28",
            [("2018-05-23", "2018-05-24")],
        ),
        ("On 29th, the governor met them.", "2018-04-03", [("2018-03-29", "2018-03-29")]),
        ("On 29th, the governor met them.", None, []),  # no month without a publication date
        ("By the end of 2017, 1.2 billion yuan was invested.", None, [("2017", "2017")]),
        ("to lift the poor out of poverty by 2020", None, [("2020", "2020")]),
        ("the “List of Key Tasks of Dalian in 2018”", None, []),  # inside a quoted name
    ],
)
def test_dates(text, published, keys):
    assert _dates(text, published) == keys


def _extract(body, published="2019-05-20"):
    art = parse_article(f"A title\n\n{body}\n".encode())
    return extract(art, source_url="https://example.org/a", published=published)


def test_qualifier_at_sentence_start_and_other_head_counts():
    ex = _extract(
        "More than 700,000 people have benefited. About 4.3 billion yuan has been invested. "
        "Nearly 50 villagers found jobs and 183 officials were sent; 229,000 mu (15,266 hectares) "
        "of fields were built."
    )
    figs = {
        (c.fields["quantity"], c.fields["unit"], c.fields["qualifier"])
        for c in ex.of_kind("figure")
    }
    assert figs == {
        ("700000", "persons", "more than"),
        ("4300000000", "yuan", "about"),
        ("50", "persons", "nearly"),
        ("183", "persons", "exact"),
        ("229000", "mu", "exact"),
    }


def test_group_titles_and_titles_without_a_comma():
    ex = _extract(
        "Wang Zhong, Secretary of the Liupanshui Municipal Committee attended the meeting and "
        "delivered speeches. Wenshan Prefecture leaders Tong Zhiyun, Zhang Xiulan and Li Yunlong, "
        "and mayor of Hangzhou Xu Liyi, Sichuan provincial leaders Qu Mu Shiha and Wang Zhengpu "
        "attended."
    )
    titles = {c.label for c in ex.of_kind("title")}
    assert titles == {
        "Wang Zhong: Secretary of the Liupanshui Municipal Committee",
        "Tong Zhiyun: Wenshan Prefecture leaders",
        "Zhang Xiulan: Wenshan Prefecture leaders",
        "Li Yunlong: Wenshan Prefecture leaders",
        "Xu Liyi: mayor of Hangzhou",
        "Qu Mu Shiha: Sichuan provincial leaders",
        "Wang Zhengpu: Sichuan provincial leaders",
    }


def test_places_weekdays_and_bylines_are_not_proposed():
    ex = _extract(
        "(Text by Reporter Peng Xuhui) The delegation visited Qianxi'nan Prefecture, Nacha "
        "Community and Guangdong on Tuesday, and Dashang Group."
    )
    assert {c.label for c in ex.of_kind("person")} == set()
    assert {c.label for c in ex.of_kind("organisation")} == {"Dashang Group"}


def test_apostrophe_names_and_a_singular_title_after_two_names():
    ex = _extract(
        "Chen Run'er, Ningxia's Party chief, spoke. Zheng Shanjie and Yin Li, governor of "
        "Sichuan, attended. President Xi Jinping's instructions were studied."
    )
    assert {c.label for c in ex.of_kind("person")} == {
        "Chen Run'er",
        "Zheng Shanjie",
        "Yin Li",
        "Xi Jinping",
    }
    titles = {c.label for c in ex.of_kind("title")}
    assert {"Yin Li: governor of Sichuan", "Chen Run'er: Ningxia's Party chief"} <= titles
    assert not any(t.startswith("Zheng Shanjie:") for t in titles)
