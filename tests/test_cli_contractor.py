"""Contractors' schedules on the command line: import versions, review the latest two, check the
latest (stored) version; refusals exit with code 2 and a Korean message, nothing stored."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SHARED
from tests.interop.xer_sample import base_rows, xer_bytes
from tests.test_cli import run


def test_import_versions_then_compare_and_check_the_stored_schedule(tmp_path):
    db = str(tmp_path / "t.sqlite")
    v1, v2 = tmp_path / "v1.xer", tmp_path / "v2.xer"
    v1.write_bytes(xer_bytes())
    rows = base_rows()
    rows["TASK"][1]["target_drtn_hr_cnt"] = "48"  # A110: 5 → 6 days
    v2.write_bytes(xer_bytes(rows))
    common = ("--db", db, "--as-of", "2026-11-24")
    out = run("import", str(v1), "--as", "contractor", "--schedule", "현대건설 1단계", *common).stdout
    assert "새 공정표 “현대건설 1단계”의 1차 버전" in out and "엔진 재계산 일치: 2/2개" in out
    out = run("import", str(v2), "--as", "contractor", "--schedule", "현대건설 1단계", *common).stdout
    assert "기존 공정표 “현대건설 1단계”의 2차 버전" in out
    again = run("import", str(v2), "--as", "contractor", "--schedule", "현대건설 1단계", *common, check=False)
    assert again.returncode == 2 and "이미" in again.stderr and "2차 버전" in again.stderr
    review = json.loads(run("compare", "--schedule", "현대건설 1단계", "--json", *common).stdout)
    assert (review["old"], review["new"]) == ("v1.xer", "v2.xer")
    assert review["durations"] == [{"key": "A110", "name": "터파기", "old": 5.0, "new": 6.0}]
    assert review["added"] == review["deleted"] == review["links_changed"] == []
    check = json.loads(run("check", "--schedule", "현대건설 1단계", "--json", *common).stdout)
    assert check["file"] == "v2.xer" and len(check["points"]) == 14
    unknown = run("check", "--schedule", "없는 공정표", *common, check=False)
    assert unknown.returncode == 2 and "없는 공정표" in unknown.stderr
    one = run("compare", "--schedule", "현대건설 1단계", "--json", "--db", str(tmp_path / "o.sqlite"),
              check=False)
    assert one.returncode == 2


def test_a_project_of_a_multi_project_xer_file(tmp_path):
    path = SHARED / "testdata" / "xer" / "soulmajor1_Hotel-Project.xer"
    if not path.exists():
        pytest.skip(f"{path} is not present")
    db = str(tmp_path / "t.sqlite")
    refused = run("import", str(path), "--as", "contractor", "--db", db, check=False)
    assert refused.returncode == 2 and "HBTF-2" in refused.stderr
    out = run("import", str(path), "--as", "contractor", "--project", "CR", "--db", db).stdout
    assert "가져왔습니다" in out and "작업 19개" in out


def test_status_names_the_contractor_schedule_that_forecasts_a_milestone(tmp_path):
    from db import open_database
    from desktop.services.contractor import tie_contractor_schedule

    db_path = tmp_path / "t.sqlite"
    rows = base_rows()
    rows["TASK"][3].update(early_start_date="2027-10-15 17:00", early_end_date="2027-10-15 17:00")
    (tmp_path / "v.xer").write_bytes(xer_bytes(rows))
    run("import", str(tmp_path / "v.xer"), "--as", "contractor", "--schedule", "현대건설 1단계",
        "--db", str(db_path))
    db = open_database(db_path)
    task_id = db.execute("SELECT id FROM tasks WHERE wbs_code = '1.2'").fetchone()[0]
    tie_contractor_schedule(db, schedule_id=1, task_id=task_id)
    db.close()
    status = json.loads(run("status", "--db", str(db_path), "--as-of", "2026-11-24", "--json").stdout)
    milestone = next(m for m in status["milestones"] if m["wbs"] == "1.2")
    assert milestone["forecast"] == "2027-10-15"
    assert milestone["contractor"] == [{"schedule": "현대건설 1단계", "version": 1, "file": "v.xer",
                                        "finish": "2027-10-15", "status_date": "2026-09-01",
                                        "float_vs_deadline_days": 55}]
    text = run("status", "--db", str(db_path), "--as-of", "2026-11-24").stdout
    assert "예상일 근거: 협력사 공정표 “현대건설 1단계” 1차 완료 2027-10-15, 기한까지 여유 55일" in text
