"""The risk analysis on the stored plan: the announced plan alone, with the example schedule,
what-ifs, and the results cached per month close for the monthly report."""

from __future__ import annotations

from datetime import date

import numpy as np

from db import risk as repo
from desktop.domain.cpm import schedule
from desktop.domain.risk_engine import run_chunk
from desktop.domain.risk_prepare import prepare, variation
from desktop.services.month_close import close_month, reopen_month
from desktop.services.risk import add_risk, update_risk
from desktop.services.risk_analysis import risk_inputs, risk_what_if, run_risk_analysis
from desktop.services.risk_estimates import set_estimates_by_percent
from desktop.services.risk_report import risk_report_figures
from desktop.services.schedule import load_schedule, project_calendar
from tests.conftest import TODAY, explain_late_milestones


def task_id(db, wbs: str) -> int:
    return db.execute("SELECT id FROM tasks WHERE wbs_code = ?", [wbs]).fetchone()[0]


def test_the_announced_plan_alone_has_no_spread_and_the_deterministic_dates(db):
    figures = run_risk_analysis(db, as_of=TODAY, iterations=1000, seed=1)
    view = {r.task_id: r for r in load_schedule(db, as_of=TODAY).rows}
    assert len(figures["milestones"]) == 8  # the 4.2 milestone has no date: not scheduled
    for m in figures["milestones"]:
        assert m["p10"] == m["p50"] == m["p80"] == m["p90"] == m["deterministic"]
        assert m["deterministic"] == view[m["id"]].finish.isoformat()
        met = m["deterministic"] <= m["deadline"]
        assert m["probability_meet_deadline"] == (1.0 if met else 0.0)
    assert figures["project_finish"]["p50"] == load_schedule(db, as_of=TODAY).finish.isoformat()
    start = next(m for m in figures["milestones"] if m["wbs"] == "1.1")
    assert (start["deterministic"], start["probability_meet_deadline"]) == ("2026-11-25", 0.0)
    assert figures["focus"]["name"] == "1단계 준공"  # the next deadline ahead of the status date


def test_the_register_alone_gives_the_announced_plan_a_spread(db):
    phase1 = task_id(db, "1.2")
    add_risk(db, title="전력 인입 지연", probability=0.4, impacts={phase1: 20}, today=TODAY)
    figures = run_risk_analysis(db, as_of=TODAY, iterations=4000, seed=1)
    m = next(m for m in figures["milestones"] if m["id"] == phase1)
    assert m["p10"] == m["p50"] == m["deterministic"] == "2027-12-31"
    late = project_calendar(db).add_working_days(date(2027, 12, 31), 20)
    assert m["p90"] == late.isoformat() == "2028-02-02"  # 20 working days later (설날 off)
    assert abs(m["probability_meet_deadline"] - 0.6) < 4 * (0.24 / 4000) ** 0.5
    assert figures["risks"][0]["sensitivity"] > 0.9


def test_iteration_zero_of_the_example_schedule_is_the_schedule(example_db):
    set_estimates_by_percent(example_db, optimistic_pct=20, pessimistic_pct=30)
    inputs = risk_inputs(example_db, as_of=TODAY)
    expected = schedule(inputs.tasks, inputs.links, project_start=inputs.project_start,
                        calendar=inputs.calendar, status_date=inputs.status_date)
    _net, T, L = expected.internals
    prep = prepare(inputs.tasks, inputs.links, project_start=inputs.project_start,
                   calendar=inputs.calendar, status_date=inputs.status_date,
                   estimates=inputs.estimates, groups=inputs.groups, risks=inputs.risks,
                   names={}, mitigation=None, targets=None)
    dates, counts, (T0, L0) = run_chunk(prep, variation(prep, np.zeros((len(prep.nodes), 1), np.int32)),
                                        1, keep=True)
    assert T0[:, 0].tolist() == T and L0[:, 0].tolist() == L
    figures = run_risk_analysis(example_db, as_of=TODAY, iterations=2000, seed=3)
    view = {r.task_id: r for r in load_schedule(example_db, as_of=TODAY).rows}
    for m in figures["milestones"]:
        assert m["deterministic"] == view[m["id"]].finish.isoformat()
    phase1 = next(m for m in figures["milestones"] if m["wbs"] == "1.2")
    assert phase1["p10"] < phase1["p50"] < phase1["p90"]  # the example tasks now vary
    assert 0 < phase1["probability_meet_deadline"] < 0.5  # planned 2028-01-24, due 2027-12-31
    by_name = {t["name"]: t for t in figures["tasks"]}
    assert by_name["건축 공사 (예시)"]["criticality"] > 0.5
    assert by_name["인허가 (예시)"]["criticality"] == 0.0 and by_name["인허가 (예시)"]["sensitivity"] == 0.0
    assert figures["ignored"] == []


def test_a_mitigation_is_worth_its_probability(example_db):
    set_estimates_by_percent(example_db, optimistic_pct=20, pessimistic_pct=30)
    risk = add_risk(example_db, title="GPU 납품 지연", probability=0.5,
                    impacts={task_id(example_db, "1.0.6"): 30}, today=TODAY).entity_id
    rows = {r["name"]: r for r in risk_what_if(example_db, as_of=TODAY, iterations=2000,
                                                removed_risks=frozenset({risk}))}
    phase1 = rows["1단계 준공"]
    assert phase1["after"] > phase1["before"]
    cut = {r["name"]: r for r in risk_what_if(example_db, as_of=TODAY, iterations=2000,
                                               duration_cuts={task_id(example_db, "1.0.4"): 30})}
    assert cut["1단계 준공"]["after"] > cut["1단계 준공"]["before"] == phase1["before"]


def test_month_close_caches_the_analysis_and_the_report_compares_months(example_db):
    db = example_db
    phase1 = task_id(db, "1.2")
    set_estimates_by_percent(db, optimistic_pct=10, pessimistic_pct=40)
    risk = add_risk(db, title="GPU 납품 지연", probability=0.2, impacts={task_id(db, "1.0.6"): 30},
                    today=TODAY)
    explain_late_milestones(db, "2026-10")
    close_month(db, month="2026-10", today=TODAY)
    cached = repo.cached_result(db, "2026-10")
    assert (cached["as_of_on"], cached["iterations"]) == ("2026-10-31", 5000)
    audit = db.execute("SELECT new_value FROM audit_log ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert cached["digest"] in audit
    update_risk(db, risk_id=risk.entity_id, draft={"title": "GPU 납품 지연", "probability": 0.9,
                                                   "impacts": {task_id(db, "1.0.6"): 30}})
    figures = risk_report_figures(db, "2026-11", TODAY)
    assert (figures["source"], figures["previous_month"], figures["previous_source"]) == (
        "live", "2026-10", "closed")
    row = next(d for d in figures["deadlines"] if d["id"] == phase1)
    assert row["previous_probability"] > row["probability"]  # the risk became likelier
    assert row["change"] == round(row["probability"] - row["previous_probability"], 4)
    assert {d["name"] for d in figures["deadlines"]} >= {"착공 (연내 착공)", "1단계 준공", "2단계 완료"}
    october = risk_report_figures(db, "2026-10", TODAY)
    assert october["source"] == "closed" and october["previous_source"] is None
    assert all(d["previous_probability"] is None for d in october["deadlines"])
    reopen_month(db, month="2026-10")
    assert risk_report_figures(db, "2026-11", TODAY)["previous_source"] is None
    close_month(db, month="2026-10", today=date(2026, 11, 25))
    assert db.execute("SELECT count(*) FROM risk_results").fetchone()[0] == 1
