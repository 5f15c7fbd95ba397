"""What the office writes into the report: the form's settings, and per month the cause and
recovery plan of each late milestone — required before the month can be closed."""

import json

import pytest

from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.services.month_close import (
    SNAPSHOT_VERSION, close_month, report_figures, reopen_month, set_month_notes,
)
from desktop.services.report_inputs import (
    month_late_milestones, month_remedies, report_settings, report_settings_text, set_month_remedy,
    set_report_settings, split_signoff,
)
from tests.conftest import TODAY


def audit(db, entity):
    return [json.loads(r[0] or "null") for r in db.execute(
        "SELECT new_value FROM audit_log WHERE entity = ? ORDER BY id", [entity])]


def test_settings_default_blank_and_audited(db):
    assert report_settings(db) == {"signoff": None, "doc_number": "", "department": "", "contact": ""}
    changes = set_report_settings(db, signoff="담당 · 팀장/ 과장,국장, 부시장", doc_number="AI팀-12",
                                  department="AI산업과", contact="054-270-0000")
    assert report_settings(db)["signoff"] == ["담당", "팀장", "과장", "국장", "부시장"]
    assert changes.old == {"signoff": "", "doc_number": "", "department": "", "contact": ""}
    assert audit(db, "project_settings")[-1]["doc_number"] == "AI팀-12"
    set_report_settings(db, **changes.old)  # the undo: back to the defaults, keys removed
    assert report_settings(db)["signoff"] is None
    assert db.execute("SELECT count(*) FROM project_settings WHERE key LIKE 'report_%'").fetchone()[0] == 0


@pytest.mark.parametrize("kwargs, code", [
    ({"signoff": "가,나,다,라,마,바,사"}, "signoff_too_many"),
    ({"signoff": "담당, 아주아주긴결재칸이름입니다"}, "signoff_box_too_long"),
    ({"department": "부" * 101}, "text_too_long"),
])
def test_bad_settings_are_refused_and_nothing_stored(db, kwargs, code):
    with pytest.raises(ValidationError) as info:
        set_report_settings(db, **kwargs)
    assert info.value.code == code
    assert report_settings_text(db) == {"signoff": "", "doc_number": "", "department": "", "contact": ""}


def test_split_signoff_drops_blanks():
    assert split_signoff(" 담당 ,, 팀장\n과장 ") == ["담당", "팀장", "과장"]


def test_a_late_milestone_blocks_the_close_until_its_cause_and_plan_are_written(db):
    late = month_late_milestones(db, "2026-10", TODAY)
    assert [m["wbs"] for m in late] == ["1.1"]  # 착공: baseline 2025-12-31 passed without an actual
    start = late[0]
    with pytest.raises(ConflictError) as info:
        close_month(db, month="2026-10", today=TODAY)
    assert info.value.code == "remedy_missing" and info.value.params["milestone"] == "착공 (연내 착공)"
    set_month_remedy(db, month="2026-10", task_id=start["task_id"], cause="한전 전력 인입 협의 지연")
    with pytest.raises(ConflictError):  # a cause alone is not enough: the plan is missing
        close_month(db, month="2026-10", today=TODAY)
    changes = set_month_remedy(db, month="2026-10", task_id=start["task_id"], cause="한전 전력 인입 협의 지연",
                               plan="11월 착공 신고, 인허가 병행")
    assert changes.old == {"cause": "한전 전력 인입 협의 지연", "plan": ""}
    close_month(db, month="2026-10", today=TODAY)
    figures, _sha, closed = report_figures(db, "2026-10", TODAY)
    assert closed and figures["version"] == SNAPSHOT_VERSION == 2
    assert figures["remedies"][0]["plan"] == "11월 착공 신고, 인허가 병행"
    with pytest.raises(ConflictError) as info:  # closed: the written text is frozen with the figures
        set_month_remedy(db, month="2026-10", task_id=start["task_id"], cause="x", plan="y")
    assert info.value.code == "month_closed"
    assert month_late_milestones(db, "2026-10", TODAY)[0]["cause"] == "한전 전력 인입 협의 지연"
    reopen_month(db, month="2026-10")
    set_month_remedy(db, month="2026-10", task_id=start["task_id"], cause="", plan="")  # removed
    assert month_remedies(db, "2026-10") == {}
    assert len(audit(db, "month_remedies")) == 3


def test_remedy_for_a_task_that_is_not_a_milestone_or_missing_is_refused(example_db):
    task = example_db.execute("SELECT id FROM tasks WHERE is_milestone = 0 LIMIT 1").fetchone()[0]
    with pytest.raises(ValidationError):
        set_month_remedy(example_db, month="2026-10", task_id=task, cause="a", plan="b")
    with pytest.raises(NotFoundError):
        set_month_remedy(example_db, month="2026-10", task_id=99_999, cause="a", plan="b")
    assert month_remedies(example_db, "2026-10") == {}


def test_snapshot_records_example_rows_suggestions_parties_and_last_month(example_db):
    db = example_db
    for month in ("2026-09", "2026-10"):
        for m in month_late_milestones(db, month, TODAY):
            set_month_remedy(db, month=month, task_id=m["task_id"], cause="원인", plan="대책")
    set_month_notes(db, month="2026-10", suggestions="도 협조 요청")
    close_month(db, month="2026-09", today=TODAY)
    close_month(db, month="2026-10", today=TODAY)
    figures, _sha, _closed = report_figures(db, "2026-10", TODAY)
    assert figures["example_rows"] > 0 and figures["notes"]["suggestions"] == "도 협조 요청"
    parties = figures["investment_by_party"]
    funding = figures["status"]["funding"]
    assert sum(p["pledged_won"] for p in parties) == funding["committed_won"]
    assert sum(p["paid_in_won"] for p in parties) == funding["paid_in_won"]
    assert figures["previous"]["month"] == "2026-09" and figures["previous"]["key"]["month"] == "2026-09"
    bare, _s, _c = report_figures(db, "2026-11", TODAY)
    assert bare["previous"]["month"] == "2026-10"
