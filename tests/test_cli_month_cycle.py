"""Three months of the office's work through the command line alone, from the bare plan:
budget lines, a contract, a foreign investor's commitment and payment, costs, progress and a
capacity measurement each month, each month closed; each closed month keeps its own earned
value, and later months change nothing in the reports of earlier ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import ROOT

MONTHS = [("2026-09", "2026-09-30"), ("2026-10", "2026-10-31"), ("2026-11", "2026-11-24")]


def cli(*args, as_of: str):
    result = subprocess.run([sys.executable, "-m", "desktop", *args, "--as-of", as_of], cwd=ROOT,
                            capture_output=True, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def sheet(folder, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8-sig")
    return str(path)


def test_three_months_through_the_command_line(tmp_path):
    db = str(tmp_path / "office.sqlite")
    first_as_of = MONTHS[0][1]
    cli("import", sheet(tmp_path, "lines.csv", "단계,분류,항목명,실행예산,시작월,종료월,배분\n"
                                                 "1단계,건축,본관,1200억,2026-01,2027-12,균등\n"
                                                 "1단계,전력,수변전,480억,2026-06,2027-05,균등\n"),
        "--db", db, "--as", "budget", as_of=first_as_of)
    cli("import", sheet(tmp_path, "contracts.csv", "단계,분류,항목명,계약상대,계약명,계약금액,계약일\n"
                                                     "1단계,건축,본관,현대건설,본관 공사,900억,2026-02-02\n"),
        "--db", db, "--as", "contracts", as_of=first_as_of)
    cli("import", sheet(tmp_path, "commit.csv", "기관,약정일,금액,통화,환율\n"
                                                  "텐서웨이브,2026-09-01,100000000,USD,1400\n"),
        "--db", db, "--as", "commitments", as_of=first_as_of)
    digests, ev = {}, {}
    percents = {"2026-09": (10, 5), "2026-10": (20, 15), "2026-11": (30, 25)}
    for month, as_of in MONTHS:
        cli("import", sheet(tmp_path, f"costs-{month}.csv", "단계,분류,항목명,집행월,금액\n"
                                                            f"1단계,건축,본관,{month},60억\n"
                                                            f"1단계,전력,수변전,{month},30억\n"),
            "--db", db, "--as", "costs", as_of=as_of)
        building, power = percents[month]
        cli("import", sheet(tmp_path, f"progress-{month}.csv", "단계,분류,항목명,측정일,진척률\n"
                                                               f"1단계,건축,본관,{as_of},{building}\n"
                                                               f"1단계,전력,수변전,{as_of},{power}\n"),
            "--db", db, "--as", "progress", as_of=as_of)
        cli("import", sheet(tmp_path, f"pay-{month}.csv", "기관,납입일,금액,환율\n"
                                                          f"텐서웨이브,{as_of},10000000,1400\n"),
            "--db", db, "--as", "payments", as_of=as_of)
        cli("import", sheet(tmp_path, f"cap-{month}.csv", "단계,측정일,설치용량,가동용량,GPU\n"
                                                          f"1단계,{as_of},{2 * MONTHS.index((month, as_of)) + 2},1,0\n"),
            "--db", db, "--as", "capacity", as_of=as_of)
        cli("import", sheet(tmp_path, f"remedies-{month}.csv", "월,마일스톤,원인,대책\n"
                                                               f"{month},1.1,부지 인허가 지연,인허가 병행 처리\n"),
            "--db", db, "--as", "remedies", as_of=as_of)  # the late construction start: why, and how
        status = json.loads(cli("status", "--db", db, "--json", as_of=as_of))
        ev[month] = status["budget"]
        digests[month] = cli("close", "--db", db, "--month", month, as_of=as_of).split("검증값 ")[1].strip()
    # each month has its own earned value, CPI and SPI (not the latest one's)
    expected_ev = {m: 120_000_000_000 * b // 100 + 48_000_000_000 * p // 100 for m, (b, p) in percents.items()}
    assert {m: figures["ev_won"] for m, figures in ev.items()} == expected_ev
    assert {m: figures["ac_won"] for m, figures in ev.items()} == {
        "2026-09": 9_000_000_000, "2026-10": 18_000_000_000, "2026-11": 27_000_000_000}
    for month, figures in ev.items():
        assert figures["cpi"] == figures["ev_won"] / figures["ac_won"]
        assert figures["spi"] == figures["ev_won"] / figures["pv_won"]
    # the reports of the closed months are their snapshots: unchanged by the later months
    for month, as_of in MONTHS:
        out = cli("report", "--db", db, "--month", month, "--out", str(tmp_path / f"{month}.pdf"),
                  as_of="2026-11-24")
        assert out.split("검증값 ")[1].strip() == digests[month], month
