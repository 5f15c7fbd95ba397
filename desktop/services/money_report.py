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
        })
    s = view.series
    return {"totals": status_figures(view), "rows": rows,
            "series": {"months": s.months, "baseline_pv": s.baseline_pv_cum, "pv": s.pv_cum,
                       "ev": s.ev_cum, "ac": s.ac_cum, "as_of_index": s.as_of_index}}
