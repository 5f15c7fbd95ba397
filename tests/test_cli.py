"""The command line: status --json carries every figure of the plan; unknown is null."""

import json
import subprocess
import sys

from tests.conftest import ROOT


def run(*args, check=True):
    result = subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True,
                            text=True, env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    if check:
        assert result.returncode == 0, result.stderr
    return result


def test_status_json_on_the_plan(tmp_path):
    db = tmp_path / "t.sqlite"
    status = json.loads(run("status", "--db", str(db), "--as-of", "2026-11-24", "--json").stdout)
    project = status["project"]
    assert project["name_ko"] == "포항 글로벌 AI컴퓨팅센터"
    assert project["name_en"] == "Pohang Global AI Computing Center"
    assert project["total_investment_won"] == 2_000_000_000_000
    assert project["site_m2"] == 47_647
    assert project["as_of"] == "2026-11-24"
    assert project["days_to_construction_start_deadline"] == -328
    assert [(p["number"], p["target_mw"], p["target_gpus"]) for p in status["phases"]] == \
        [(1, 40, 20_000), (2, 100, None), (3, 200, None), (4, 1000, 170_000)]
    assert all(p["installed_mw"] is None for p in status["phases"])
    start = next(m for m in status["milestones"] if m["baseline"] == "2025-12-31")
    # not done by the status date: the engine moves it to the next working day, 2026-11-25
    assert (start["actual"], start["forecast"], start["slip_days"], start["status"]) == \
        (None, "2026-11-25", 328, "late")  # days late = the card's D+328 (one definition)
    assert start["total_float_days"] < 0
    schedule = status["schedule"]
    assert (schedule["baseline"], schedule["baseline_start"], schedule["baseline_finish"]) == \
        ("MOU 계획 (2025-06-26)", "2025-06-26", "2036-01-01")
    assert schedule["forecast_start"] == "2025-06-26" and schedule["forecast_finish"] == "2036-01-01"
    assert "착공 (연내 착공)" in schedule["critical_tasks"]
    phase4_end = next(m for m in status["milestones"] if m["wbs"] == "4.2")
    assert (phase4_end["baseline"], phase4_end["forecast"], phase4_end["status"]) == (None, None, "not_set")
    funding = status["funding"]
    assert funding["committed_won"] is None and funding["foreign_share_committed"] is None
    assert funding["min_foreign_share"] == 0.3 and funding["compliant"] is None
    assert len(status["participants"]) == 9
    assert sum(p["foreign"] for p in status["participants"]) == 2
    assert [(k["target"], k["unit"], k["reported"]) for k in status["kpis"]] == [
        (2_800_000_000_000, "won", None), (6_300_000_000_000, "won", None), (28_000, "persons", None)]


def test_example_data_round_trip(tmp_path):
    db = str(tmp_path / "t.sqlite")
    assert "추가했습니다" in run("example-data", "--db", db, "--as-of", "2026-11-24").stdout
    status = json.loads(run("status", "--db", db, "--as-of", "2026-11-24", "--json").stdout)
    assert status["example_data"] is True and status["funding"]["compliant"] is True
    assert "삭제했습니다" in run("example-data", "--db", db, "--remove").stdout
    status = json.loads(run("status", "--db", db, "--json").stdout)
    assert status["example_data"] is False and status["funding"]["committed_won"] is None


def test_bad_database_gives_korean_message_and_exit_2(tmp_path):
    bad = tmp_path / "bad.sqlite"
    bad.write_text("hello")
    result = run("status", "--db", str(bad), "--json", check=False)
    assert result.returncode == 2
    assert "이 프로그램의 데이터베이스가 아닙니다" in result.stderr and str(bad) in result.stderr
    assert bad.read_text() == "hello"


def test_smoke_test_exits_zero(tmp_path):
    result = run("--smoke-test", "--log", str(tmp_path / "tracker.log"))
    assert "smoke test: ok" in result.stdout


def test_schedule_json(tmp_path):
    db = str(tmp_path / "t.sqlite")
    run("example-data", "--db", db, "--as-of", "2026-11-24")
    data = json.loads(run("schedule", "--db", db, "--as-of", "2026-11-24", "--json").stdout)
    assert data["status_date"] == "2026-11-24" and data["baseline"] == "MOU 계획 (2025-06-26)"
    tasks = {t["wbs"]: t for t in data["tasks"]}
    assert [t["row"] for t in data["tasks"]] == list(range(1, len(data["tasks"]) + 1))
    start = tasks["1.1"]
    assert (start["early_start"], start["early_finish"], start["critical"]) == ("2026-11-25", "2026-11-25", True)
    assert start["total_float_days"] < 0 and start["deadline_missed"] is True
    assert tasks["4.2"]["early_start"] is None  # no date announced: not scheduled
    for task in data["tasks"]:
        if task["early_start"] and not task["summary"]:
            assert task["late_start"] is not None and task["free_float_days"] is not None
    text = run("schedule", "--db", db, "--as-of", "2026-11-24").stdout
    assert "착공 (연내 착공)" in text and "[주공정]" in text


def test_status_json_with_example_data_has_money_capacity_and_kpis(tmp_path):
    db = str(tmp_path / "t.sqlite")
    run("example-data", "--db", db, "--as-of", "2026-11-24")
    status = json.loads(run("status", "--db", db, "--as-of", "2026-11-24", "--json").stdout)
    capacity = status["capacity"]
    assert (capacity["installed_mw"], capacity["installed_gpus"]) == (2.0, 1_024)
    assert capacity["goal_mw"] == 1000 and capacity["gpus_per_mw"] == 512
    by_phase = {p["phase"]: p for p in status["funding"]["by_phase"]}
    assert by_phase[1]["committed_won"] + by_phase[None]["committed_won"] == 2_000_000_000_000
    assert status["funding"]["foreign_needed_to_restore_won"] == 0
    assert [k["reported"] for k in status["kpis"]] == [120_000_000_000, 310_000_000_000, 640]


def test_check_and_compare_on_schedule_files(tmp_path):
    from tests.conftest import SHARED
    from tests.interop.xer_sample import base_rows, xer_bytes

    old, new = tmp_path / "v1.xer", tmp_path / "v2.xer"
    old.write_bytes(xer_bytes())
    rows = base_rows()
    rows["TASK"][1]["target_drtn_hr_cnt"] = "48"  # A110: 5 → 6 days
    rows["TASKPRED"].pop(1)  # the SS link A110 → A120
    new.write_bytes(xer_bytes(rows))
    data = json.loads(run("compare", str(old), str(new), "--json").stdout)
    assert data["durations"] == [{"key": "A110", "name": "터파기", "old": 5.0, "new": 6.0}]
    assert data["links_removed"] == [{"pred": "A110", "succ": "A120", "type": "SS", "lag_days": 2.0}]
    assert data["added"] == data["deleted"] == data["links_added"] == []
    text = run("compare", str(old), str(new)).stdout
    assert "기간 변경: 1건" in text and "A110: 5 → 6일" in text and "연결 삭제: 1건" in text
    check = json.loads(run("check", str(old), "--json", "--as-of", "2026-11-24").stdout)
    assert [p["key"] for p in check["points"]][:2] == ["logic", "leads"] and len(check["points"]) == 14
    assert "1. 논리 누락" in run("check", str(old)).stdout
    refused = run("check", str(tmp_path / "plan.txt"), check=False)
    assert refused.returncode == 2 and "공정표가 아닙니다" in refused.stderr
    hotel = SHARED / "testdata" / "xer" / "soulmajor1_Hotel-Project.xer"
    if hotel.exists():
        refused = run("check", str(hotel), check=False)
        assert refused.returncode == 2 and "HBTF-2" in refused.stderr and "선택해 주십시오" in refused.stderr
        assert json.loads(run("check", str(hotel), "--project", "CR", "--json").stdout)["points"]


def test_risk_json_on_the_plan_with_the_example_schedule(tmp_path):
    db = str(tmp_path / "t.sqlite")
    run("example-data", "--db", db, "--as-of", "2026-11-24")
    args = ("risk", "--db", db, "--as-of", "2026-11-24", "--iterations", "300", "--seed", "7", "--json")
    figures = json.loads(run(*args).stdout)
    assert json.loads(run(*args).stdout) == figures  # seeded: the same figures again
    phase1 = next(m for m in figures["milestones"] if m["name"] == "1단계 준공")
    assert {k: phase1[k] for k in ("deadline", "p10", "p50", "p80", "p90")} == {
        "deadline": "2027-12-31", "p10": "2028-01-24", "p50": "2028-01-24", "p80": "2028-01-24",
        "p90": "2028-01-24"}  # nothing uncertain entered yet: every percentile is the plan's date
    assert phase1["probability_meet_deadline"] == 0.0 and figures["iterations"] == 300
    tasks = {t["name"]: t for t in figures["tasks"]}
    assert set(tasks["건축 공사 (예시)"]) >= {"name", "criticality", "sensitivity"}
    assert tasks["건축 공사 (예시)"]["criticality"] == 1.0
    refused = run("risk", "--db", db, "--iterations", "0", check=False)
    assert refused.returncode == 2 and "반복" in refused.stderr


def test_a_reader_that_leaves_early_is_no_error(tmp_path):
    """``status --json | head -1``: the pipe closes under the command, which ends quietly."""
    import os

    db = tmp_path / "t.sqlite"
    run("status", "--db", str(db), "--json")  # made once, so the next run only prints
    process = subprocess.Popen([sys.executable, "-m", "desktop", "status", "--db", str(db), "--json"],
                               cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert process.stdout.read(1) == b"{"
    process.stdout.close()  # the reader leaves after one byte
    stderr = process.stderr.read().decode("utf-8", "replace")
    assert process.wait() == 0, stderr
    assert "Traceback" not in stderr and "BrokenPipe" not in stderr


def test_a_command_of_the_windowed_program_has_no_stdout_and_still_runs(tmp_path, monkeypatch):
    """PohangTracker.exe (windowed) on Windows runs commands with sys.stdout None."""
    from desktop.cli import main

    monkeypatch.setattr(sys, "stdout", None)
    assert main(["status", "--db", str(tmp_path / "t.sqlite"), "--as-of", "2026-11-24"]) == 0
