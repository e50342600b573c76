"""``counterpart evaluate`` takes the same command lines as ``python -m counterpart.evaluate``,
prints the same table, and turns a missing article or gold file into a message, not a trace."""

from __future__ import annotations

import shutil
import subprocess
import sys
from decimal import Decimal

import pytest
from conftest import DATA, ROOT

from counterpart.cli import main

GOLD = ROOT / "tests" / "extraction"
PAIR = ("zh-dalian-liupanshui-2019", "en-shapes-2018")


def _gold(tmp_path, with_texts_beside=True):
    """Copies of two gold files; their texts either beside them or in a separate folder."""
    golds, texts = tmp_path / "gold", tmp_path / "texts"
    golds.mkdir()
    texts.mkdir()
    for name in PAIR:
        shutil.copy(GOLD / f"{name}.gold.yaml", golds)
        shutil.copy(GOLD / f"{name}.txt", golds if with_texts_beside else texts)
    return sorted(str(p) for p in golds.glob("*.gold.yaml")), texts


def test_the_subcommand_prints_what_the_module_prints(tmp_path, capsys):
    golds, texts = _gold(tmp_path, with_texts_beside=False)
    args = ["--texts", str(texts), "--data", str(DATA), "--misses", *golds]
    assert main(["evaluate", *args]) == 0
    out = capsys.readouterr().out
    module = subprocess.run(
        [sys.executable, "-m", "counterpart.evaluate", *args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    assert out == module.stdout
    rows = {tuple(r.split()[:2]): r.split() for r in out.splitlines()[1:] if "\t" not in r}
    for group in (*PAIR, "pooled", "pooled-en", "pooled-zh"):
        assert (group, "titles") in rows
    assert rows[("pooled-zh", "persons")][2:7] == ["7", "7", "7", "1.00", "1.00"]


def test_a_missing_article_names_the_gold_file_and_the_fix(tmp_path, capsys):
    golds, texts = _gold(tmp_path, with_texts_beside=False)
    assert main(["evaluate", "--data", str(DATA), golds[0]]) == 2
    err = capsys.readouterr().err
    assert golds[0] in err and "--texts" in err
    assert main(["evaluate", "--texts", str(tmp_path / "nowhere"), golds[0]]) == 2
    assert "no such folder" in capsys.readouterr().err


def test_a_broken_gold_file_is_reported_with_its_path(tmp_path, capsys):
    bad = tmp_path / "bad.gold.yaml"
    bad.write_text("article: [unclosed\n", encoding="utf-8")
    assert main(["evaluate", str(bad)]) == 2
    assert f"{bad}: not a readable YAML gold file" in capsys.readouterr().err
    assert main(["evaluate", str(tmp_path / "absent.gold.yaml")]) == 2
    assert "no such gold file" in capsys.readouterr().err
    split = tmp_path / "split.gold.yaml"
    split.write_text(
        "article: a.txt\nsource_url: http://e.cn/a\ntitles:\n  - [Ye Jian, Chair of X Co., Ltd]\n",
        encoding="utf-8",
    )
    assert main(["evaluate", str(split)]) == 2
    err = capsys.readouterr().err
    assert "titles item 1 must be [name, title]" in err and "quote a value" in err


@pytest.mark.parametrize("published", ["2019-05", "2019"])
def test_a_publication_known_only_to_the_month_or_year_dates_by_its_year(
    tmp_path, capsys, published
):
    (tmp_path / "a.txt").write_text(
        "Title\n\nOn May 12, the county signed 3 projects. In 2010, it built 5 schools.\n",
        encoding="utf-8",
    )
    (tmp_path / "a.gold.yaml").write_text(
        "article: a.txt\nsource_url: http://example.cn/2019/05/a.html\nsource_id: t-a\n"
        f'published: "{published}"\npersons: []\ntitles: []\n'
        "figures: [[3, projects, exact], [5, schools, exact]]\n"
        'dates: [["2019-05-12", "2019-05-12"], ["2010", "2010"]]\n',
        encoding="utf-8",
    )
    assert main(["evaluate", "--data", str(DATA), str(tmp_path / "a.gold.yaml")]) == 0
    rows = {tuple(r.split()[:2]): r.split() for r in capsys.readouterr().out.splitlines()[1:]}
    assert rows[("pooled", "dates")][2:7] == ["2", "2", "2", "1.00", "1.00"]


def test_a_counted_noun_is_compared_as_the_dataset_names_it():
    from counterpart.ingest.evaluate import _same

    found = (Decimal(307), "towns", "exact")
    assert _same("figures", (Decimal(307), "townships", "exact"), found, loose=True)
    assert _same(
        "figures",
        (Decimal(19), "provinces and municipalities", "exact"),
        (Decimal(19), "provinces", "exact"),
        loose=True,
    )
    assert _same(
        "figures", (Decimal(26), "industrial parks", "exact"), (Decimal(26), "parks", "exact"), True
    )
    assert _same(  # American spelling, the data's British one
        "figures",
        (Decimal(1561), "social organizations", "exact"),
        (Decimal(1561), "organisations", "exact"),
        True,
    )
    assert _same(  # British spelling, the extractor's American one
        "figures",
        (Decimal(5), "health centres", "exact"),
        (Decimal(5), "health centers", "exact"),
        True,
    )
    assert _same(  # people named by what they are: persons, the base unit for people
        "figures",
        (Decimal(4), "medical team members", "exact"),
        (Decimal(4), "persons", "exact"),
        True,
    )
    assert _same(  # 结对: pairings or pairs, one thing
        "figures", (Decimal(229), "pairings", "exact"), (Decimal(229), "pairs", "exact"), True
    )
    assert not _same("figures", (Decimal(307), "villages", "exact"), found, loose=True)
    assert not _same("figures", (Decimal(307), "townships", "about"), found, loose=True)


def test_an_upper_bound_said_up_to_is_at_most():
    from counterpart.ingest.evaluate import expected

    gold = {"figures": [[15000, "yuan", "up to"], [30, "persons", "at least"]]}
    assert expected(gold)["figures"] == [
        (Decimal(15000), "yuan", "at most"),
        (Decimal(30), "persons", "at least"),
    ]


def test_a_firm_is_compared_without_its_legal_form():
    from counterpart.ingest.evaluate import _norm, _same

    def same(gold, found):
        return _same("organisations", _norm(gold), _norm(found), loose=True)

    assert same("Hunan Tea Group Co., Ltd.", "Hunan Tea Group")
    assert same("Ningbo Port Group Ltd.", "Ningbo Port Group")
    assert same("贵州茅台集团有限公司", "贵州茅台集团")
    assert same("Lingnan Property Company Limited", "Lingnan Property Company")
    assert not same("Hunan Tea Group", "Hunan Tea")
    assert not same("Hunan Tea Group Co., Ltd.", "Tea Group")


def test_a_post_is_compared_without_its_article():
    from counterpart.ingest.evaluate import _post

    assert _post("the principal of Jianshan School") == _post("principal of Jianshan School")
    assert _post("a member of the committee") == "member of the committee"


def test_a_name_the_text_writes_in_traditional_characters_is_compared_as_read():
    from counterpart.ingest.evaluate import _norm

    # the reader converts traditional characters to simplified; gold keeps the text's
    assert _norm("劉東偉") == _norm("刘东伟") == "刘东伟"
    assert _norm("西城區委書記") == "西城区委书记"
    # a name's dot the page lost, as the annotator copied it, is the dot the reader mends
    assert _norm("艾力?沙塔尔") == _norm("艾力·沙塔尔")
    assert _norm("Liu Dongwei") == "liu dongwei"


def test_loose_matches_are_paired_one_to_one_as_many_as_can_be():
    from counterpart.ingest.evaluate import score

    # "agreement" fits both gold items loosely: paired with the first, it would leave the second
    # unmatched; and the closer of two found items is the one paired
    gold = ["strategic cooperation agreements", "framework agreement"]
    found = [("agreement", False), ("7 strategic cooperation agreements", True)]
    result = score(gold, found, "agreements")
    assert (result.matched, result.wrong_accepted) == (2, 0)
    gold = ["strategic cooperation agreements"]
    result = score(gold, found, "agreements")
    assert (result.matched, result.wrong_accepted, result.wrong) == (1, 0, ("agreement",))
    found = [("agreement", True), ("7 strategic cooperation agreements", True)]
    result = score(gold, found, "agreements")
    assert (result.wrong_accepted, result.wrong_by_default) == (1, ("agreement",))


def test_a_post_is_compared_without_its_article_or_a_closing_short_name():
    from counterpart.ingest.evaluate import _post

    assert _post("a vice-president of Beijing Women's Federation (BWF)") == _post(
        "Vice-President of Beijing Women's Federation"
    )
    assert _post("member of the CPC (Communist Party) committee") != _post(
        "member of the committee"
    )


def test_a_post_at_the_publishers_own_body_is_compared_without_it():
    from counterpart.ingest.evaluate import _post

    assert _post("我院医师") == _post("医师")
    assert _post("我市市委书记") == "市委书记"
    assert _post("我校援藏干部") == "援藏干部"
    assert _post("我们") == "我们"  # a word, no body
