"""Chinese agreements: 《…》 titles that name an agreement, unbracketed framework agreements,
and signed projects; policy documents are not agreements."""

from __future__ import annotations

from conftest import DATA

from counterpart.ingest.agreements_zh import find_agreements
from counterpart.ingest.extract import extract, parse_article
from counterpart.ingest.organisations_zh import find_organisations


def _names(text):
    return [m.value["name"] for m in find_agreements(text)]


def _english(body: bytes, published: str):
    article = parse_article(b"Title\n\n" + body + b"\n")
    return extract(article, source_url="http://example.cn/a", data_dir=DATA, published=published)


def test_bracketed_agreement():
    assert _names("两市签署了《东西部扶贫协作框架协议》。") == ["东西部扶贫协作框架协议"]


def test_policy_document_is_not_an_agreement():
    assert _names("国务院办公厅印发了《关于开展对口帮扶贵州工作的指导意见》") == []


def test_unbracketed_and_signed_projects():
    assert _names("王建国与杨德振代表两地签订了东西部扶贫协作战略合作框架协议。") == [
        "东西部扶贫协作战略合作框架协议"
    ]
    assert _names("商务局与青岛某食品有限公司签订了产业合作协议，") == ["产业合作协议"]
    assert _names("双方签约帮扶项目64个，投入资金5694万元") == ["帮扶项目"]


def test_a_count_of_agreements_is_a_figure_not_a_name():
    assert _names("签订了《青岛·陇南劳务合作协议》等8个协议") == ["青岛·陇南劳务合作协议"]


def test_enterprises_without_their_place_prefix():
    found = [
        m.value["name"] for m in find_organisations("考察了盘州市羊场乡韩伟集团、贵州岩博酒业")
    ]
    assert found == ["韩伟集团", "贵州岩博酒业"]
    found = [m.value["name"] for m in find_organisations("考察黔南州惠水县广药集团生产加工厂")]
    assert found == ["广药集团"]


def test_counted_agreements_with_a_kind_are_named_without_their_count():
    assert _names("两县共同制订了教育、医疗、旅游等6个结对帮扶协议，") == ["结对帮扶协议"]
    assert _names("两区签订了4份劳务协作协议。") == ["劳务协作协议"]


def test_projects_signed_after_they_are_named():
    assert _names("推介会上，总投资8.6亿元的11个项目现场签约。") == ["11个项目"]
    assert _names("5个文旅项目集中签约") == ["5个文旅项目"]
    assert _names("推介会上现场签约9个项目，") == ["9个项目"]
    assert _names("项目签约仪式在兰州举行") == []  # no count: an event's name, not what was signed


def test_an_agreement_said_again_is_one_agreement_and_projects_signed_with_签下():
    from counterpart.ingest.recognise_zh import recognise

    text = (
        "两市签约\n\n"
        "两市签署《陇青东西部协作和产业合作框架协议》。\n\n"
        "随着两地签署深化东西部协作和产业合作框架协议，协作迎来新起点。这份“升级版”产业协作协议将聚焦产业。\n\n"
        "会上，两地再签下12个产业合作项目。"
    )
    paragraphs = [(0, 4)]
    pos = 6
    for part in text[6:].split("\n\n"):
        paragraphs.append((pos, pos + len(part)))
        pos += len(part) + 2
    names = [a.value["name"] for a in recognise(text, paragraphs, "2021-06-01").agreements]
    assert names == ["陇青东西部协作和产业合作框架协议", "12个产业合作项目"]


def test_an_agreements_single_field_with_the_sentence_going_on_is_no_second_agreement():
    ex = _english(
        b"The two sides signed the framework agreement on the pairing cooperation in "
        b"poverty reduction, actively explored the improvement of working mechanisms for the "
        b"pairing cooperation and achieved good results.",
        "2012-05-02",
    )
    labels = [c.label for c in ex.of_kind("agreement")]
    assert labels == ["framework agreement on the pairing cooperation"]


def test_projects_covering_fields_signed_and_an_agreement_reached_for_projects():
    ex = _english(
        b"Twenty-two cooperation projects covering the industries of medicine, tourism "
        b"and logistics were signed at the event. The city reached agreement for 60 cooperation "
        b"projects worth 31.7 billion yuan.",
        "2018-10-24",
    )
    assert sorted(c.label for c in ex.of_kind("agreement")) == [
        "cooperation projects",
        "cooperation projects",
    ]
    assert all(c.decision == "review" for c in ex.of_kind("agreement"))


def test_counted_things_each_with_its_participle_signed_are_each_an_agreement():
    ex = _english(
        b"The expo achieved results, with a total of 7 strategic cooperation agreements "
        b"signed, 60 project investment contracts signed, and 53 billion yuan agreed. "
        b"The 12 agreements signed last year still hold.",
        "2023-06-20",
    )
    assert sorted(c.label for c in ex.of_kind("agreement")) == [
        "12 agreements",
        "60 project investment contracts",
        "7 strategic cooperation agreements",
    ]


def test_an_agreement_taken_up_again_with_此次_is_not_a_second_one():
    assert _names("双方签订《战略合作协议》。据悉，此次战略合作协议围绕中药材开发展开。") == [
        "战略合作协议"
    ]


def test_an_agreement_named_by_its_kind_alone_right_after_its_signing():
    assert _names("东莞、韶关两市签署协议，共建产业园") == ["协议"]
    assert _names("两地共同签署协议书，正式缔结为友好城市") == ["协议书"]
    assert _names("双方签署《战略合作框架协议》") == ["战略合作框架协议"]


def test_projects_signed_on_site_key_projects_and_intentions_signed():
    assert _names("两省18个项目进行了现场签约。") == ["18个项目"]
    assert _names("江苏代表团举行重点项目集中签约仪式。") == ["重点项目"]
    assert _names("双方签署了一批合作意向，以求双赢。") == ["合作意向"]
    assert _names("经双方友好协商，达成如下合作框架协议：") == []  # the text that follows is it


def test_a_kind_of_agreement_named_with_no_signing_is_proposed_for_review():
    ex = _english(
        b"The talks reached the outline of a friendly cooperation framework agreement. He "
        b"urged the implementation of the cooperation agreement.",
        "2017-07-27",
    )
    found = {c.label: c.decision for c in ex.of_kind("agreement")}
    assert found == {
        "friendly cooperation framework agreement": "review",
        "cooperation agreement": "review",
    }


def test_english_arrangements_quoted_words_places_names_and_a_named_agreement_signed():
    ex = _english(
        b"Hong Kong signed a cooperation arrangement with Sichuan. Nine universities signed "
        b"'pairing' assistance agreements with Tibet University. He witnessed the signing of two "
        b"Sichuan-Hong Kong co-operation agreements. Mrs Lam witnessed the signing of the "
        b"Agreement on the Use of the Residual Fund.",
        "2016-05-10",
    )
    assert {c.label for c in ex.of_kind("agreement")} == {
        "cooperation arrangement",
        "'pairing' assistance agreements",
        "Sichuan-Hong Kong co-operation agreements",
        "Agreement on the Use of the Residual Fund",
    }


def test_an_agreement_acted_on_is_not_named():
    found = find_agreements("双方在切实履行协议的基础上深化合作，相信合作协议的签订将带来发展。")
    assert [a.value["name"] for a in found] == []
    found = find_agreements("两市签署了深化东西部协作框架协议。")
    assert [a.value["name"] for a in found] == ["深化东西部协作框架协议"]


def test_each_agreement_a_list_names_before_its_count():
    # quoted names, then their count and kind: each named one, not the kind as one more
    assert _names(
        "两市政府签订了“共建产业园区协议”“劳务协作框架协议”“文旅合作备忘录”3个政府间合作协议。"
    ) == ["共建产业园区协议", "劳务协作框架协议", "文旅合作备忘录"]
    # projects listed before 等 and their count, signed
    assert _names(
        "同时，城东物流园二期项目、山地光伏发电项目、职业技术研究院等9个企业投资项目协议签约。"
    ) == ["城东物流园二期项目", "山地光伏发电项目", "职业技术研究院"]
    # but not projects counted as built, nor a list of things that are no projects
    assert _names("城东物流园二期项目、山地光伏发电项目等5个项目建成投产。") == []


def test_an_agreement_taken_up_again_after_a_preposition_is_no_new_one():
    assert _names("随着框架协议的签署，双方合作进一步拓展。") == ["框架协议"]


def test_an_agreement_the_headline_names_and_the_body_does_not_is_proposed_for_review():
    from counterpart.ingest.recognise_zh import recognise

    head = "南宁市代表团到朝阳区考察 两地签订对口协作框架协议"
    body = "3月2日，南宁市代表团到朝阳区考察交流，双方座谈并签约。"
    text = f"{head}\n\n{body}"
    found = recognise(text, [(0, len(head)), (len(head) + 2, len(text))], "2021-03-03")
    assert [(a.value["name"], a.confidence) for a in found.agreements] == [
        ("对口协作框架协议", 0.8)
    ]
    # said again in the body, it is one agreement, cited there
    body = "3月2日，两地签订了对口协作框架协议。"
    text = f"{head}\n\n{body}"
    found = recognise(text, [(0, len(head)), (len(head) + 2, len(text))], "2021-03-03")
    assert [a.span[0] > len(head) for a in found.agreements] == [True]


def test_what_a_signing_ceremony_signs_named_before_it():
    assert _names("县领导出席“校企共建实训基地项目”签约和揭牌仪式。") == ["校企共建实训基地项目"]
    assert _names("两地企业代表进行了战略合作签约仪式，产销结对。") == ["战略合作"]
    assert _names("项目签约仪式在兰州举行") == []  # an event's name, nothing named
