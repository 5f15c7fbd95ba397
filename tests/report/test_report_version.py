"""The report's footer names the program version that printed it (an auditor can ask)."""

import pytest

from tests.report.test_monthly_report import cli, pdftotext, text_of


@pytest.mark.skipif(pdftotext is None, reason="poppler-utils (pdftotext) is not installed")
def test_every_page_carries_the_program_version(tmp_path):
    from desktop import __version__

    db, pdf = str(tmp_path / "t.sqlite"), tmp_path / "r.pdf"
    cli("report", "--db", db, "--month", "2026-10", "--out", str(pdf))
    pages = [page for page in text_of(pdf).split("\f") if page.strip()]
    assert pages and all(f"프로그램 버전 {__version__}" in page for page in pages)
