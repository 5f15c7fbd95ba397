"""Views "as of" a date use only what is dated on or before it, and every delay figure agrees."""

from datetime import date

from desktop.services.milestones import set_milestone_date
from desktop.services.month_close import close_month, report_figures
from desktop.services.parties import add_party, set_party_retired
from desktop.services.records import (
    add_funding_commitment, record_capacity, record_funding_payment, record_kpi_report,
)
from desktop.services.schedule import load_schedule
from desktop.services.status import project_status
from desktop.status_text import status_text
from tests.conftest import TODAY, explain_late_milestones  # TODAY: 2026-11-24


def task_id(db, wbs):
    return db.execute("SELECT id FROM tasks WHERE wbs_code = ?", [wbs]).fetchone()[0]


def milestone(figures, wbs):
    return next(m for m in figures["status"]["milestones"] if m["wbs"] == wbs)


def test_a_milestone_reached_in_november_is_not_done_in_october(db):
    set_milestone_date(db, task_id=task_id(db, "1.1"), which="actual", on="2026-11-20", today=TODAY)
    october, _digest, _closed = report_figures(db, "2026-10", today=TODAY)
    start = milestone(october, "1.1")
    assert (start["actual"], start["status"], start["slip_days"]) == (None, "late", 304)
    assert october["status"]["project"]["construction_started_on"] is None
    assert october["status"]["project"]["days_to_construction_start_deadline"] == -304
    row = next(r for r in october["schedule"]["rows"] if r["wbs"] == "1.1")
    assert row["actual_finish"] is None and row["percent_complete"] == 0
    november, _digest, _closed = report_figures(db, "2026-11", today=TODAY)
    start = milestone(november, "1.1")
    # reached 324 days after the deadline: done, but late, in every view
    assert (start["actual"], start["status"], start["slip_days"]) == ("2026-11-20", "done_late", 324)
    assert november["status"]["project"]["construction_start_delay_days"] == 324


def test_closing_october_after_november_entries_freezes_october_as_it_stood(db):
    set_milestone_date(db, task_id=task_id(db, "1.1"), which="actual", on="2026-11-20", today=TODAY)
    assert explain_late_milestones(db, "2026-10") == 1  # October's close asks why 1.1 is late
    close_month(db, month="2026-10", today=TODAY)
    frozen, _digest, closed = report_figures(db, "2026-10", today=date(2027, 2, 1))
    assert closed and milestone(frozen, "1.1")["status"] == "late"


def test_overview_status_json_and_report_agree_on_every_delay(db):
    for as_of in (date(2026, 10, 31), date(2026, 11, 1), date(2026, 11, 24)):
        status = project_status(db, as_of)
        schedule = load_schedule(db, as_of=as_of)
        days = -status["project"]["days_to_construction_start_deadline"]
        start = next(m for m in status["milestones"] if m["wbs"] == "1.1")
        row = next(r for r in schedule.rows if r.wbs == "1.1")
        assert start["slip_days"] == row.slip_days == days
        assert f"D+{days}" in status_text(status) and f"지연 {days}일" in status_text(status)
    figures, _digest, _closed = report_figures(db, "2026-10", today=TODAY)
    assert milestone(figures, "1.1")["slip_days"] == \
        -project_status(db, date(2026, 10, 31))["project"]["days_to_construction_start_deadline"]


def test_money_measurements_reports_and_parties_dated_later_are_left_out(db):
    investor = add_party(db, name_ko="블랙록", kind="company", is_foreign=True, country="US",
                         currency="USD").entity_id
    commitment = add_funding_commitment(db, party_id=investor, committed_on="2026-10-01", amount=100,
                                        currency="USD", fx_rate=1400, today=TODAY).entity_id
    record_funding_payment(db, commitment_id=commitment, paid_on="2026-11-05", amount=50, fx_rate=1400,
                           today=TODAY)
    record_capacity(db, phase_id=1, measured_on="2026-11-10", installed_mw=2, installed_gpus=None,
                    today=TODAY)
    kpi = db.execute("SELECT id FROM kpis WHERE code = 'jobs'").fetchone()[0]
    record_kpi_report(db, kpi_id=kpi, reported_on="2026-11-02", value=120, source="포항시", today=TODAY)
    retired = db.execute("SELECT id FROM parties WHERE name_ko = '한동대'").fetchone()[0]
    set_party_retired(db, party_id=retired, retired_on="2026-11-01", today=TODAY)
    october = project_status(db, date(2026, 10, 31))
    november = project_status(db, TODAY)
    assert october["funding"]["committed_won"] == 140_000 and october["funding"]["paid_in_won"] is None
    assert november["funding"]["paid_in_won"] == 70_000
    assert october["capacity"]["installed_mw"] is None and november["capacity"]["installed_mw"] == 2
    jobs = [k for k in october["kpis"] if k["code"] == "jobs"][0]
    assert jobs["reported"] is None
    assert [k for k in november["kpis"] if k["code"] == "jobs"][0]["reported"] == 120
    names = lambda status: [p["name_ko"] for p in status["participants"]]  # noqa: E731
    assert "한동대" in names(october) and "한동대" not in names(november)
    assert "블랙록" in names(october)
    assert november["capacity"]["share_of_target_mw"] == 2 / 40 and november["capacity"]["target_phase"] == 1
