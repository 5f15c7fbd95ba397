"""The report as the office writes it, read back with pdftotext: the 결재란 top right of page 1,
"- 1 -" page numbers, 2026. 10. 31. dates, the draft and example-data marks on every page, the
sections of a 월간 추진 현황 보고, totals equal to the sum of their printed rows, and an English
report without Korean (but the proper names)."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date

import pytest

from tests.conftest import TODAY, explain_late_milestones

pdftotext = shutil.which("pdftotext")
pytestmark = pytest.mark.skipif(pdftotext is None, reason="poppler-utils (pdftotext) is not installed")

WATERMARK_KO, DRAFT_KO = "예시 자료 — 실제 수치 아님", "초안 (마감 전)"
SECTIONS_KO = ("핵심 요약", "분야별 현황", "사업 개요", "일정 추진 현황", "사업비 예산·계약·집행 현황",
               "단계별 성과(EVM) 현황", "재원 조달 및 외국자본 30% 기준", "참여 기관별 출자 현황",
               "시설 용량 구축 현황", "기대 효과", "이달 실적 및 차월 계획", "전월 대비 변동 사항",
               "문제점 및 대책", "건의사항", "용어 설명", "붙임: 단계별 간트 차트")


def _pages(pdf) -> list[str]:
    # -nodiag: the diagonal example mark would cut through the lines of the tables; the same
    # mark is also in each page's header, as horizontal text
    text = subprocess.run([pdftotext, "-layout", "-nodiag", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [p for p in text.split("\f") if p.strip()]


@pytest.fixture(scope="module")
def reports(tmp_path_factory, templates, qapp):
    """Four reports: example data closed (Korean) and open (English), bare plan open (Korean)
    and closed (English)."""
    from db import open_database
    from desktop.report.monthly import write_report_pdf
    from desktop.services.month_close import close_month, report_figures, set_month_notes
    from desktop.services.report_inputs import report_settings, set_report_settings
    from desktop.ui.fonts import application_font, register_fonts
    from desktop.ui.i18n import install_translators

    qapp.setFont(application_font(register_fonts()))
    install_translators("ko")
    folder = tmp_path_factory.mktemp("reports")
    made = {}
    for kind in ("example", "plan"):
        path = folder / f"{kind}.sqlite"
        shutil.copyfile(templates[kind], path)
        db = open_database(path)
        if kind == "example":
            set_report_settings(db, signoff="담당, 팀장, 과장, 국장, 부시장", doc_number="AI컴퓨팅팀-123",
                                department="AI산업과", contact="홍길동 054-270-0000")
        for month in ("2026-09", "2026-10"):
            explain_late_milestones(db, month)
            set_month_notes(db, month=month, suggestions="전력 인입에 도 협조 요청", issues="변전소 부지 협의")
            close_month(db, month=month, today=TODAY)
        for month, language in (("2026-10", "ko" if kind == "example" else "en"),
                                ("2026-11", "en" if kind == "example" else "ko")):
            pdf = folder / f"{kind}-{month}-{language}.pdf"
            figures, digest, closed = report_figures(db, month, TODAY)
            write_report_pdf(pdf, figures, digest, closed, language=language, issued_on=TODAY,
                             settings=report_settings(db))
            made[(kind, month, language)] = (_pages(pdf), figures, digest)
        db.close()
    return made


def test_page_one_is_the_form_signoff_top_right(reports):
    pages, figures, digest = reports[("example", "2026-10", "ko")]
    first = pages[0].splitlines()
    boxes = next(i for i, line in enumerate(first) if "담당" in line and "국장" in line)
    title = next(i for i, line in enumerate(first) if "월간 추진 현황 보고 (2026년 10월)" in line
                 and "포항" not in line)
    assert boxes < title  # the 결재란 above the title
    line = first[boxes]
    assert re.search(r"담당\s+팀장\s+과장\s+국장\s+부시장", line)  # the office's boxes, in order
    assert line.index("담당") > len(line) // 3  # on the right of the page
    assert "결" in "".join(first[boxes - 1:boxes + 3])
    text = pages[0]
    for expected in ("문서번호", "AI컴퓨팅팀-123", "AI산업과", "홍길동 054-270-0000", "보고일", "2026. 11. 24.",
                     "기준일", "2026. 10. 31.", "마감 (수치 확정)"):
        assert expected in text, expected
    assert f"검증값(SHA-256) {digest[:16]}" in pages[-1]


def test_default_boxes_and_blank_lines_when_nothing_is_set(reports):
    pages, _f, _d = reports[("plan", "2026-11", "ko")]
    assert re.search(r"담당\s+팀장\s+과장\s+국장", pages[0])
    assert "부시장" not in pages[0]
    doc_line = next(line for line in pages[0].splitlines() if "문서번호" in line)
    assert "____" in doc_line  # a blank to fill in by hand, never an invented number


def test_page_numbers_dates_and_marks_on_every_page(reports):
    for (kind, month, language), (pages, _figures, _digest) in reports.items():
        for number, page in enumerate(pages, start=1):
            assert f"- {number} -" in page, (kind, month, language, number)
            if language == "ko":
                assert not re.search(r"\b\d{4}-\d{2}-\d{2}\b", page), page  # 2026. 10. 31., never ISO
                assert "/ 5쪽" not in page and "•" not in page
            watermark = WATERMARK_KO if language == "ko" else "EXAMPLE DATA — NOT ACTUAL FIGURES"
            draft = DRAFT_KO if language == "ko" else "DRAFT (month not closed)"
            assert (watermark in page) == (kind == "example"), (kind, month, language, number)
            assert (draft in page) == (month == "2026-11"), (kind, month, number)


def test_the_sections_of_a_monthly_report(reports):
    pages, figures, _digest = reports[("example", "2026-10", "ko")]
    text = "\n".join(pages)
    for title in SECTIONS_KO:
        assert f"□ {title}" in text or f"○ {title}" in text, title
    for expected in ("□", "○", "착공 기한(2025. 12. 31.)을 304일 넘겼으나",
                     "원인: 전력 인입 인허가 지연", "대책: 인허가 병행 추진, 차월 착공 신고", "전력 인입에 도 협조 요청",
                     "기성 가치 (EV)", "계약률", "집행률", "출자 약정액", "2026년 9월 마감 수치와 비교",
                     "MOU 체결", "2025. 6. 26.", "47,647", "(단위: 백만원)", "포항경제자유구역"):
        assert expected in text, expected
    # one delay figure: the forecast on the working day after 10-31 is not a second, larger delay
    assert "306일" not in text and "+304" in text
    # nothing derived from an unknown EV is printed as a number
    assert "BAC ÷ CPI" not in text and not re.search(r"[+-]0\.0%(?!p)", text)
    evm = next(line for line in text.splitlines() if line.strip().startswith("합계") and line.count("미정") >= 3)
    assert evm


def _amounts(line: str) -> list[int]:
    return [int(t.replace(",", "")) for t in line.split() if re.fullmatch(r"[+-]?\d{1,3}(,\d{3})*", t)]


def _table(text: str, after: str, until: str) -> list[str]:
    part = text[text.index(after):]
    return part[:part.index(until)].splitlines()


def test_printed_totals_are_the_sums_of_their_printed_rows(reports):
    pages, figures, _digest = reports[("example", "2026-10", "ko")]
    text = "\n".join(pages)
    lines = _table(text, "□ 사업비 예산·계약·집행 현황", "○ 단계별 성과")
    phases = {line.split()[0]: _amounts(line) for line in lines if re.match(r"\s*\d단계\s", line)}
    total = _amounts(next(line for line in lines if line.strip().startswith("합계")))
    assert len(phases) == 4 and len(total) == 3  # budget, contracts, spending
    for column in range(3):
        assert sum(values[column] for values in phases.values()) == total[column], column
    # phase 1's categories add up to phase 1
    start = next(i for i, line in enumerate(lines) if line.strip().startswith("1단계"))
    end = next(i for i, line in enumerate(lines) if line.strip().startswith("2단계"))
    categories = [_amounts(line) for line in lines[start + 1:end] if len(_amounts(line)) == 3]
    assert len(categories) == 8
    for column in range(3):
        assert sum(c[column] for c in categories) == phases["1단계"][column]
    assert total[0] == 2_000_000  # 2조원 in 백만원
    parties = _table(text, "○ 참여 기관별 출자 현황", "□ 시설 용량")
    rows = [_amounts(line) for line in parties if ("국내" in line or "외국" in line) and len(_amounts(line)) == 2]
    party_total = _amounts(next(line for line in parties if line.strip().startswith("합계")))
    assert len(rows) == 6 and [sum(r[i] for r in rows) for i in range(2)] == party_total


def test_english_report_has_no_korean_but_proper_names(reports):
    for key in (("example", "2026-11", "en"), ("plan", "2026-10", "en")):
        pages, figures, _digest = reports[key]
        proper = {figures["status"]["project"]["name_ko"]} | {"AI컴퓨팅팀-123", "AI산업과", "홍길동", "담당", "팀장", "과장", "국장", "부시장"}  # as the office set them
        typed = [figures["notes"][k] for k in ("notes", "risks", "issues", "suggestions")]
        typed += [r[k] for r in figures["remedies"] for k in ("cause", "plan")]
        proper |= {" ".join(typed)}  # what the office wrote is printed as written
        hangul = re.compile(r"[가-힣][가-힣A-Za-z0-9·\-]*")
        left = set()
        for page in pages:
            for word in hangul.findall(page):
                if not any(word in name for name in proper):
                    left.add(word)
        assert not left, sorted(left)[:20]
        text = "\n".join(pages)
        for expected in ("Key points", "Project overview", "Problems and measures", "Suggestions",
                         "Terms used in this report", "Earned value (EV)", "- 1 -", "24 Nov 2026"):
            assert expected in text, expected


def test_open_month_draft_and_no_check_value(reports):
    pages, _figures, digest = reports[("plan", "2026-11", "ko")]
    assert "검증값" not in "\n".join(pages) and digest[:16] not in "\n".join(pages)
    assert "예시" not in "\n".join(pages)  # the bare plan: no example mark anywhere


def test_an_older_snapshot_still_reads(reports, tmp_path, qapp):
    """A version-1 snapshot lacks the new keys: the report prints with their defaults."""
    from desktop.report.monthly import write_report_pdf

    _pages_, figures, digest = reports[("example", "2026-10", "ko")]
    old = {k: v for k, v in figures.items()
           if k not in ("example_rows", "remedies", "investment_by_party", "previous")}
    old["version"] = 1
    old["notes"] = {k: v for k, v in figures["notes"].items() if k != "suggestions"}
    old["budget"] = {**figures["budget"], "totals": {k: v for k, v in figures["budget"]["totals"].items()
                                                     if k not in ("committed_won", "eac_basis")},
                     "rows": [{k: v for k, v in r.items() if k != "eac_basis"} for r in figures["budget"]["rows"]]}
    pdf = tmp_path / "v1.pdf"
    assert write_report_pdf(pdf, old, digest, True, issued_on=date(2026, 11, 24)) >= 5
    text = "\n".join(_pages(pdf))
    assert WATERMARK_KO.split()[0] in text and "전월이 마감되지 않아" in text



def test_the_risk_page_when_the_month_has_risk_figures(reports, qapp):
    """A clean place for the schedule risk page (desktop.services.risk_report's figures)."""
    from desktop.domain.money import MoneyUnit
    from desktop.report.blocks import Table
    from desktop.report.monthly import report_blocks

    _pages_, figures, _digest = reports[("example", "2026-10", "ko")]
    risk = {"iterations": 5000, "deadlines": [
        {"name": "1단계 준공", "name_en": "Phase 1 complete", "deadline": "2027-12-31", "probability": 0.62,
         "previous_probability": 0.7, "change": -0.08, "p80": "2028-03-02"}]}
    plain = report_blocks(figures, "ko", MoneyUnit.MILLION, settings=None, closed=True, issued_on=TODAY)
    with_risk = report_blocks(figures, "ko", MoneyUnit.MILLION, settings=None, closed=True, issued_on=TODAY,
                              risk=risk)
    extra = [b for b in with_risk if isinstance(b, Table) and b.rows and b.rows[0][0] == "1단계 준공"
             and "62.0%" in b.rows[0]]
    assert len(with_risk) == len(plain) + 4 and extra
    assert extra[0].rows[0][1:] == ["2027. 12. 31.", "62.0%", "70.0%", "-8.0%p", "2028. 3. 2."]
