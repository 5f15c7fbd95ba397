"""import(export(x)) == x: every field the application models survives MS Project XML."""

from __future__ import annotations

from datetime import date

import pytest

from db import open_database
from desktop.interop.mspdi_read import (
    MspdiBaseline, MspdiCalendar, MspdiException, MspdiLink, MspdiProject, MspdiTask, parse_mspdi,
)
from desktop.interop.mspdi_write import mspdi_bytes, write_mspdi
from desktop.services.baselines import save_baseline
from desktop.services.exchange import export_mspdi, import_mspdi, preview_mspdi
from desktop.services.schedule import load_schedule
from tests.conftest import TODAY

D = date


# --------------------------------------------------------------------------- the file format
def plain_project() -> MspdiProject:
    tasks = [
        MspdiTask(uid=10, name="부지 & 기반 <1단계>", outline_level=1, wbs="1", is_summary=True,
                  start=D(2026, 3, 2), finish=D(2026, 4, 10), name_en="Site & base"),
        MspdiTask(uid=11, name="설계", outline_level=2, wbs="1.1", duration_days=20.0,
                  start=D(2026, 3, 2), finish=D(2026, 3, 27), actual_start=D(2026, 3, 2),
                  percent_complete=40.0, constraint_type="snet", constraint_on=D(2026, 3, 2),
                  cost_won=1_234_567_890_123, notes="줄 1\n줄 2", contact="포항시",
                  baselines=(MspdiBaseline(0, D(2026, 3, 2), D(2026, 3, 20), 15.0, 1_000_000_000_000),
                             MspdiBaseline(3, D(2026, 2, 2), D(2026, 2, 27), 20.0, None))),
        MspdiTask(uid=12, name="양생", outline_level=2, wbs="1.2", duration_days=10.0,
                  duration_elapsed=True, start=D(2026, 3, 30), finish=D(2026, 4, 8),
                  constraint_type="fnlt", constraint_on=D(2026, 4, 10), deadline_on=D(2026, 4, 9)),
        MspdiTask(uid=13, name="준공", outline_level=2, wbs="1.3", is_milestone=True,
                  duration_days=0.0, start=D(2026, 4, 10), finish=D(2026, 4, 10),
                  actual_start=D(2026, 4, 10), actual_finish=D(2026, 4, 10), percent_complete=100.0,
                  constraint_type="mfo", constraint_on=D(2026, 4, 10)),
        MspdiTask(uid=20, name="운영", outline_level=1, duration_days=3.0, start=D(2026, 4, 13),
                  finish=D(2026, 4, 15), constraint_type="alap"),
    ]
    links = [MspdiLink(11, 12, "FS", 2.0), MspdiLink(11, 13, "SS", -3.0), MspdiLink(12, 13, "FF", 0.0),
             MspdiLink(13, 20, "SF", 1.0), MspdiLink(10, 20, "FS", 7 * 5 / 7, 7.0)]
    calendar = MspdiCalendar("Standard", exceptions=[
        MspdiException(D(2026, 3, 1), False, "삼일절"), MspdiException(D(2026, 3, 2), False, "대체공휴일"),
        MspdiException(D(2026, 5, 5), False, "어린이날"), MspdiException(D(2026, 5, 6), False, "어린이날"),
        MspdiException(D(2026, 3, 14), True, "토요 작업")])
    return MspdiProject(name="포항 AI컴퓨팅센터", file_name="plan.xml", start=D(2026, 3, 2),
                        finish=D(2026, 4, 15), status_date=D(2026, 3, 20), currency="KRW",
                        tasks=tasks, links=links, calendar=calendar)


def test_file_roundtrip_keeps_every_field():
    original = plain_project()
    back = parse_mspdi(mspdi_bytes(original), file_name="plan.xml")
    fields = ("uid", "name", "outline_level", "wbs", "is_summary", "is_milestone", "duration_days",
              "duration_elapsed", "start", "finish", "actual_start", "actual_finish",
              "percent_complete", "constraint_type", "constraint_on", "deadline_on", "cost_won",
              "notes", "contact", "name_en", "baselines")
    for before, after in zip(original.tasks, back.tasks, strict=True):
        assert {f: getattr(after, f) for f in fields} == {f: getattr(before, f) for f in fields}
    assert [t.parent_uid for t in back.tasks] == [None, 10, 10, 10, None]
    assert [link._replace(lag_unit="") for link in back.links] == original.links
    assert [link.lag_unit for link in back.links] == ["d", "d", "d", "d", "ed"]
    assert back.calendar.exceptions == sorted(original.calendar.exceptions)
    assert (back.name, back.start, back.finish, back.status_date, back.currency) == (
        "포항 AI컴퓨팅센터", D(2026, 3, 2), D(2026, 4, 15), D(2026, 3, 20), "KRW")
    assert back.unsupported == {} and back.notices == {"elapsed_lags": 1}


def test_written_file_follows_ms_project_conventions(tmp_path):
    path = write_mspdi(plain_project(), tmp_path / "plan.xml")
    text = path.read_text(encoding="utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
    assert '<Project xmlns="http://schemas.microsoft.com/project"><SaveVersion>14</SaveVersion>' in text
    assert "<MinutesPerDay>480</MinutesPerDay>" in text and "<CalendarUID>1</CalendarUID>" in text
    assert "<Duration>PT160H0M0S</Duration><DurationFormat>7</DurationFormat>" in text  # 20 days
    assert "<Duration>PT240H0M0S</Duration><DurationFormat>8</DurationFormat>" in text  # 10 ed
    assert "<LinkLag>9600</LinkLag><LagFormat>7</LagFormat>" in text  # 2 days in tenths of minutes
    assert "<LinkLag>100800</LinkLag><LagFormat>8</LagFormat>" in text  # 7 elapsed days
    assert "<Cost>123456789012300</Cost>" in text  # hundredths of a won
    assert "<Manual>0</Manual>" in text and "부지 &amp; 기반 &lt;1단계&gt;" in text
    # consecutive exception days become one range, in both exception formats
    assert ("<FromDate>2026-03-01T00:00:00</FromDate><ToDate>2026-03-01T23:59:00</ToDate>" in text)
    assert text.count("<FromDate>2026-05-05T00:00:00</FromDate><ToDate>2026-05-06T23:59:00</ToDate>") == 2
    assert not list(tmp_path.glob(".plan.xml.*"))  # no temporary file left


# --------------------------------------------------------------------------- through the database
TASK_FIELDS = ("name_ko", "name_en", "wbs_code", "is_milestone", "duration_elapsed", "actual_start_on",
               "actual_finish_on", "percent_complete", "constraint_type", "constraint_on",
               "deadline_on", "budget_won", "notes", "responsible_party_id")


@pytest.fixture
def plan(example_db):
    """The example plan, with a baseline, calendar exceptions and the fields it leaves empty."""
    db = example_db
    ids = {r["wbs_code"]: r["id"] for r in db.query("SELECT id, wbs_code FROM tasks")}
    with db.atomic():
        db.execute("UPDATE tasks SET budget_won = 45000000000, notes = '토목 공종', responsible_party_id ="
                   " (SELECT id FROM parties WHERE name_ko = '포항시') WHERE id = ?", [ids["1.0.3"]])
        db.execute("UPDATE tasks SET duration_days = 30, duration_elapsed = 1, constraint_type = 'fnlt',"
                   " constraint_on = '2027-12-31', deadline_on = '2027-12-15' WHERE id = ?", [ids["1.0.6"]])
        db.execute("UPDATE tasks SET constraint_type = 'alap', constraint_on = NULL WHERE id = ?",
                   [ids["1.0.5"]])
        db.execute("INSERT INTO calendar_exceptions (project_id, on_date, is_working, name) VALUES"
                   " (1, '2026-12-28', 0, '현장 휴무'), (1, '2026-12-29', 0, '현장 휴무'),"
                   " (1, '2027-01-09', 1, '토요 작업')")
    save_baseline(db, name="2026-11 기준", as_of=TODAY)
    return db


def test_export_import_keeps_the_plan(plan, tmp_path):
    path = tmp_path / "plan.xml"
    export_mspdi(plan, path, as_of=TODAY)
    fresh = open_database(tmp_path / "fresh.sqlite")
    preview = preview_mspdi(fresh, path, as_what="schedule", phase_id=None, as_of=TODAY)
    assert preview.differences == []  # the file's dates are the engine's own
    assert preview.unsupported == {}
    assert preview.notices == {"milestones_unscheduled": 1}  # 4단계 완료 has no date, as in the plan
    changes = import_mspdi(fresh, preview)
    new_id = changes.extra["task_ids"]  # original id (the file's UID) → imported id

    before = {r["id"]: r for r in plan.query("SELECT * FROM tasks")}
    after = {r["source_uid"]: r for r in fresh.query("SELECT * FROM tasks WHERE source_uid IS NOT NULL")}
    assert len(after) == len(before) == 19
    view = load_schedule(plan, as_of=TODAY)
    order = [r.task_id for r in view.rows]
    summaries = {r.task_id for r in view.rows if r.is_summary}
    for task_id, old in before.items():
        new = after[str(task_id)]
        assert {f: new[f] for f in TASK_FIELDS} == {f: old[f] for f in TASK_FIELDS}, old["name_ko"]
        if task_id not in summaries:  # a summary's duration is its children's
            assert new["duration_days"] == old["duration_days"]
        expected_parent = new_id.get(old["parent_id"], changes.extra["root_id"])
        assert new["parent_id"] == expected_parent
    # outline order kept
    fresh_view = load_schedule(fresh, as_of=TODAY)
    imported = [r.task_id for r in fresh_view.rows if r.task_id in set(new_id.values())]
    assert imported == [new_id[t] for t in order]

    links = {(r["predecessor_id"], r["successor_id"]): (r["link_type"], r["lag_days"])
             for r in plan.query("SELECT * FROM dependencies")}
    links_after = {(r["predecessor_id"], r["successor_id"]): (r["link_type"], r["lag_days"])
                   for r in fresh.query("SELECT * FROM dependencies WHERE predecessor_id IN"
                                        " (SELECT id FROM tasks WHERE source_uid IS NOT NULL)")}
    assert links_after == {(new_id[p], new_id[s]): v for (p, s), v in links.items()}

    # the current baseline is the file's Baseline (0), saved as "<file name> 기준"
    current = plan.execute("SELECT id FROM baselines WHERE is_current = 1").fetchone()[0]
    base = {r["task_id"]: (r["start_on"], r["finish_on"], r["duration_days"], r["cost_won"])
            for r in plan.query("SELECT * FROM baseline_tasks WHERE baseline_id = ?", [current])}
    (imported_id,) = [r[0] for r in fresh.execute("SELECT id FROM baselines WHERE name = 'plan.xml 기준'")]
    base_after = {r["task_id"]: (r["start_on"], r["finish_on"], r["duration_days"], r["cost_won"])
                  for r in fresh.query("SELECT * FROM baseline_tasks WHERE baseline_id = ?", [imported_id])}
    assert base_after == {new_id[t]: v for t, v in base.items()}

    def exceptions(db):
        return list(db.query("SELECT on_date, is_working, name FROM calendar_exceptions ORDER BY on_date"))
    assert exceptions(fresh) == exceptions(plan)

    # and the engine computes the same schedule from the imported plan
    dates = {r.task_id: (r.start, r.finish, r.total_float) for r in view.rows}
    dates_after = {r.task_id: (r.start, r.finish, r.total_float) for r in fresh_view.rows}
    assert {t: dates_after[new_id[t]] for t in dates} == dates
    # the plan dates stored on import are the file's (the engine's) dates
    assert after[str(order[4])]["start_on"] == dates[order[4]][0].isoformat()


def test_other_baselines_are_written_as_baseline_1_to_10(plan, tmp_path):
    path = tmp_path / "plan.xml"
    export_mspdi(plan, path, as_of=TODAY)
    project = parse_mspdi(path.read_bytes())
    mou = {t.name: t.baseline(1) for t in project.tasks}
    assert mou["착공 (연내 착공)"].finish == date(2025, 12, 31)  # the announced plan (MOU baseline)
    assert all(t.baseline(0) for t in project.tasks)
