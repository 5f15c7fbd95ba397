"""The report as .hwpx (OWPML) for 한글: a valid package whose section text carries the same
figures as the PDF.  (Not opened in 한글 here: there is no 한글 on Linux; python-hwpx's own
validator checks the XML parts.)"""

import re
import zipfile
import xml.etree.ElementTree as ET

from tests.conftest import explain_late_milestones
from tests.report.test_monthly_report import cli

REQUIRED = ("mimetype", "version.xml", "Contents/content.hpf", "Contents/header.xml",
            "Contents/section0.xml", "META-INF/container.xml")


def section_text(path) -> str:
    """The text runs (hp:t) of the body, paragraph by paragraph: what 한글 shows as text."""
    with zipfile.ZipFile(path) as package:
        root = ET.fromstring(package.read("Contents/section0.xml"))
    lines = []
    for paragraph in root.iter():
        if paragraph.tag.endswith("}p"):
            runs = [t.text or "" for t in paragraph.iter() if t.tag.endswith("}t")]
            if runs:
                lines.append("".join(runs))
    return "\n".join(lines)


def test_hwpx_package_is_valid_and_carries_the_figures(tmp_path):
    from db import open_database

    db = str(tmp_path / "t.sqlite")
    cli("example-data", "--db", db, "--as-of", "2026-11-24")
    database = open_database(db)
    explain_late_milestones(database, "2026-10")
    database.close()
    cli("close", "--db", db, "--month", "2026-10")
    out = tmp_path / "report.hwpx"
    printed = cli("report", "--db", db, "--month", "2026-10", "--out", str(out), "--format", "hwpx").stdout
    assert "표" in printed and "검증값" in printed
    with zipfile.ZipFile(out) as package:
        names = package.namelist()
        assert names[0] == "mimetype" and package.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert package.read("mimetype") == b"application/hwp+zip"
        assert set(REQUIRED) <= set(names)
        for name in names:
            if name.endswith((".xml", ".hpf", ".rdf")):
                ET.fromstring(package.read(name))  # every XML part parses
        assert any(n.startswith("BinData/") and n.endswith(".png") for n in names)  # the charts
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        from hwpx import HwpxDocument

        report = HwpxDocument.open(str(out)).validate()
    assert not report.issues, report.issues
    text = section_text(out)
    for expected in ("결재", "담당", "팀장", "과장", "국장", "월간 추진 현황 보고 (2026년 10월)", "□ 핵심 요약",
                     "□ 사업비 예산·계약·집행 현황", "□ 문제점 및 대책", "원인: 전력 인입 인허가 지연",
                     "2,000,000", "237,000", "198,633", "31.7%", "35.0%", "2026. 10. 31.", "예시 자료 — 실제 수치 아님",
                     "출자 약정액", "기성 가치 (EV)", "□ 용어 설명"):
        assert expected in text, expected
    assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", text)


def test_unwritable_hwpx_path_leaves_no_file(tmp_path):
    db = str(tmp_path / "t.sqlite")
    result = cli("report", "--db", db, "--month", "2026-10", "--out", str(tmp_path / "no" / "r.hwpx"),
                 check=False)
    assert result.returncode == 1 and "보고서를 쓸 수 없습니다" in result.stderr
    assert not list(tmp_path.rglob("*.hwpx"))
