"""The report's page on contractors' schedules: each schedule's latest update review, its
changes counted by kind in a table whose total row is the sum of the rows printed; nothing
when no contractor's schedule was received."""

from __future__ import annotations

import re
import shutil

import pytest

from desktop.domain.money import MoneyUnit
from desktop.report.blocks import Table
from desktop.report.monthly import report_blocks
from tests.conftest import TODAY
from tests.interop.xer_sample import base_rows, xer_bytes

pdftotext = shutil.which("pdftotext")


def two_versions(db, tmp_path, name: str, edit) -> None:
    from desktop.services.contractor import import_contractor, preview_contractor

    first, second = tmp_path / f"{name}-1.xer", tmp_path / f"{name}-2.xer"
    first.write_bytes(xer_bytes())
    rows = base_rows()
    edit(rows)
    second.write_bytes(xer_bytes(rows))
    for path in (first, second):
        import_contractor(db, preview_contractor(db, path, name=name))


def longer_and_later(rows):
    rows["TASK"][1].update(target_drtn_hr_cnt="48", early_end_date="2026-09-08 17:00")  # A110 +1 day
    rows["TASK"].append(dict(rows["TASK"][1], task_id="5", task_code="A140", task_name="되메우기"))


def relinked(rows):
    rows["TASKPRED"][2]["lag_hr_cnt"] = "16"  # A110 FF+1 → FF+2
    rows["TASKPRED"].pop(1)  # the SS link removed


@pytest.fixture
def figures(db, tmp_path):
    from desktop.services.month_close import report_figures

    two_versions(db, tmp_path, "현대건설 1단계", longer_and_later)
    two_versions(db, tmp_path, "전력 인입", relinked)
    return report_figures(db, "2026-11", TODAY)[0]


def test_the_review_figures_and_table(figures, qapp_ko):
    reviews = {r["name"]: r for r in figures["contractor_reviews"]}
    assert [(r["old"]["number"], r["new"]["number"]) for r in reviews.values()] == [(1, 2), (1, 2)]
    building = reviews["현대건설 1단계"]
    assert (building["counts"]["added"], building["counts"]["duration"], building["counts"]["dates"]) == (1, 1, 1)
    assert building["largest_moves"] == [{"key": "A110", "name": "터파기", "days": 1, "finish": "2026-09-08"}]
    power = reviews["전력 인입"]
    assert (power["counts"]["link_changed"], power["counts"]["link_removed"]) == (1, 1)
    blocks = report_blocks(figures, "ko", MoneyUnit.MILLION, settings=None, closed=False, issued_on=TODAY)
    table = next(b for b in blocks if isinstance(b, Table) and b.rows and b.rows[0][0] == "작업 추가")
    assert [h for h, _w, _a in table.columns][1:] == ["전력 인입 (1차 → 2차)", "현대건설 1단계 (1차 → 2차)", "합계"]
    body, total = table.rows[:-1], table.rows[-1]
    assert total[0] == "합계" and len(body) == 9
    for row in table.rows:  # each kind: the schedules add up to its total column
        assert int(row[-1]) == int(row[1]) + int(row[2])
    for column in (1, 2, 3):  # each schedule: its kinds add up to its total row
        assert int(total[column]) == sum(int(row[column]) for row in body)
    assert [row[-1] for row in body] == ["1", "0", "1", "2", "0", "0", "1", "0", "0"]


@pytest.mark.skipif(pdftotext is None, reason="poppler-utils (pdftotext) is not installed")
def test_the_page_in_the_pdf(figures, qapp_ko, tmp_path):
    import subprocess

    from desktop.report.monthly import write_report_pdf

    pdf = tmp_path / "r.pdf"
    write_report_pdf(pdf, figures, "0" * 64, False, language="ko", issued_on=TODAY)
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    page = next(p for p in text.split("\f") if "□ 협력사 공정표 변경 검토" in p)
    assert "현대건설 1단계 (협력사 미지정): 2차 버전 접수, 기준일 2026. 9. 1." in page
    assert "최대 지연 작업: A110 터파기, +1일" in page
    assert re.search(r"연결 추가·삭제·변경\s+2\s+0\s+2", page) and re.search(r"합계\s+2\s+3\s+5", page)


def test_no_page_without_contractor_schedules(db, qapp_ko):
    from desktop.services.month_close import report_figures

    figures = report_figures(db, "2026-11", TODAY)[0]
    assert figures["contractor_reviews"] == []
    blocks = report_blocks(figures, "ko", MoneyUnit.MILLION, settings=None, closed=False, issued_on=TODAY)
    assert not any(getattr(b, "text", "") == "협력사 공정표 변경 검토" for b in blocks)
