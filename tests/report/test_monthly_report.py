"""The monthly report: PDF with extractable Korean, the same figures after later edits,
refusals that leave no file."""

import shutil
import subprocess
import sys
from datetime import date

import pytest



from tests.conftest import ROOT, TODAY, explain_late_milestones

pdftotext = shutil.which("pdftotext")


def cli(*args, check=True):
    import os

    """The command line at the suite's date (``--as-of``): the same figures on any day."""
    if "--as-of" not in args:
        args = (*args, "--as-of", TODAY.isoformat())
    result = subprocess.run([sys.executable, "-m", "desktop", *args], cwd=ROOT, capture_output=True,
                            text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if check:
        assert result.returncode == 0, result.stderr
    return result


def text_of(pdf) -> str:
    return subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.skipif(pdftotext is None, reason="poppler-utils (pdftotext) is not installed")
def test_closed_month_report_round_trips_and_stays_the_same(tmp_path):
    from db import open_database

    db = str(tmp_path / "t.sqlite")
    cli("example-data", "--db", db, "--as-of", "2026-11-24")
    refused = cli("close", "--db", db, "--month", "2026-10", check=False)
    assert refused.returncode == 2 and "착공 (연내 착공)" in refused.stderr and "원인과 대책" in refused.stderr
    database = open_database(db)
    explain_late_milestones(database, "2026-10")
    database.close()
    cli("close", "--db", db, "--month", "2026-10")
    first = tmp_path / "first.pdf"
    out = cli("report", "--db", db, "--month", "2026-10", "--out", str(first)).stdout
    text = text_of(first)
    for expected in ("포항 글로벌 AI컴퓨팅센터", "월간 추진 현황 보고 (2026년 10월)", "마감 (수치 확정)",
                     "착공 (연내 착공)", "2025. 12. 31.", "+304", "31.7%", "35.0%", "(단위: 백만원)",
                     "2,000,000", "결", "담당", "팀장", "과장", "국장", "검증값(SHA-256)",
                     "예시 자료 — 실제 수치 아님", "원인: 전력 인입 인허가 지연"):
        assert expected in text, expected
    digest = out.split("검증값 ")[1].strip()
    assert digest[:16] in text
    # later edits do not change the closed month's report
    cli("example-data", "--db", db, "--remove")
    second = tmp_path / "second.pdf"
    out2 = cli("report", "--db", db, "--month", "2026-10", "--out", str(second)).stdout
    assert out2.split("검증값 ")[1].strip() == digest
    assert text_of(second) == text


@pytest.mark.skipif(pdftotext is None, reason="poppler-utils (pdftotext) is not installed")
def test_english_report_and_a_month_with_no_data(tmp_path):
    db = str(tmp_path / "t.sqlite")
    pdf = tmp_path / "en.pdf"
    cli("report", "--db", db, "--month", "2025-07", "--out", str(pdf), "--lang", "en")
    text = text_of(pdf)
    assert "Monthly progress report (Jul 2025)" in text and "Pohang Global AI Computing Center" in text
    assert "No actual figures are recorded for this month." in text
    assert "Construction start (within 2025)" in text


def test_future_month_and_unwritable_path_are_refused_leaving_no_file(tmp_path):
    db = str(tmp_path / "t.sqlite")
    future = cli("report", "--db", db, "--month", "2099-01", "--out", str(tmp_path / "f.pdf"), check=False)
    assert future.returncode == 2 and "시작되지 않았습니다" in future.stderr
    missing = cli("report", "--db", db, "--month", "2026-10", "--out", str(tmp_path / "no" / "x.pdf"),
                  check=False)
    assert missing.returncode == 1 and "보고서를 쓸 수 없습니다" in missing.stderr
    assert not list(tmp_path.rglob("*.pdf"))  # nothing half-written, not even a temporary file


def test_report_in_process_writes_atomically(db, tmp_path, qapp_ko):
    from desktop.report.monthly import write_report_pdf
    from desktop.services.month_close import report_figures

    figures, digest, closed = report_figures(db, "2026-11", today=date(2026, 11, 24))
    target = tmp_path / "r.pdf"
    pages = write_report_pdf(target, figures, digest, closed, issued_on=TODAY)
    assert pages >= 3 and target.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.skipif(pdftotext is None, reason="poppler-utils (pdftotext) is not installed")
def test_printer_at_1200_dpi_lays_out_like_the_pdf(example_db, tmp_path, qapp_ko):
    """The print path (QPrinter, high resolution) scales fonts with the page: same text."""
    from PySide6.QtPrintSupport import QPrinter

    from desktop.report.monthly import paint_report, write_report_pdf
    from desktop.services.month_close import report_figures

    figures, digest, closed = report_figures(example_db, "2026-11", today=date(2026, 11, 24))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    pages = paint_report(printer, figures, digest, closed, "en", issued_on=TODAY)
    del printer
    written = tmp_path / "written.pdf"
    assert write_report_pdf(written, figures, digest, closed, language="en", issued_on=TODAY) == pages
    printed_text, written_text = text_of(printed), text_of(written)
    for expected in ("Monthly progress report", "Construction start (within 2025)", "Earned value (EV)",
                     "Sign-off", "Officer", "Director", "- 1 -"):
        assert expected in printed_text and expected in written_text
