"""Contractors' schedules as sub-schedules: each monthly update stored as a version exactly as its
file holds it, undone as one import, refused whole when the file is bad; a schedule tied to a
plan milestone forecasts it, and the milestone's deadline bounds the schedule's float."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.domain.errors import ConflictError, DomainError, ValidationError
from desktop.interop.mspdi_read import read_mspdi
from desktop.interop.xer_read import parse_xer, read_xer
from desktop.services.contractor import import_contractor, preview_contractor, tie_contractor_schedule
from desktop.services.contractor_read import (
    contractor_schedules, contractor_versions, load_version, milestone_ties, review_versions,
)
from desktop.services.import_batches import remove_import, restore_import
from desktop.services.schedule import load_schedule
from tests.conftest import SHARED, TODAY
from tests.interop.test_mspdi_read import doc, task
from tests.interop.test_xer_read import MPXJ
from tests.interop.xer_sample import base_rows, xer_bytes, xer_text

PHASE1_DONE = "1.2"  # 1단계 준공, deadline 2027-12-31


def write(tmp_path, name, rows=None, data: bytes | None = None):
    path = tmp_path / name
    path.write_bytes(data if data is not None else xer_bytes(rows))
    return path


def store(db, path, name="현대건설 1단계", **kw):
    return import_contractor(db, preview_contractor(db, path, name=name, **kw))


def milestone(db, wbs):
    return db.execute("SELECT id FROM tasks WHERE wbs_code = ? AND is_milestone = 1", [wbs]).fetchone()[0]


def contractor_state(db):
    """Everything the contractor tables and the change log hold (to see nothing changed)."""
    return [db.execute(f"SELECT count(*), coalesce(max(id), 0) FROM [{t}]").fetchone()
            for t in ("contractor_schedules", "contractor_versions", "contractor_ties", "imports",
                      "change_log", "audit_log")]


# --------------------------------------------------------------------------- stored as received
def test_a_version_is_stored_exactly_as_its_file_holds_it(db, tmp_path):
    path = write(tmp_path, "v1.xer")
    changes = store(db, path)
    version_id = changes.extra["version_id"]
    stored = load_version(db, version_id=version_id)
    assert stored == parse_xer(path.read_bytes(), file_name="v1.xer")
    # UIDs and the producer's codes, both links between A110 and A120 (SS and FF), calendars
    assert sorted((t.uid, t.code) for t in stored.tasks if not t.is_summary) == [
        (1, "A100"), (2, "A110"), (3, "A120"), (4, "A130")]
    assert sorted(l.type for l in stored.links if (l.pred_uid, l.succ_uid) == (2, 3)) == ["FF", "SS"]
    assert sorted(stored.calendars) == ["10", "11"]
    row = contractor_versions(db, schedule_id=changes.extra["schedule_id"])[0]
    assert (row["number"], row["start_on"], row["status_on"], row["activities"], row["links"]) == (
        1, "2026-09-01", "2026-09-01", 4, 4)


def test_an_ms_project_file_keeps_its_baselines_day_length_and_uids(db):
    path = SHARED / "testdata" / "mspdi" / "mpxj_baselines.xml"
    if not path.exists():
        pytest.skip(f"{path} is not present")
    changes = store(db, path, name="기준선 시험")
    stored = load_version(db, version_id=changes.extra["version_id"])
    assert stored == read_mspdi(path)
    task = next(t for t in stored.tasks if not t.is_summary)
    assert [b.number for b in task.baselines] == list(range(1, 11)) and stored.minutes_per_day == 450
    row = contractor_versions(db, schedule_id=changes.extra["schedule_id"])[0]
    assert row["minutes_per_day"] == 450


@pytest.mark.parametrize(("name", "project"), sorted(k for k, v in MPXJ.items() if v[0]))
def test_real_xer_projects_are_stored_with_the_counts_mpxj_reads(db, name, project):
    path = SHARED / "testdata" / "xer" / name
    if not path.exists():
        pytest.skip(f"{path} is not present")
    changes = store(db, path, name=f"{name} {project}", project=project)
    stored = load_version(db, version_id=changes.extra["version_id"])
    activities = [t for t in stored.tasks if not t.is_summary]
    wbs = [t for t in stored.tasks if t.is_summary]
    assert (len(activities), len(stored.links), len(wbs) + 1, len(stored.calendars)) == MPXJ[(name, project)]
    assert stored == read_xer(path, project=project)


def test_versions_follow_one_another_and_the_same_file_is_refused(db, tmp_path):
    first = store(db, write(tmp_path, "v1.xer"))
    rows = base_rows()
    rows["TASK"][1]["target_drtn_hr_cnt"] = "48"
    second = store(db, write(tmp_path, "v2.xer", rows))
    assert (first.extra["number"], second.extra["number"]) == (1, 2)
    assert first.extra["schedule_id"] == second.extra["schedule_id"]
    before = contractor_state(db)
    with pytest.raises(ConflictError) as refused:
        preview_contractor(db, tmp_path / "v1.xer", name="현대건설 1단계")
    assert refused.value.code == "contractor_version_exists" and refused.value.params["number"] == 1
    assert contractor_state(db) == before
    assert [r["versions"] for r in contractor_schedules(db)] == [2]


# --------------------------------------------------------------------------- undo
def test_undo_removes_exactly_that_version_and_redo_puts_it_back(db, tmp_path):
    first = store(db, write(tmp_path, "v1.xer"))
    rows = base_rows()
    rows["TASK"][1]["target_drtn_hr_cnt"] = "48"
    second = store(db, write(tmp_path, "v2.xer", rows))
    schedule_id = first.extra["schedule_id"]
    tie_contractor_schedule(db, schedule_id=schedule_id, task_id=milestone(db, PHASE1_DONE))
    removed = remove_import(db, import_id=second.entity_id)
    assert [v["number"] for v in contractor_versions(db, schedule_id=schedule_id)] == [1]
    # the first import made the schedule: undoing it removes the schedule and its tie
    removed_first = remove_import(db, import_id=first.entity_id)
    assert contractor_schedules(db) == [] and milestone_ties(db) == []
    restore_import(db, import_id=first.entity_id, snapshot=removed_first.old)
    restore_import(db, import_id=second.entity_id, snapshot=removed.old)
    rows = contractor_versions(db, schedule_id=schedule_id)
    assert [(v["id"], v["number"]) for v in rows] == [(second.extra["version_id"], 2),
                                                       (first.extra["version_id"], 1)]
    assert [t.schedule_id for t in milestone_ties(db)] == [schedule_id]


def test_an_import_whose_schedule_has_later_versions_is_not_undone(db, tmp_path):
    first = store(db, write(tmp_path, "v1.xer"))
    rows = base_rows()
    rows["TASK"][1]["target_drtn_hr_cnt"] = "48"
    store(db, write(tmp_path, "v2.xer", rows))
    before = contractor_state(db)
    with pytest.raises(ConflictError) as refused:
        remove_import(db, import_id=first.entity_id)
    assert refused.value.code == "contractor_has_later_versions"
    assert contractor_state(db) == before


# --------------------------------------------------------------------------- bad input
def _bad_files():
    rows = base_rows()
    rows["TASK"][1]["task_name"] = "터파기\t2구간"
    yield "tab.xer", xer_bytes(rows), "xer_tab_in_field"
    rows = base_rows()
    del rows["TASK"]
    yield "no-task.xer", xer_bytes(rows), "xer_table_missing"
    yield "header.xer", xer_text().replace("ERMHDR", "HEADER").encode(), "xer_not_xer"
    yield "encoding.xer", "ERMHDR\t23.12\n%T\tPROJECT\n%F\tproj_id\n%R\t\xff\xfe".encode("utf-16"), "xer_not_xer"
    rows = base_rows()
    rows["TASK"].append(dict(rows["TASK"][1]))
    yield "duplicate.xer", xer_bytes(rows), "xer_duplicate_id"
    rows = base_rows()
    rows["TASKPRED"][0]["pred_task_id"] = "999"
    yield "missing.xer", xer_bytes(rows), "xer_link_unknown"
    rows = base_rows()
    rows["TASKPRED"].append(dict(task_pred_id="9", task_id="1", pred_task_id="3", proj_id="1",
                                 pred_proj_id="1", pred_type="PR_FS", lag_hr_cnt="0"))
    yield "loop.xer", xer_bytes(rows), "xer_loop"
    rows = base_rows()
    rows["TASK"], rows["TASKPRED"], rows["TASKRSRC"] = [], [], []
    yield "empty.xer", xer_bytes(rows), "contractor_no_activities"
    yield "plan.txt", b"not a schedule", "schedule_file_type"


@pytest.mark.parametrize(("name", "data", "code"), list(_bad_files()), ids=[f[0] for f in _bad_files()])
def test_bad_files_are_refused_and_nothing_is_stored(db, tmp_path, name, data, code):
    before = contractor_state(db)
    with pytest.raises(DomainError) as refused:
        preview_contractor(db, write(tmp_path, name, data=data))
    assert refused.value.code == code
    if code.startswith("xer_") and code != "xer_not_xer":
        assert refused.value.params.get("line") or refused.value.params.get("table")
    assert contractor_state(db) == before


def test_a_loop_in_an_ms_project_file_is_refused(db, tmp_path):
    link = "<PredecessorLink><PredecessorUID>{}</PredecessorUID><Type>1</Type></PredecessorLink>"
    data = doc(task(1, "가", link.format(2)) + task(2, "나", link.format(1)))
    before = contractor_state(db)
    with pytest.raises(ValidationError) as refused:
        preview_contractor(db, write(tmp_path, "loop.xml", data=data))
    assert refused.value.code == "schedule_file_loop" and refused.value.params["activities"] == "1 → 2"
    assert contractor_state(db) == before


# --------------------------------------------------------------------------- tie to a milestone
def late_version(tmp_path, name="v.xer", finish="2027-10-15 17:00"):
    rows = base_rows()
    rows["TASK"][3].update(early_start_date=finish, early_end_date=finish)
    return write(tmp_path, name, rows)


def test_a_tied_schedule_forecasts_its_milestone_and_the_deadline_bounds_its_float(db, tmp_path):
    changes = store(db, late_version(tmp_path))
    schedule_id = changes.extra["schedule_id"]
    task_id = milestone(db, PHASE1_DONE)

    def forecast():
        return next(r.finish for r in load_schedule(db, as_of=TODAY).rows if r.task_id == task_id)

    untied = forecast()
    tie_contractor_schedule(db, schedule_id=schedule_id, task_id=task_id)
    assert forecast() == date(2027, 10, 15)
    tie = milestone_ties(db, task_id=task_id)[0]
    # Fri 15 Oct 2027 → Fri 31 Dec 2027 on the schedule's Mon–Fri calendar: 11 weeks
    assert (tie.finish, tie.deadline, tie.float_vs_deadline) == (date(2027, 10, 15), date(2027, 12, 31), 55)
    stored = db.execute("SELECT constraint_type, constraint_on FROM tasks WHERE id = ?", [task_id]).fetchone()
    assert tuple(stored) == ("snet", "2027-12-31")  # the milestone row is not edited
    # a later update moves the forecast; past the deadline the float is negative
    store(db, late_version(tmp_path, "v2.xer", "2028-01-05 17:00"))
    assert forecast() == date(2028, 1, 5)
    assert milestone_ties(db, task_id=task_id)[0].float_vs_deadline == -3
    tie_contractor_schedule(db, schedule_id=schedule_id, task_id=None)
    assert forecast() == untied and milestone_ties(db) == []


def test_the_windows_live_plan_follows_a_tie_and_the_next_version(db, tmp_path):
    from desktop.services.live_schedule import LivePlan
    from desktop.services.fields import update_field

    plan = LivePlan(db, as_of=TODAY)
    changes = store(db, late_version(tmp_path))
    task_id = milestone(db, PHASE1_DONE)
    tie_contractor_schedule(db, schedule_id=changes.extra["schedule_id"], task_id=task_id)
    plan.sync()
    assert plan.view() == load_schedule(db, as_of=TODAY)
    assert next(r.finish for r in plan.view().rows if r.task_id == task_id) == date(2027, 10, 15)
    store(db, late_version(tmp_path, "v2.xer", "2028-01-05 17:00"))
    plan.sync()
    assert next(r.finish for r in plan.view().rows if r.task_id == task_id) == date(2028, 1, 5)
    # an edit of the tied milestone itself is applied one row at a time, the tie kept
    update_field(db, entity="tasks", entity_id=task_id, field="name_ko", value="1단계 준공 (협력사 일정)")
    assert plan.sync().task_ids is not None
    assert plan.view() == load_schedule(db, as_of=TODAY)


def test_only_a_milestone_can_be_tied(db, tmp_path):
    changes = store(db, late_version(tmp_path))
    summary = db.execute("SELECT id FROM tasks WHERE is_milestone = 0 LIMIT 1").fetchone()[0]
    with pytest.raises(ValidationError) as refused:
        tie_contractor_schedule(db, schedule_id=changes.extra["schedule_id"], task_id=summary)
    assert refused.value.code == "not_a_milestone"


# --------------------------------------------------------------------------- the update review
def test_the_review_of_two_stored_versions_lists_exactly_the_edits(db, tmp_path):
    store(db, late_version(tmp_path, "v1.xer", "2027-10-15 17:00"))
    rows = base_rows()
    rows["TASK"][3].update(early_start_date="2027-10-22 17:00", early_end_date="2027-10-22 17:00")
    rows["TASK"][1]["target_drtn_hr_cnt"] = "48"  # A110: 5 → 6 days
    rows["TASK"][2].update(cstr_type="CS_MEOB", cstr_date="2026-09-30 17:00")  # A120: FNLT
    rows["TASK"].append(dict(rows["TASK"][1], task_id="5", task_code="A140", task_name="되메우기"))
    rows["TASKPRED"][2]["lag_hr_cnt"] = "16"  # A110 FF+1 → FF+2 days
    changes = store(db, write(tmp_path, "v2.xer", rows))
    schedule_id = changes.extra["schedule_id"]
    tie_contractor_schedule(db, schedule_id=schedule_id, task_id=milestone(db, PHASE1_DONE))
    review = review_versions(db, schedule_id=schedule_id)
    r = review.comparison
    assert (review.old["number"], review.new["number"]) == (1, 2)
    assert [a.key for a in r.added] == ["A140"] and r.deleted == []
    assert [(c.key, c.old, c.new) for c in r.durations] == [("A110", 5.0, 6.0)]
    assert [(l.pred, l.succ, l.old_lag_days, l.new_lag_days) for l in r.links_changed] == [("A110", "A120", 1.0, 2.0)]
    assert (r.links_added, r.links_removed) == ([], [])
    assert [(c.key, c.new) for c in r.constraints] == [("A120", ("fnlt", date(2026, 9, 30)))]
    assert [m.key for m in r.dates_moved] == ["A130"] and r.finish_days == 7
    assert review.ties_moved == [{
        "task_id": milestone(db, PHASE1_DONE), "name": "1단계 준공", "name_en": "Phase 1 complete",
        "deadline": date(2027, 12, 31), "old_finish": date(2027, 10, 15), "new_finish": date(2027, 10, 22),
        "old_float": 55, "new_float": 50}]
