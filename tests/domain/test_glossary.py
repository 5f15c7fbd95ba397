"""One controlled vocabulary: each glossary term has one Korean word wherever its English name
is used (window columns, charts, the report), and a contract (계약) never shares a word with
an investment pledge (출자 약정)."""

import xml.etree.ElementTree as ET

import pytest

from desktop.domain import glossary
from tests.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "tracker_ko.ts"


def translations() -> dict[tuple[str, str], str]:
    root = ET.parse(TS).getroot()
    return {(c.find("name").text, m.find("source").text): m.find("translation").text
            for c in root for m in c.findall("message")}


def test_every_term_has_one_korean_word_in_every_context():
    found = translations()
    for term in glossary.TERMS:
        korean = found[(glossary.CONTEXT, term.name)]
        assert korean and korean != term.name, term.key
        elsewhere = {context: text for (context, source), text in found.items() if source == term.name}
        assert set(elsewhere.values()) == {korean}, (term.key, elsewhere)


def test_contracts_and_investment_pledges_never_share_a_word():
    words = {key: translations()[(glossary.CONTEXT, glossary.BY_KEY[key].name)]
             for key in ("contract", "pledged", "paid_in", "ac", "ev")}
    assert words == {"contract": "계약액", "pledged": "출자 약정액", "paid_in": "출자 납입액",
                     "ac": "집행액 (AC)", "ev": "기성 가치 (EV)"}
    pledge_words = ("ommit", "ledge", "undin", "bases")  # bases: the committed and paid-in bases
    for (context, source), korean in translations().items():
        if "ontract" in source and "ledge" not in source:
            assert "약정" not in korean, (context, source, korean)
        if korean and "약정" in korean:
            assert any(w in source for w in pledge_words), (context, source, korean)


def test_the_window_budget_column_uses_the_glossary_word():
    pytest.importorskip("PySide6")  # the core's tests also run where Qt cannot be imported
    from desktop.ui.models.budget_model import COLUMNS

    assert glossary.BY_KEY["contract"].name in [c.header for c in COLUMNS]


def test_translate_function_is_the_callers():
    assert glossary.name("ev") == "Earned value (EV)"
    assert glossary.name("ev", lambda context, text: f"{context}:{text}") == "glossary:Earned value (EV)"
    assert "EV ÷ AC" in glossary.explanation("cpi")
