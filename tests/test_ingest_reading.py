"""Reading an article: Chinese normalised (traditional, full-width), HTML furniture dropped,
bad files refused with a message that says what to do, size checked before reading."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from counterpart.ingest.extract import extract
from counterpart.ingest.reading import (
    ExtractionError,
    detect_language,
    parse_article,
    read_article,
)

ZH = "大连市与六盘水市举行扶贫协作座谈会\n\n8月30日，双方签署了5个合作协议，投入资金4.87亿元。\n"


def test_traditional_and_full_width_are_normalised():
    art = parse_article(
        "青島隴南東西扶貧協作穩步推進\n\n兩市簽署了《東西部扶貧協作框架協議》，統籌３０００萬元。\n".encode()
    )
    assert art.language == "zh"
    assert "青岛陇南东西扶贫协作稳步推进" in art.text
    assert "《东西部扶贫协作框架协议》" in art.text and "3000万元" in art.text
    assert any("traditional" in w for w in art.warnings)


def test_chinese_lines_are_paragraphs():
    art = parse_article("标题\n第一段。\n第二段。\n".encode())
    assert [art.text[s:e] for s, e in art.paragraphs] == ["标题", "第一段。", "第二段。"]


def test_a_mirror_pages_line_breaks_inside_a_sentence_stay_in_its_paragraph():
    text = (
        "宁波帮扶延边墙体广告\n\n"
        "8日,\n吉林省\n延边州州委书记金强、州长赵明率代表团到我市考察。\n\n"
        "会上,两市签订了帮扶协议。市领导周平,市政府秘书长\n孙浩参与有关活动。\n"
        "编辑:宁波日报\n"
    )
    art = parse_article(text.encode())
    paras = [art.text[s:e] for s, e in art.paragraphs]
    assert paras[0] == "宁波帮扶延边墙体广告"  # the headline is never run on
    assert paras[1].startswith("8日,\n吉林省\n延边州") and paras[1].endswith("考察。")
    assert len(paras) == 4  # a line after a full stop still starts a paragraph
    ex = extract(art, source_url="https://example.org/a", year=2019)
    titles = {c.label for c in ex.of_kind("title")}
    assert {"金强: 延边州州委书记", "赵明: 州长", "孙浩: 市政府秘书长"} <= titles


def test_a_pasted_text_with_no_blank_line_and_no_title_is_all_body():
    text = (
        "Liupanshui signed four contracted projects worth 2.3 billion yuan with firms from "
        "Dalian at a fair held on Oct 12.\n"
        "The fair drew 120 enterprises from the two cities.\n"
    )
    art = parse_article(text.encode())
    assert not art.titled and art.title == ""
    assert len(art.body) == 2 and art.body[0] == art.paragraphs[0]
    assert any("no title line" in w for w in art.warnings)
    ex = extract(art, source_url="https://example.org/a", year=2019)
    figures = {c.label for c in ex.of_kind("figure")}
    assert "exact 2300000000 yuan" in figures  # the first line's figure is read as body
    source = ex.of_kind("source")[0]  # named by its first words, so accept still works
    assert source.fields["title"].startswith("Liupanshui signed four contracted projects")
    assert source.decision == "accept" and "title" in source.note
    assert "no title line" in source.fields["notes"]


def test_a_pasted_text_with_a_title_line_and_no_blank_line():
    art = parse_article(b"Dalian and Liupanshui sign four projects\nThe two cities signed.\n")
    assert art.titled and art.title == "Dalian and Liupanshui sign four projects"
    assert len(art.body) == 1
    zh = parse_article(
        "8月30日，两市签署了5个合作协议，投入资金4.87亿元。\n双方表示将继续合作。\n".encode()
    )
    assert not zh.titled and len(zh.body) == 2
    one = parse_article("8月30日，两市签署了5个合作协议。 双方表示将继续合作。".encode())
    assert not one.titled and len(one.body) == 1  # one line, a sentence: a body, no title
    ex = extract(zh, source_url="https://example.org/a", year=2019)
    assert any(c.label == "exact 487000000 yuan" for c in ex.of_kind("figure"))


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (ZH, "zh"),
        ("谌贻琴（Chen Yiqin）会见了唐一军（Tang Yijun）一行，双方举行座谈。\n\n正文。", "zh"),
        (
            "Dalian helps Liupanshui 大连\n\nThe two cities signed five agreements on cooperation.",
            "en",
        ),
    ],
)
def test_language(text, lang):
    assert detect_language(text) == lang


def test_html_menus_and_footers_are_dropped(tmp_path):
    menu = "".join(f"<li><a href='/n{i}'>栏目{i} 首页 新闻 政务</a></li>" for i in range(40))
    page = (
        "<!doctype html><html><head><title>网站</title></head><body>"
        f"<nav><ul>{menu}</ul></nav>"
        "<article><h1>大连市与六盘水市举行扶贫协作座谈会</h1>"
        "<p>8月30日下午，大连市·六盘水市扶贫协作座谈会在大连召开。大连市委副书记、市长谭成旭主持会议。"
        "会上，两市签署了5个合作协议，大连市累计投入帮扶资金4.87亿元，实施援助项目约600个。</p>"
        "<p>谭成旭表示，大连将继续深化与六盘水的产业合作，推动更多企业到六盘水投资兴业，"
        "帮助六盘水巩固脱贫成果。<script>alert(1)</script></p></article>"
        "<footer>版权所有 网站地图 联系我们 京ICP备000000号</footer></body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    art = read_article(path)
    assert art.format == "html" and art.language == "zh"
    assert art.title == "大连市与六盘水市举行扶贫协作座谈会"
    assert "栏目1" not in art.text and "版权所有" not in art.text
    assert "alert(1)" not in art.text
    assert "4.87亿元" in art.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ("大连市与六盘水\n\n双方签署协议。".encode("gb18030"), "iconv -f GB18030"),
        (ZH.encode().decode("latin-1").encode(), "garbled"),
        (
            "Делегация Гуйчжоу\n\nС 29 по 31 августа делегация посетила Ляонин.".encode(),
            "neither English nor Chinese",
        ),
        (b"\x89PNG\r\n\x1a\n\0\0\0IHDR", "binary"),
    ],
)
def test_bad_files_are_refused_with_what_to_do(data, message):
    with pytest.raises(ExtractionError, match=message):
        parse_article(data)


def test_size_is_checked_before_the_file_is_read(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as fh:
        fh.truncate(25_000_000)  # sparse: 25 MB on paper, nothing on disk

    def no_read(self):
        raise AssertionError("read a file that was too big")

    monkeypatch.setattr(Path, "read_bytes", no_read)
    with pytest.raises(ExtractionError, match="25.0 MB; an article is at most"):
        read_article(path)


def test_untrusted_markup_stays_text():
    art = parse_article("标题\n\n王某说：<script>alert(1)</script>{{ x }} 投入1亿元。\n".encode())
    ex = extract(art, source_url="https://example.org/a")
    assert "<script>alert(1)</script>{{ x }}" in art.text
    assert all("<script>" not in c.fields.get("title", "") for c in ex.candidates)


@pytest.mark.slow
def test_five_megabytes_of_chinese_in_linear_time():
    para = (
        "8月30日，辽宁省委常委、大连市委书记谭作钧主持会议，大连市委副书记、市长谭成旭介绍情况。"
        "大连累计投入帮扶资金4.87亿元，实施援助项目约600个，培训干部近1万人次。\n\n"
    )

    def run(mb):
        data = ("标题\n\n" + para * int(mb * 1e6 / len(para.encode()))).encode()
        t = time.perf_counter()
        ex = extract(parse_article(data), source_url="https://example.org/a", year=2019)
        return time.perf_counter() - t, len(ex.candidates)

    t1, n1 = run(1)
    t5, n5 = run(5)
    assert n5 > 4 * n1
    assert t5 < 8 * t1 + 2 and t5 < 120, (t1, t5)


def test_pinyin_readings_printed_after_characters_are_removed():
    from counterpart.ingest.reading import normalise_chinese

    text, note = normalise_chinese(
        "寧夏黨政代表團(tuán)來(lái)閩考察，項(xiàng)目3842個(gè)。(记者 王)"
    )
    assert text == "宁夏党政代表团来闽考察，项目3842个。(记者 王)"
    assert "pinyin readings" in note


def test_other_dots_between_a_names_parts_are_made_the_usual_one():
    from counterpart.ingest.reading import normalise_chinese

    text, note = normalise_chinese("市长艾合买提•买买提讲话。Point • list")
    assert text == "市长艾合买提·买买提讲话。Point • list"
    assert "dots between a name's parts" in note
    text, _ = normalise_chinese("主席努尔兰 · 阿不都满金、沙吾提 ·买买提出席。A · B")
    assert text == "主席努尔兰·阿不都满金、沙吾提·买买提出席。A · B"
    text, note = normalise_chinese("市领导蔡劲松,、黄雨涛，、张惠玲参加。")
    assert text == "市领导蔡劲松、黄雨涛、张惠玲参加。"
    assert "doubled list marks" in note


def test_a_names_dot_lost_to_a_wrong_encoding_is_mended_and_a_question_mark_is_left():
    from counterpart.ingest.reading import normalise_chinese

    text, note = normalise_chinese("副主任阿勒布斯拜?拉合木、马宁?再尼勒出席。")
    assert text == "副主任阿勒布斯拜·拉合木、马宁·再尼勒出席。"
    assert "lost dots" in note
    for question in ("你去吗?阿里很远", "这是什么?他说", "到了?不是"):
        assert normalise_chinese(question)[0] == question
    # spaces beside a list mark go; other spaces stay
    text, note = normalise_chinese("高峰、申理源 、李筱奎、 梅九亮　、郎昊辰等演员 登台。A 、B")
    assert text == "高峰、申理源、李筱奎、梅九亮、郎昊辰等演员 登台。A 、B"
    assert "doubled list marks" in note


def test_a_variant_character_the_converter_leaves_is_made_standard():
    from counterpart.ingest.reading import normalise_chinese

    text, note = normalise_chinese("陜西省人大常委会副主任樊维斌出席会议。")
    assert text.startswith("陕西省") and "variant" in note


def test_a_ticker_of_other_headlines_is_dropped():
    from counterpart.ingest.reading import parse_article

    art = parse_article(
        "Teachers go west\n\nOff the wire\nFloods hit a city  • Markets fall Friday  • A bus "
        "crashes\n\nSome 300 teachers left Ningbo for Tibet.\n".encode()
    )
    assert "Markets fall" not in art.text
    assert "Some 300 teachers left Ningbo" in art.text


def test_english_laid_out_in_lines_of_a_fixed_width_is_joined_into_paragraphs():
    wrapped = (
        "The central government and various provincial authorities\n"
        "have provided plentiful aid to Tibet, which plays a key role in\n"
        "promoting the social and economic development of\n"
        "Tibet.\n"
        "Zhang Qing, acting secretary of the Tibet Autonomous Regional\n"
        "Committee of the Communist Party of China (CPC), made the remark at\n"
        "a work conference held recently in Lhasa, capital of Tibet.\n"
    )
    art = parse_article(wrapped.encode())
    assert art.text.split("\n\n")[1].startswith(
        "Zhang Qing, acting secretary of the Tibet Autonomous Regional Committee of the"
    )
    titles = {c.label for c in extract(art, source_url="https://example.org/a").of_kind("title")}
    assert titles == {
        "Zhang Qing: acting secretary of the Tibet Autonomous Regional Committee of the "
        "Communist Party of China (CPC)"
    }
    # one paragraph on a line, as copy pasted from the web is: each line stays a paragraph
    lines = "".join(f"Line {i} says what happened in Guizhou on that day.\n" for i in range(8))
    assert parse_article(lines.encode()).text.count("\n\n") == 7
