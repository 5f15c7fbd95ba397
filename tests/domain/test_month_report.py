"""What the report says besides its tables: this month's work and next month's plan, what moved
since last month, and money tables whose printed rows add up (nothing from an unknown)."""

from desktop.domain.month_report import (
    changes_since, key_figures, money_rows, month_work, next_month, previous_month, rate,
)


def row(wbs, name, *, summary=False, milestone=False, start=None, finish=None, actual_start=None,
        actual_finish=None, percent=0.0):
    return {"wbs": wbs, "name_ko": name, "name_en": name.upper(), "is_summary": summary,
            "is_milestone": milestone, "start": start, "finish": finish, "actual_start": actual_start,
            "actual_finish": actual_finish, "percent_complete": percent}


def test_months_around():
    assert previous_month("2026-01") == "2025-12" and next_month("2026-12") == "2027-01"
    assert previous_month("2026-10") == "2026-09"


def test_month_work_done_ongoing_and_next():
    figures = {"month": "2026-10", "schedule": {"rows": [
        row("1", "단계", summary=True, start="2026-01-01", finish="2027-12-31", actual_start="2026-01-01"),
        row("1.1", "설계", start="2026-01-05", finish="2026-10-20", actual_start="2026-01-05",
            actual_finish="2026-10-20", percent=100),
        row("1.2", "부지", start="2026-09-01", finish="2027-04-07", actual_start="2026-09-01", percent=10),
        row("1.3", "착공", milestone=True, start="2026-11-02", finish="2026-11-02"),
        row("1.4", "건축", start="2027-01-04", finish="2027-10-01"),
    ]}}
    work = month_work(figures)
    assert [i.wbs for i in work["done"]] == ["1.1"] and work["done"][0].on == "2026-10-20"
    assert [(i.wbs, i.percent) for i in work["ongoing"]] == [("1.2", 10)]
    assert [(i.wbs, i.milestone, i.on) for i in work["next"]] == [("1.3", True, "2026-11-02")]


def _figures(month, ac, milestone_forecast, actual=None, share=0.3):
    return {"month": month, "budget": {"totals": {"ac_won": ac, "committed_won": 10, "ev_won": None,
                                                  "cpi": None, "spi": None}, "rows": []},
            "status": {"funding": {"committed_won": 100, "paid_in_won": None, "foreign_share_committed": share,
                                   "foreign_share_paid_in": None},
                       "capacity": {"installed_mw": 1.5, "installed_gpus": 512},
                       "milestones": [{"wbs": "1.1", "name": "착공", "name_en": "Start", "forecast": milestone_forecast,
                                       "actual": actual, "status": "late"}]}}


def test_changes_since_last_month():
    before = key_figures(_figures("2026-09", 100, "2026-10-01"))
    now = key_figures(_figures("2026-10", 180, "2026-11-02", share=0.317))
    moves = dict((code, p) for code, p in changes_since(now, before))
    assert moves["ac_won"]["delta"] == 80 and moves["contract_won"]["delta"] == 0
    assert moves["paid_in_won"]["delta"] is None  # unknown on either side: not a number
    assert round(moves["foreign_share_committed"]["delta"], 3) == 0.017
    assert moves["milestone_moved"] == {"name": "착공", "name_en": "Start", "before": "2026-10-01",
                                        "now": "2026-11-02", "days": 32}
    done = dict(changes_since(key_figures(_figures("2026-11", 180, "2026-11-02", actual="2026-11-20")), now))
    assert done["milestone_done"]["on"] == "2026-11-20"


def group(phase, name, bac, pv, committed, ac, ev, eac, basis):
    return {"level": "group", "phase": phase, "category_name": name, "category_name_en": name, "bac_won": bac,
            "pv_won": pv, "committed_won": committed, "ac_won": ac, "ev_won": ev, "eac_won": eac,
            "eac_basis": basis}


def test_money_rows_add_up_and_unknowns_stay_unknown():
    m = 10**6
    budget = {"rows": [
        group(1, "A", 300_400_000, 100_600_000, 50_500_000, 90_400_000, 95_000_000, 290_000_000, "method"),
        group(1, "B", 300_400_000, 100_600_000, 50_500_000, 90_400_000, 95_000_000, 310_000_000, "method"),
        group(2, "A", 400 * m, 0, 0, 0, None, 400 * m, "budget"),  # not measured: EAC at budget
    ]}
    rows = money_rows(budget, m)
    total, phase1, phase2 = rows[-1], rows[0], [r for r in rows if r.level == "phase" and r.phase == 2][0]
    assert [r.level for r in rows] == ["phase", "group", "group", "phase", "total"]  # phase 2: no activity
    for key in ("bac_won", "pv_won", "committed_won", "ac_won"):
        assert phase1.units[key] == sum(r.units[key] for r in rows[1:3])
        assert total.units[key] == phase1.units[key] + phase2.units[key]
    assert phase1.units["eac_won"] == 600 and phase1.units["variance_won"] == 1  # 600.8 − 600
    assert phase2.units["eac_won"] is None and phase2.units["ev_won"] is None  # never "at budget"
    assert total.units["eac_won"] is None and total.units["variance_won"] is None
    assert rate(None, 5) is None and rate(3, 0) is None and rate(1, 4) == 0.25
