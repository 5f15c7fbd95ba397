"""One controlled vocabulary for the window and the report: one word per meaning.

Each term has one English name (the source text), one Korean word (its translation in
resources/i18n/tracker_ko.ts, context ``glossary``) and a plain-language explanation the
report prints in its 용어 설명.  A test checks that wherever the same English name is used
as a label elsewhere (a table column, the report), its Korean is the glossary's, so that
for instance a contract (계약) and an investment pledge (출자 약정) never share a word.

The translation function is the caller's (``QCoreApplication.translate`` in the window, the
report's own translator in the report): this module stays Qt-free.
"""

from __future__ import annotations

from typing import Callable, NamedTuple


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


CONTEXT = "glossary"
Translate = Callable[[str, str], str]  # (context, source) -> text


class Term(NamedTuple):
    key: str
    name: str          # the English name: the source text of its translation
    explanation: str   # plain words, also translated
    evm: bool = False  # listed in the report's glossary of earned-value terms


TERMS = [
    Term("budget", QT_TRANSLATE_NOOP("glossary", "Budget (BAC)"),
         QT_TRANSLATE_NOOP("glossary", "The whole budget allotted to finish the project."), True),
    Term("pv", QT_TRANSLATE_NOOP("glossary", "Planned value (PV)"),
         QT_TRANSLATE_NOOP("glossary", "The budget of the work the plan says should be done by the status date."),
         True),
    Term("ev", QT_TRANSLATE_NOOP("glossary", "Earned value (EV)"),
         QT_TRANSLATE_NOOP("glossary", "The budget of the work actually done by the status date "
                                       "(% complete × budget)."), True),
    Term("ac", QT_TRANSLATE_NOOP("glossary", "Actual cost (AC)"),
         QT_TRANSLATE_NOOP("glossary", "The money actually spent by the status date."), True),
    Term("cpi", QT_TRANSLATE_NOOP("glossary", "Cost performance index (CPI)"),
         QT_TRANSLATE_NOOP("glossary", "EV ÷ AC. Below 1, more money was spent than the work done is worth."),
         True),
    Term("spi", QT_TRANSLATE_NOOP("glossary", "Schedule performance index (SPI)"),
         QT_TRANSLATE_NOOP("glossary", "EV ÷ PV. Below 1, less work is done than planned (behind schedule)."),
         True),
    Term("eac", QT_TRANSLATE_NOOP("glossary", "Estimate at completion (EAC)"),
         QT_TRANSLATE_NOOP("glossary", "What the whole project is now expected to cost when finished."), True),
    Term("vac", QT_TRANSLATE_NOOP("glossary", "Variance at completion (VAC)"),
         QT_TRANSLATE_NOOP("glossary", "Budget − EAC. Negative means an overrun is expected."), True),
    Term("contract", QT_TRANSLATE_NOOP("glossary", "Contract amount"),
         QT_TRANSLATE_NOOP("glossary", "Contracts signed against a budget line (works, services, goods)."), True),
    Term("contract_rate", QT_TRANSLATE_NOOP("glossary", "Contract rate"),
         QT_TRANSLATE_NOOP("glossary", "Contract amount ÷ budget."), True),
    Term("spending_rate", QT_TRANSLATE_NOOP("glossary", "Spending rate"),
         QT_TRANSLATE_NOOP("glossary", "Actual cost ÷ budget."), True),
    Term("pledged", QT_TRANSLATE_NOOP("glossary", "Investment pledged"),
         QT_TRANSLATE_NOOP("glossary", "Investment a participant has pledged to the project (not a contract)."),
         True),
    Term("paid_in", QT_TRANSLATE_NOOP("glossary", "Investment paid in"),
         QT_TRANSLATE_NOOP("glossary", "The part of the pledged investment actually paid in."), True),
    Term("foreign_share", QT_TRANSLATE_NOOP("glossary", "Foreign share"),
         QT_TRANSLATE_NOOP("glossary", "Share of the investment from foreign participants; the plan requires "
                                       "at least 30 %."), True),
    Term("construction_start", QT_TRANSLATE_NOOP("glossary", "Construction start"),
         QT_TRANSLATE_NOOP("glossary", "The first day of construction works on site.")),
    Term("completion", QT_TRANSLATE_NOOP("glossary", "Completion"),
         QT_TRANSLATE_NOOP("glossary", "The works are finished and accepted.")),
]
BY_KEY = {term.key: term for term in TERMS}


def name(key: str, translate: Translate | None = None) -> str:
    """The term's word in the caller's language (English without ``translate``)."""
    term = BY_KEY[key]
    return translate(CONTEXT, term.name) if translate else term.name


def explanation(key: str, translate: Translate | None = None) -> str:
    term = BY_KEY[key]
    return translate(CONTEXT, term.explanation) if translate else term.explanation
