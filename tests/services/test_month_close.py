"""Month close: frozen figures and digest, closed months refuse changes, reopen is audited."""

from datetime import date

import pytest

from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.snapshot import digest
from desktop.services.fields import update_field
from desktop.services.month_close import (
    close_month, ensure_month_open, is_closed, reopen_month, report_figures, set_month_notes,
)
from tests.conftest import TODAY, explain_late_milestones


def test_closed_month_report_is_the_same_after_later_edits(example_db):
    db = example_db
    set_month_notes(db, month="2026-10", notes="착공 지연 대응 회의 개최", risks="전력 인입 일정")
    explain_late_milestones(db, "2026-10")
    changes = close_month(db, month="2026-10", today=TODAY)
    figures, sha, closed = report_figures(db, "2026-10", today=TODAY)
    assert closed and sha == changes.extra["digest"] == digest(figures)
    assert figures["as_of"] == "2026-10-31" and figures["notes"]["notes"] == "착공 지연 대응 회의 개최"
    start = next(m for m in figures["status"]["milestones"] if m["wbs"] == "1.1")
    # not reached by 10-31: days since the 2025-12-31 deadline, the overview's D+304 on that day
    # (the engine's forecast, 2026-11-02, is only "the working day after the status date")
    assert (start["slip_days"], start["forecast"]) == (304, "2026-11-02")
    assert figures["status"]["project"]["days_to_construction_start_deadline"] == -304
    update_field(db, entity="phases", entity_id=2, field="target_gpus", value=50_000)
    again, sha_again, _ = report_figures(db, "2026-10", today=date(2026, 12, 20))
    assert again == figures and sha_again == sha
    live, live_sha, live_closed = report_figures(db, "2026-11", today=TODAY)
    assert not live_closed and live_sha != sha
    assert live["status"]["phases"][1]["target_gpus"] == 50_000


def test_closed_month_refuses_changes_until_reopened(db):
    explain_late_milestones(db, "2026-10")
    close_month(db, month="2026-10", today=TODAY)
    with pytest.raises(ConflictError) as info:
        set_month_notes(db, month="2026-10", notes="x")
    assert info.value.code == "month_closed"
    with pytest.raises(ConflictError):
        ensure_month_open(db, date(2026, 10, 15))
    ensure_month_open(db, date(2026, 11, 2))
    with pytest.raises(ConflictError) as info:
        close_month(db, month="2026-10", today=TODAY)
    assert info.value.code == "month_already_closed"
    reopen_month(db, month="2026-10")
    assert not is_closed(db, "2026-10")
    set_month_notes(db, month="2026-10", notes="정정")
    actions = [r[0] for r in db.execute("SELECT action FROM audit_log ORDER BY id")]
    assert actions[-3:] == ["close_month", "reopen_month", "update"]



def test_future_month_is_refused(db):
    with pytest.raises(ValidationError) as info:
        close_month(db, month="2026-12", today=TODAY)
    assert info.value.code == "month_in_future"
    with pytest.raises(ValidationError):
        report_figures(db, "2027-01", today=TODAY)
