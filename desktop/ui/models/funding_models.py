"""Tables of the funding panel: commitments, payments and shares per phase."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from desktop.domain.money import MoneyUnit, to_unit
from desktop.ui.labels import localized, share_text
from desktop.ui.models.row_model import Column, RowTableModel


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def with_unit(rows: list[dict], unit: MoneyUnit) -> list[dict]:
    """Rows carrying the display unit their money columns are shown in."""
    return [{**row, "_unit": unit} for row in rows]


def _won(key: str):
    return lambda r: "" if r.get(key) is None else to_unit(r[key], r["_unit"])


def _phase(row: dict) -> str:
    number = row.get("phase_number")
    return _t(QT_TRANSLATE_NOOP("labels", "Whole project")) if number is None else \
        _t(QT_TRANSLATE_NOOP("labels", "Phase %1")).replace("%1", str(number))


def _party(row: dict) -> str:
    return localized(row["party_ko"], row["party_en"])


def _foreign(row: dict) -> str:
    return _t("Foreign") if row["is_foreign"] else _t("Domestic")


def _amount(row: dict) -> str:
    return f"{row['amount_currency']:,.2f} {row['currency']}" if row["currency"] != "KRW" else ""


_AMOUNT_COLUMN = Column(QT_TRANSLATE_NOOP("columns", "Amount (currency)"), _amount, align_right=True)
_FX_COLUMN = Column(QT_TRANSLATE_NOOP("columns", "Exchange rate"),
                    lambda r: "" if r["currency"] == "KRW" else f"{r['fx_rate']:,.2f}", align_right=True)


class CommitmentModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Participant"), _party),
        Column(QT_TRANSLATE_NOOP("columns", "Domestic / foreign"), _foreign),
        Column(QT_TRANSLATE_NOOP("columns", "Phase"), _phase),
        Column(QT_TRANSLATE_NOOP("columns", "Committed on"), lambda r: r["committed_on"]),
        _AMOUNT_COLUMN,
        _FX_COLUMN,
        Column(QT_TRANSLATE_NOOP("columns", "Committed"), _won("amount_won"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Paid in"), _won("paid_won"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Status"),
               lambda r: _t(QT_TRANSLATE_NOOP("labels", "Planned")) if r["is_planned"]
               else _t(QT_TRANSLATE_NOOP("labels", "Signed")),
               foreground=lambda r: "#757575" if r["is_planned"] else None),
        Column(QT_TRANSLATE_NOOP("columns", "Note"), lambda r: r["note"]),
    ]


class PaymentModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Participant"), _party),
        Column(QT_TRANSLATE_NOOP("columns", "Phase"), _phase),
        Column(QT_TRANSLATE_NOOP("columns", "Paid on"), lambda r: r["paid_on"]),
        _AMOUNT_COLUMN,
        _FX_COLUMN,
        Column(QT_TRANSLATE_NOOP("columns", "Paid in"), _won("amount_won"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Note"), lambda r: r["note"]),
    ]


def _share_colour(key: str, minimum_key: str = "minimum"):
    return lambda r: None if r[key] is None else ("#2e7d32" if r[key] >= r[minimum_key] else "#c62828")


class PhaseShareModel(RowTableModel):
    COLUMNS = [
        Column(QT_TRANSLATE_NOOP("columns", "Phase"), _phase),
        Column(QT_TRANSLATE_NOOP("columns", "Committed"), _won("committed_won"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Foreign committed"), _won("foreign_committed_won"),
               align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Share (committed)"), lambda r: share_text(r["share_committed"]),
               align_right=True, foreground=_share_colour("share_committed")),
        Column(QT_TRANSLATE_NOOP("columns", "Paid in"), _won("paid_won"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Foreign paid in"), _won("foreign_paid_won"), align_right=True),
        Column(QT_TRANSLATE_NOOP("columns", "Share (paid in)"), lambda r: share_text(r["share_paid"]),
               align_right=True, foreground=_share_colour("share_paid")),
    ]
