"""The money figures a month's report shows (and ``status --json`` prints), as plain data."""

from __future__ import annotations

from datetime import date

from db.engine import Database
from desktop.services.budget import load_money_view, status_figures


def budget_report_figures(db: Database, as_of: date) -> dict:
    """Totals (EVM), the variance table by phase and category, and the S-curve series."""
    view = load_money_view(db, as_of=as_of)
    names = {r["code"]: (r["name_ko"], r["name_en"]) for r in db.query("SELECT code, name_ko, name_en"
                                                                        " FROM budget_categories")}
    rows = []
    for node in view.nodes():
        if node.level not in ("phase", "group"):
            continue
        f = node.figures
        ko, en = names.get(node.category_code, (node.category_name, node.category_name))
        rows.append({
            "level": node.level, "phase": node.phase, "category_code": node.category_code,
            "category_name": ko if node.level == "group" else "", "category_name_en": en if node.level == "group" else "",
            "bac_won": f.bac_won, "pv_won": f.pv_won, "committed_won": f.committed_won, "ac_won": f.ac_won,
            "ev_won": f.ev_won, "eac_won": f.eac_won, "variance_won": None if f.eac_won is None else f.bac_won - f.eac_won,
            "variance_pct": f.variance_pct, "cpi": f.cpi, "spi": f.spi, "status": f.status,
            "eac_basis": f.eac_basis,
        })
    s = view.series
    total = view.total.figures
    totals = {**status_figures(view), "committed_won": total.committed_won, "eac_basis": total.eac_basis}
    return {"totals": totals, "rows": rows,
            "series": {"months": s.months, "baseline_pv": s.baseline_pv_cum, "pv": s.pv_cum,
                       "ev": s.ev_cum, "ac": s.ac_cum, "as_of_index": s.as_of_index}}


VARIANCE_COLUMNS = [  # (Korean header for files, kind)
    ("단계 / 분류", "text"), ("예산 (BAC)", "won"), ("계획 누계 (PV)", "won"), ("약정액", "won"),
    ("실적 (AC)", "won"), ("진척률 (%)", "number"), ("성과 (EV)", "won"), ("완료 시 추정 (EAC)", "won"),
    ("차이", "won"), ("차이율", "percent"), ("CPI", "number"), ("SPI", "number"),
]


def variance_rows(view, category_names: dict[str, str], phase_label, total_label: str) -> list[list]:
    """The variance table as rows of raw values (won exact; None stays empty), total last."""
    rows = []
    for node in list(view.nodes()) + [view.total]:
        f = node.figures
        if node.level == "phase":
            name = phase_label(node.phase)
        elif node.level == "total":
            name = total_label
        else:
            indent = "  " if node.level == "group" else "    "
            name = indent + (node.name or category_names.get(node.category_code, node.category_name))
        rows.append([name, f.bac_won, f.pv_won, f.committed_won, f.ac_won, f.percent_complete, f.ev_won,
                     f.eac_won, None if f.eac_won is None else f.bac_won - f.eac_won, f.variance_pct,
                     f.cpi, f.spi])
    return rows


def variance_export(db: Database, as_of: date, *, phase: int | None = None, period=None):
    """The variance table for ``export --table variance`` (Korean headers, won exact)."""
    from desktop.interop.tables import TableExport

    view = load_money_view(db, as_of=as_of, phase=phase, period=period)
    names = {r["code"]: r["name_ko"] for r in db.query("SELECT code, name_ko FROM budget_categories")}
    return TableExport(title="예산 차이와 성과", columns=VARIANCE_COLUMNS,
                       rows=variance_rows(view, names, lambda n: f"{n}단계", "합계"),
                       notes=["단위: 원", f"기준일 {as_of.isoformat()}"])
