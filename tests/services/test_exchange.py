"""Importing and exporting MS Project XML: preview, all-or-nothing import, baselines, phases, CLI."""

from __future__ import annotations

import csv
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from desktop.cli_exchange import cmd_export, cmd_import
from desktop.domain.calendar import WorkCalendar
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.interop.mspdi_read import MspdiTask
from desktop.interop.mspdi_write import write_mspdi
from desktop.services import exchange
from desktop.services.exchange import export_project, import_mspdi, preview_mspdi
from desktop.services.import_batches import batch_rows
from tests.conftest import TODAY

MSPDI = Path(__file__).resolve().parents[2].parent / "shared" / "testdata" / "mspdi"
NS = 'xmlns="http://schemas.microsoft.com/project"'


def task(uid: int, name: str, start: str, finish: str, days: int, extra: str = "", level: int = 1) -> str:
    return (f"<Task><UID>{uid}</UID><ID>{uid}</ID><Name>{name}</Name><WBS>{uid}</WBS>"
            f"<OutlineLevel>{level}</OutlineLevel><Start>{start}T08:00:00</Start>"
            f"<Finish>{finish}T17:00:00</Finish><Duration>PT{days * 8}H0M0S</Duration>"
            f"<DurationFormat>7</DurationFormat>{extra}</Task>")


def pred(uid: int, kind: int = 1, lag: int = 0) -> str:
    return (f"<PredecessorLink><PredecessorUID>{uid}</PredecessorUID><Type>{kind}</Type>"
            f"<LinkLag>{lag}</LinkLag><LagFormat>7</LagFormat></PredecessorLink>")


def write(tmp_path: Path, tasks: str, name: str = "contractor.xml", calendars: str = "",
          start: str = "2026-09-14") -> Path:
    path = tmp_path / name
    path.write_text(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Project {NS}>'
                    f"<SaveVersion>14</SaveVersion><Name>{name}</Name><Title>시공사 공정표</Title>"
                    f"<StartDate>{start}T08:00:00</StartDate><CurrencyCode>KRW</CurrencyCode>"
                    f"<CalendarUID>1</CalendarUID><MinutesPerDay>480</MinutesPerDay>{calendars}"
                    f"<Tasks>{tasks}</Tasks></Project>", encoding="utf-8")
    return path


# A contractor's plan as MS Project computed it (Monday–Friday, no Korean holidays).
PLAN = (task(1, "토공", "2026-09-14", "2026-09-18", 5, "<Cost>4500000000</Cost>")
        + task(2, "기초", "2026-09-21", "2026-09-25", 5, pred(1) + "<Cost>12345678950</Cost>")
        + task(3, "골조", "2026-09-28", "2026-09-30", 3, pred(2))
        + task(4, "완료", "2026-09-30", "2026-09-30", 0, pred(3) + "<Milestone>1</Milestone>"))


def snapshot(db) -> dict[str, list[dict]]:
    tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'"
                                       " AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    return {t: list(db.query(f"SELECT * FROM [{t}] ORDER BY rowid")) for t in tables}


# --------------------------------------------------------------------------- preview
def test_preview_counts_and_lists_date_differences(db, tmp_path):
    preview = preview_mspdi(db, write(tmp_path, PLAN), as_what="schedule", phase_id=None, as_of=TODAY)
    assert (preview.tasks, preview.summaries, preview.milestones, preview.links) == (4, 0, 1, 3)
    assert preview.currency == "KRW" and preview.unsupported == {} and preview.notices == {}
    # 추석 (2026-09-24, 25): the application's calendar moves 기초 and everything after it
    got = {d.uid: (d.file_start, d.file_finish, d.app_start, d.app_finish) for d in preview.differences}
    assert got == {
        2: (date(2026, 9, 21), date(2026, 9, 25), date(2026, 9, 21), date(2026, 9, 29)),
        3: (date(2026, 9, 28), date(2026, 9, 30), date(2026, 9, 30), date(2026, 10, 2)),
        4: (date(2026, 9, 30), date(2026, 9, 30), date(2026, 10, 2), date(2026, 10, 2))}
    assert preview.differences[0].name == "기초"


def test_preview_finds_a_file_that_contradicts_its_own_links(db, tmp_path):
    plan = (task(1, "A", "2026-10-12", "2026-10-16", 5)
            + task(2, "B", "2026-10-12", "2026-10-16", 5, pred(1)))  # B should follow A
    preview = preview_mspdi(db, write(tmp_path, plan, start="2026-10-12"), as_what="schedule",
                            phase_id=None, as_of=TODAY)
    assert [(d.uid, d.app_start, d.app_finish) for d in preview.differences] == [
        (2, date(2026, 10, 19), date(2026, 10, 23))]


@pytest.mark.parametrize("name, expected", [
    ("mpxj_relations.xml", set()),
    ("mpxj_task-links-project2019.xml", set()),
    ("mpxj_durations.xml", set()),
    ("mpxj_nulltasks.xml", set()),
    ("projectlibre_new_product.xml", set()),
    ("mpxj_sample_project2003.xml", {2}),  # 100 d of work on a 200 % resource
    ("mpxj_sample1_project2010.xml", {2, 24}),  # the same, and a night-shift resource
    ("mpxj_resource_costs.xml", {2, 3}),  # resource calendars
    ("aspose_not_updated.xml", {2, 3, 4, 5, 7, 8, 9, 10}),  # a file saved without rescheduling
])
def test_engine_agrees_with_ms_project_on_real_files(db, monkeypatch, name, expected):
    """Leaving the Korean holidays out, the engine finds the files' own dates: only tasks
    driven by what the application does not model (resources, an unscheduled file) differ."""
    if not (MSPDI / name).exists():
        pytest.skip("shared/testdata/mspdi is not present")
    plain = WorkCalendar(country=None)
    monkeypatch.setattr(exchange, "project_calendar", lambda db: plain)
    monkeypatch.setattr(exchange, "WorkCalendar", lambda **kw: WorkCalendar(country=None, **kw))
    preview = preview_mspdi(db, MSPDI / name, as_what="schedule", phase_id=None, as_of=TODAY)
    assert {d.uid for d in preview.differences} == expected


def test_korean_holidays_show_in_a_foreign_file(db):
    if not (MSPDI / "projectlibre_new_product.xml").exists():
        pytest.skip("shared/testdata/mspdi is not present")
    preview = preview_mspdi(db, MSPDI / "projectlibre_new_product.xml", as_what="schedule",
                            phase_id=None, as_of=TODAY)
    first = preview.differences[0]
    assert (first.uid, first.file_start, first.app_start) == (4, date(2001, 1, 1), date(2001, 1, 2))


def test_a_loop_is_refused_with_its_tasks_named(db, tmp_path):
    plan = (task(1, "설계", "2026-10-12", "2026-10-16", 5, pred(2))
            + task(2, "시공", "2026-10-19", "2026-10-23", 5, pred(1)))
    with pytest.raises(ValidationError) as caught:
        preview_mspdi(db, write(tmp_path, plan), as_what="schedule", phase_id=None, as_of=TODAY)
    assert caught.value.code == "schedule_loop"
    assert set(caught.value.params["names"].split(" → ")) == {"설계", "시공"}


# --------------------------------------------------------------------------- import as schedule
def test_import_schedule_under_a_new_summary(db, tmp_path):
    audit_rows = db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    preview = preview_mspdi(db, write(tmp_path, PLAN), as_what="schedule", phase_id=None, as_of=TODAY)
    changes = import_mspdi(db, preview)
    root_id = changes.extra["root_id"]
    root = db.execute("SELECT * FROM tasks WHERE id = ?", [root_id]).fetchone()
    assert root is not None and changes.touches("tasks", "dependencies", "imports") and changes.reschedule
    rows = {r["source_uid"]: r for r in db.query("SELECT * FROM tasks WHERE parent_id = ?", [root_id])}
    assert [rows[u]["name_ko"] for u in "1234"] == ["토공", "기초", "골조", "완료"]
    assert rows["1"]["budget_won"] == 45_000_000 and rows["2"]["budget_won"] == 123_456_790  # ×1/100, half up
    assert rows["4"]["is_milestone"] == 1 and rows["2"]["duration_days"] == 5.0
    assert rows["2"]["start_on"] == "2026-09-21"  # the file's dates are kept as the plan's
    kinds = list(db.query("SELECT link_type, lag_days FROM dependencies WHERE successor_id = ?",
                          [rows["2"]["id"]]))
    assert kinds == [{"link_type": "FS", "lag_days": 0.0}]
    (audit,) = list(db.query("SELECT * FROM audit_log WHERE id > ?", [audit_rows]))
    assert audit["action"] == "import_mspdi" and audit["entity"] == "imports"
    assert audit["entity_id"] == changes.entity_id  # the import's own record
    listed = batch_rows(db, changes.entity_id)["tasks"]
    assert listed == sorted([root_id, *(r["id"] for r in rows.values())])  # the summary, four tasks
    assert db.execute("SELECT count(*) FROM import_rows WHERE import_id = ?",  # one span
                      [changes.entity_id]).fetchone()[0] == 1


def test_import_under_a_phase_takes_the_phase(example_db, tmp_path):
    db = example_db
    phase = db.execute("SELECT id FROM phases WHERE number = 2").fetchone()[0]
    summary = db.execute("SELECT id FROM tasks WHERE phase_id = ? AND parent_id IS NULL",
                         [phase]).fetchone()[0]
    last = db.execute("SELECT max(sort_order) FROM tasks WHERE parent_id = ?", [summary]).fetchone()[0]
    top_level = db.execute("SELECT count(*) FROM tasks WHERE parent_id IS NULL").fetchone()[0]
    plan = (task(1, "2단계 전력", "2028-03-06", "2028-03-10", 5, level=1)
            + task(2, "수전 설비", "2028-03-06", "2028-03-10", 5, level=2)
            + task(3, "시운전", "2028-03-13", "2028-03-14", 2, pred(2), level=1))
    preview = preview_mspdi(db, write(tmp_path, plan, start="2028-03-06"), as_what="schedule",
                            phase_id=phase, as_of=TODAY)
    import_mspdi(db, preview)
    rows = {r["source_uid"]: r for r in db.query("SELECT * FROM tasks WHERE source_uid IS NOT NULL")}
    assert {r["phase_id"] for r in rows.values()} == {phase}
    assert rows["1"]["parent_id"] == summary and rows["3"]["parent_id"] == summary
    assert rows["2"]["parent_id"] == rows["1"]["id"]
    assert min(rows["1"]["sort_order"], rows["3"]["sort_order"]) > last
    assert db.execute("SELECT count(*) FROM tasks WHERE parent_id IS NULL").fetchone()[0] == top_level


def test_unknown_phase_is_refused(db, tmp_path):
    with pytest.raises(NotFoundError) as caught:
        preview_mspdi(db, write(tmp_path, PLAN), as_what="schedule", phase_id=999, as_of=TODAY)
    assert caught.value.code == "unknown_phase"


def test_calendar_exceptions_skip_duplicates_and_redundant_days(db, tmp_path):
    db.execute("INSERT INTO calendar_exceptions (project_id, on_date, is_working, name)"
               " VALUES (1, '2026-12-28', 0, '현장 휴무')")
    db.conn.commit()

    def exception(day: str, working: int, name: str) -> str:
        return (f"<Exception><TimePeriod><FromDate>{day}T00:00:00</FromDate>"
                f"<ToDate>{day}T23:59:00</ToDate></TimePeriod><Name>{name}</Name><Type>1</Type>"
                f"<DayWorking>{working}</DayWorking></Exception>")
    calendars = ("<Calendars><Calendar><UID>1</UID><Name>Standard</Name><IsBaseCalendar>1</IsBaseCalendar>"
                 "<Exceptions>" + exception("2026-12-25", 0, "Christmas") + exception("2026-12-26", 0, "Sat")
                 + exception("2026-12-28", 0, "dup") + exception("2026-12-30", 0, "종무")
                 + exception("2027-01-09", 1, "토요 작업") + "</Exceptions></Calendar></Calendars>")
    preview = preview_mspdi(db, write(tmp_path, PLAN, calendars=calendars), as_what="schedule",
                            phase_id=None, as_of=TODAY)
    assert (preview.calendar_exceptions, preview.calendar_skipped) == (2, 3)
    import_mspdi(db, preview)
    assert list(db.query("SELECT on_date, is_working, name FROM calendar_exceptions ORDER BY on_date")) == [
        {"on_date": "2026-12-28", "is_working": 0, "name": "현장 휴무"},
        {"on_date": "2026-12-30", "is_working": 0, "name": "종무"},
        {"on_date": "2027-01-09", "is_working": 1, "name": "토요 작업"}]


def test_baseline_zero_of_the_file_becomes_a_named_baseline(db, tmp_path):
    base = ("<Baseline><Number>0</Number><Start>2026-09-07T08:00:00</Start>"
            "<Finish>2026-09-11T17:00:00</Finish><Duration>PT40H0M0S</Duration><Cost>400000000</Cost>"
            "</Baseline>")
    plan = task(1, "토공", "2026-09-14", "2026-09-18", 5, base) + task(2, "기초", "2026-09-21", "2026-09-25", 5)
    preview = preview_mspdi(db, write(tmp_path, plan), as_what="schedule", phase_id=None, as_of=TODAY)
    assert preview.baseline_rows == 1 and preview.baseline_name == "contractor.xml 기준"
    changes = import_mspdi(db, preview)
    row = next(db.query("SELECT b.name, b.is_current, t.* FROM baseline_tasks t JOIN baselines b"
                        " ON b.id = t.baseline_id WHERE b.id = ?", [changes.extra["baseline_id"]]))
    assert (row["name"], row["is_current"], row["start_on"], row["finish_on"], row["duration_days"],
            row["cost_won"]) == ("contractor.xml 기준", 0, "2026-09-07", "2026-09-11", 5.0, 4_000_000)
    # importing the same file again gets a baseline name of its own
    again = import_mspdi(db, preview_mspdi(db, write(tmp_path, plan), as_what="schedule",
                                           phase_id=None, as_of=TODAY))
    assert again.extra["baseline"] == "contractor.xml 기준 (2)"


# --------------------------------------------------------------------------- all or nothing
def test_refused_imports_leave_every_table_unchanged(example_db, tmp_path):
    db = example_db
    before = snapshot(db)
    path = write(tmp_path, PLAN)

    looped = preview_mspdi(db, path, as_what="schedule", phase_id=None, as_of=TODAY)
    looped.link_rows.append((4, 1, "FS", 0.0))  # a loop the engine's check refuses mid-import
    with pytest.raises(ValidationError) as caught:
        import_mspdi(db, looped)
    assert caught.value.code == "schedule_loop" and "토공" in caught.value.params["names"]
    assert snapshot(db) == before

    broken = preview_mspdi(db, path, as_what="schedule", phase_id=None, as_of=TODAY)
    broken.rows[2] = broken.rows[2]._replace(percent_complete=150)  # the schema refuses it, after two good rows
    with pytest.raises(ValidationError) as caught:
        import_mspdi(db, broken)
    assert caught.value.code == "mspdi_import_refused"
    assert snapshot(db) == before

    for hostile in (b"<Project", b'<!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><Project/>'):
        bad = tmp_path / "bad.xml"
        bad.write_bytes(hostile)
        with pytest.raises(ValidationError):
            import_mspdi(db, preview_mspdi(db, bad, as_what="schedule", phase_id=None, as_of=TODAY))
    assert snapshot(db) == before


# --------------------------------------------------------------------------- import as baseline
def test_import_as_baseline_matches_wbs_and_name(example_db, tmp_path):
    db = example_db
    project = export_project(db, as_of=TODAY, file_name="update.xml")
    moved = [replace(t, finish=date(2028, 3, 31)) if t.name == "GPU 설치 (예시)" else t for t in project.tasks]
    extra = MspdiTask(uid=9999, name="추가 공종", outline_level=1, duration_days=5.0,
                      start=date(2027, 3, 2), finish=date(2027, 3, 8))
    path = write_mspdi(replace(project, tasks=moved + [extra]), tmp_path / "update.xml")
    current = db.execute("SELECT id FROM baselines WHERE is_current = 1").fetchone()[0]

    preview = preview_mspdi(db, path, as_what="baseline", phase_id=None, as_of=TODAY)
    assert len(preview.matched) == 19 and preview.unmatched == [(9999, "추가 공종")]
    gpu = db.execute("SELECT id FROM tasks WHERE name_ko = 'GPU 설치 (예시)'").fetchone()[0]
    assert [(d.name, d.file_finish) for d in preview.differences] == [("GPU 설치 (예시)", date(2028, 3, 31))]
    changes = import_mspdi(db, preview)
    saved = {r["task_id"]: r for r in db.query("SELECT * FROM baseline_tasks WHERE baseline_id = ?",
                                               [changes.extra["baseline_id"]])}
    assert len(saved) == 19 and saved[gpu]["finish_on"] == "2028-03-31"
    assert db.execute("SELECT id FROM baselines WHERE is_current = 1").fetchone()[0] == current
    assert changes.extra["unmatched"] == 1


def test_import_as_baseline_matches_source_uid(db, tmp_path):
    import_mspdi(db, preview_mspdi(db, write(tmp_path, PLAN), as_what="schedule", phase_id=None, as_of=TODAY))
    renamed = PLAN.replace("<Name>기초</Name>", "<Name>기초 (변경)</Name>").replace(
        "2026-09-25T17", "2026-10-02T17")
    preview = preview_mspdi(db, write(tmp_path, renamed, name="v2.xml"), as_what="baseline",
                            phase_id=None, as_of=TODAY)
    assert len(preview.matched) == 4 and preview.unmatched == []
    changes = import_mspdi(db, preview)
    finish = db.execute("SELECT b.finish_on FROM baseline_tasks b JOIN tasks t ON t.id = b.task_id"
                        " WHERE b.baseline_id = ? AND t.source_uid = '2'", [changes.extra["baseline_id"]]).fetchone()[0]
    assert finish == "2026-10-02"


def test_baseline_without_any_match_is_refused(db, tmp_path):
    before = snapshot(db)
    preview = preview_mspdi(db, write(tmp_path, PLAN), as_what="baseline", phase_id=None, as_of=TODAY)
    assert preview.matched == {} and len(preview.unmatched) == 4
    with pytest.raises(ValidationError) as caught:
        import_mspdi(db, preview)
    assert caught.value.code == "mspdi_baseline_no_match"
    assert snapshot(db) == before


# --------------------------------------------------------------------------- command line
def test_cmd_import_prints_a_korean_summary(db, tmp_path, capsys):
    assert cmd_import(db, write(tmp_path, PLAN), "schedule", None, as_of=TODAY) == 0
    out = capsys.readouterr().out
    assert "작업 4개 (요약 0, 마일스톤 1), 연결 3개" in out
    assert "파일의 날짜가 앱의 계산과 다른 작업 3개" in out and "UID 2 “기초”" in out
    assert "가져왔습니다: 작업 4개, 연결 3개" in out
    with pytest.raises(NotFoundError):
        cmd_import(db, write(tmp_path, PLAN), "schedule", 9, as_of=TODAY)


def test_cmd_export_writes_mspdi_and_tables(example_db, tmp_path, capsys):
    db = example_db
    assert cmd_export(db, "mspdi", tmp_path / "plan.xml", as_of=TODAY) == 0
    assert "작업 19개, 연결 14개" in capsys.readouterr().out
    assert cmd_export(db, "xlsx", tmp_path / "tasks.xlsx", "tasks", as_of=TODAY) == 0
    sheet = load_workbook(tmp_path / "tasks.xlsx").active
    assert sheet["A1"].value == "공정표"
    header = [c.value for c in sheet[4]]
    assert header[:5] == ["WBS", "작업명", "기간 (일)", "시작", "완료"] and header[-1] == "담당"
    assert cmd_export(db, "csv", tmp_path / "funding.csv", "funding", as_of=TODAY) == 0
    with (tmp_path / "funding.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.reader(handle))
    assert rows[0][:3] == ["약정일", "참여자", "구분"] and len(rows) > 1
    assert cmd_export(db, "csv", tmp_path / "effects.csv", "effects", as_of=TODAY) == 0
    assert cmd_export(db, "csv", tmp_path / "v.csv", "variance", as_of=TODAY) == 0
    with (tmp_path / "v.csv").open(encoding="utf-8-sig") as handle:
        variance = list(csv.reader(handle))
    assert variance[0][:2] == ["단계 / 분류", "예산 (BAC)"] and variance[-1][0] == "합계"
    with pytest.raises(ValidationError) as caught:
        cmd_export(db, "csv", tmp_path / "x.csv", "gantt", as_of=TODAY)
    assert caught.value.code == "export_table_unknown"
    with pytest.raises(ValidationError) as caught:
        cmd_export(db, "xlsx", tmp_path / "tasks.csv", "tasks", as_of=TODAY)
    assert caught.value.code == "export_extension_mismatch"
    with pytest.raises(ValidationError) as caught:
        cmd_export(db, "mspdi", tmp_path / "missing" / "plan.xml", as_of=TODAY)
    assert caught.value.code == "export_failed"
