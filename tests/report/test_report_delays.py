"""The report says the same delay as the overview and status --json, month by month."""

import shutil

import pytest

from tests.report.test_monthly_report import cli, text_of

pdftotext = shutil.which("pdftotext")


@pytest.mark.skipif(pdftotext is None, reason="poppler-utils (pdftotext) is not installed")
def test_october_and_november_reports_of_a_start_reached_on_11_20(tmp_path):
    from db import open_database
    from desktop.services.milestones import set_milestone_date
    from tests.conftest import TODAY

    path = tmp_path / "t.sqlite"
    db = open_database(path)
    task = db.execute("SELECT id FROM tasks WHERE wbs_code = '1.1'").fetchone()[0]
    set_milestone_date(db, task_id=task, which="actual", on="2026-11-20", today=TODAY)
    db.close()
    texts = {}
    for month in ("2026-10", "2026-11"):
        out = tmp_path / f"{month}.pdf"
        cli("report", "--db", str(path), "--month", month, "--out", str(out))
        texts[month] = " ".join(text_of(out).split())
    october, november = texts["2026-10"], texts["2026-11"]
    # October as it stood on 10-31: not started, 304 days past the deadline, in words and table
    assert "304일" in october and "+304" in october and "+306" not in october
    assert "2026. 11. 20." not in october
    # November: reached 324 days after the deadline, said as late (never plain "done")
    assert "2026. 11. 20." in november and "324일" in november and "+324" in november
    assert "완료 (기한" in november  # the status column wraps "완료 (기한 초과)"
