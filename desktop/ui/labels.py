"""Translated labels of the domain's enums and of values shown in tables."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.domain.money import EOK, MoneyUnit, format_won_korean, to_unit

_STATUS = {
    "done": QT_TRANSLATE_NOOP("labels", "Done"),
    "done_late": QT_TRANSLATE_NOOP("labels", "Done late"),
    "on_track": QT_TRANSLATE_NOOP("labels", "On track"),
    "at_risk": QT_TRANSLATE_NOOP("labels", "At risk"),
    "late": QT_TRANSLATE_NOOP("labels", "Late"),
    "not_set": QT_TRANSLATE_NOOP("labels", "Not set"),
}

_KIND = {
    "local_government": QT_TRANSLATE_NOOP("labels", "Local government"),
    "provincial_government": QT_TRANSLATE_NOOP("labels", "Provincial government"),
    "public_agency": QT_TRANSLATE_NOOP("labels", "Public agency"),
    "company": QT_TRANSLATE_NOOP("labels", "Company"),
    "university": QT_TRANSLATE_NOOP("labels", "University"),
    "other": QT_TRANSLATE_NOOP("labels", "Other"),
}

_UNIT = {
    "won": QT_TRANSLATE_NOOP("labels", "won"),
    "persons": QT_TRANSLATE_NOOP("labels", "persons"),
}

_MONEY_UNITS = {
    MoneyUnit.WON: QT_TRANSLATE_NOOP("labels", "KRW"),
    MoneyUnit.THOUSAND: QT_TRANSLATE_NOOP("labels", "KRW thousand"),
    MoneyUnit.MILLION: QT_TRANSLATE_NOOP("labels", "KRW million"),
    MoneyUnit.HUNDRED_MILLION: QT_TRANSLATE_NOOP("labels", "KRW 100 million"),
}

STATUS_COLORS = {"done": "#2e7d32", "done_late": "#c62828", "on_track": "#1565c0",
                 "at_risk": "#ef6c00", "late": "#c62828", "not_set": "#757575"}


_cache: dict[str, str] = {}  # translated labels of the current language (cleared on a switch)


def t(text: str) -> str:
    """A label of this module, translated once per language (tables ask for them per cell)."""
    found = _cache.get(text)
    if found is None:
        found = _cache[text] = QCoreApplication.translate("labels", text)
    return found


def clear_cache() -> None:
    """Called when the language changes."""
    _cache.clear()


def is_korean() -> bool:
    return t("Not set") != "Not set"


def not_set() -> str:
    return t("Not set")


def status_label(code: str) -> str:
    return t(_STATUS.get(code, code))


def milestone_status_text(status: str, delay: int | None) -> str:
    """A milestone's status; reached late it says by how much: 완료 (기한 12일 초과)."""
    if status == "done_late" and delay is not None:
        return QCoreApplication.translate("labels", "Done (%1 days past due)").replace("%1", f"{delay:,d}")
    return status_label(status)


def country_text(code: str | None) -> str:
    """A country's name in the UI's language (its code when not a listed one); not set."""
    from desktop.domain.countries import country_name

    return country_name(code, english=not is_korean()) if code else not_set()


def kind_label(code: str) -> str:
    return t(_KIND.get(code, code))


def unit_label(code: str) -> str:
    return t(_UNIT.get(code, code))


def localized(ko: str, en: str | None) -> str:
    """The Korean name, or the English one when the UI is in English and one exists."""
    return ko if is_korean() or not en else en


def date_text(value: str | date | None) -> str:
    if value is None:
        return not_set()
    return value if isinstance(value, str) else value.isoformat()


def number_text(value, fmt: str = "{:,.0f}") -> str:
    return not_set() if value is None else fmt.format(value)


def won_text(won: int | None, *, smallest: int = EOK) -> str:
    """``2조 8,000억원`` in Korean; ``KRW 2,800.0 bn`` style in English."""
    if won is None:
        return not_set()
    if is_korean():
        return format_won_korean(won, smallest=smallest)
    if abs(won) >= 10**12:
        figure = f"{won / 10**12:,.2f}".rstrip("0").rstrip(".")
        return QCoreApplication.translate("labels", "KRW %1 trillion").replace("%1", figure)
    figure = f"{won / 10**9:,.1f}".rstrip("0").rstrip(".")
    return QCoreApplication.translate("labels", "KRW %1 billion").replace("%1", figure)


def won_in_unit(won: int | None, unit: MoneyUnit) -> str:
    return not_set() if won is None else to_unit(won, unit)


def share_text(share: float | None) -> str:
    return not_set() if share is None else f"{share * 100:.1f}%"


def unit_line_text(unit: MoneyUnit) -> str:
    """The line above a money table: ``단위: 백만원`` / ``Unit: KRW million``."""
    return QCoreApplication.translate("labels", "Unit: %1").replace(
        "%1", QCoreApplication.translate("labels", _MONEY_UNITS[unit]))
