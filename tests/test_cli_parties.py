"""The command line: parties from a sheet (all or nothing, reasons in Korean), then status."""

import json

from tests.test_cli import run


def test_import_parties_headless(tmp_path):
    db = str(tmp_path / "t.sqlite")
    bad = tmp_path / "bad.csv"
    bad.write_bytes("기관명,영문명,유형,국내외,국가,통화\n블랙록,BlackRock,기업,해외,미국,USD\n"
                    "현대건설,,기업,국내,KR,KRW\n우주개발단,,우주기관,국내,KR,\n".encode("utf-8-sig"))
    result = run("import", str(bad), "--as", "parties", "--db", db, "--as-of", "2026-11-24", check=False)
    assert result.returncode == 2
    assert "3행: 이름 (한글): “현대건설”: 이미 쓰이는 이름입니다" in result.stdout
    assert "4행: 알 수 없는 기관 구분입니다(입력값 “우주기관”)" in result.stdout
    assert "아무것도 가져오지 않았습니다" in result.stderr
    status = json.loads(run("status", "--db", db, "--as-of", "2026-11-24", "--json").stdout)
    assert len(status["participants"]) == 9  # nothing stored
    good = tmp_path / "good.csv"
    good.write_bytes("기관명,영문명,유형,국내외,국가,통화\n블랙록,BlackRock,기업,해외,미국,USD\n".encode("utf-8-sig"))
    result = run("import", str(good), "--as", "parties", "--db", db, "--as-of", "2026-11-24")
    assert "1행을 가져왔습니다" in result.stdout
    status = json.loads(run("status", "--db", db, "--as-of", "2026-11-24", "--json").stdout)
    new = status["participants"][-1]
    assert (new["name_ko"], new["foreign"], new["country"], new["currency"]) == ("블랙록", True, "US", "USD")
    again = run("import", str(good), "--as", "parties", "--db", db, "--as-of", "2026-11-24", check=False)
    assert again.returncode == 2 and "이미 쓰이는 이름입니다" in again.stdout
