"""Korean refusals read as written Korean: no particle that depends on a value's last syllable.

“{text}”은(는) 숫자가 아닙니다 reads like a form letter, and a fixed particle after a value
(“{path}”이, {uid}로) is wrong for half of the values; the catalogue rephrases instead.
"""

import re
import xml.etree.ElementTree as ET

import pytest

from desktop.domain.errors import ConflictError, DomainError, NotFoundError
from tests.conftest import TODAY, explain_late_milestones
from tests.ui.test_i18n import TS

BOTH_PARTICLES = re.compile(r"은\(는\)|는\(은\)|이\(가\)|가\(이\)|을\(를\)|를\(을\)|과\(와\)|와\(과\)|\(으\)로")
# a placeholder ({name}, {budget:,}, %1), perhaps closed by a quote, then a particle on its own
PARTICLE_AFTER_VALUE = re.compile(r"(\{\w*(?::[^}]*)?\}|%\d+)[”’]?"
                                  r"(은|는|을|를|과|와|으로|로|이나|이며|이고|이라|이|가)(?![가-힣])")


def translations() -> list[str]:
    root = ET.parse(TS).getroot()
    return [m.find("translation").text or "" for c in root for m in c.findall("message")]


def refusal(call) -> DomainError:
    with pytest.raises(DomainError) as caught:
        call()
    return caught.value


def test_no_particle_depends_on_a_value():
    texts = translations()
    assert len(texts) > 1000  # the whole catalogue was read
    assert [t for t in texts if BOTH_PARTICLES.search(t)] == []
    assert [t for t in texts if PARTICLE_AFTER_VALUE.search(t)] == []


def test_the_checks_catch_what_they_are_for():
    assert BOTH_PARTICLES.search("“{text}”은(는) 숫자가 아닙니다.")
    assert BOTH_PARTICLES.search("비율이 %1(으)로 떨어집니다.")
    for bad in ("“{path}”이 열려 있습니다.", "UID가 {uid}로 같습니다.", "{budget:,}을 넘습니다."):
        assert PARTICLE_AFTER_VALUE.search(bad), bad
    for good in ("작업 {count}개가 있습니다.", "{phase}단계에 없습니다.", "“{path}” 파일이 큽니다.",
                 "“{name}”의 버전", "{month}에 기록이 있습니다.", "이름이 “{name}”인 그룹"):
        assert not PARTICLE_AFTER_VALUE.search(good), good


def test_refusals_in_korean(qapp_ko, db, tmp_path):
    from desktop.domain.numbers import parse_number
    from desktop.interop.mspdi_read import read_mspdi
    from desktop.services.month_close import close_month, ensure_month_open
    from desktop.ui.i18n import explain

    # input refusal: the statement, then the typed value in brackets
    typed = refusal(lambda: parse_number("열두", "installed_mw"))
    assert explain(typed) == "설치 MW: 숫자가 아닙니다(입력값 “열두”)."
    # missing item: the kind of thing, then the name
    assert explain(NotFoundError("unknown_phase", phase="7")) == "없는 단계입니다: “7”."
    # a file that cannot be read: the path and the system's reason
    folder = tmp_path / "일정.xml"
    folder.mkdir()
    unreadable = refusal(lambda: read_mspdi(folder))
    assert unreadable.code == "mspdi_unreadable"
    assert explain(unreadable) == f"파일을 읽을 수 없습니다: “{folder}” ({unreadable.params['detail']})."
    # a closed month, refused by the services themselves
    explain_late_milestones(db, "2026-10")
    close_month(db, month="2026-10", today=TODAY)
    assert explain(refusal(lambda: ensure_month_open(db, "2026-10-15"))) == \
        "2026-10: 마감된 달입니다. 수치를 바꾸려면 마감을 해제하십시오."
    assert explain(refusal(lambda: close_month(db, month="2026-10", today=TODAY))) == \
        "2026-10: 이미 마감된 달입니다."
    assert explain(ConflictError("month_not_closed", month="2026-09")) == "2026-09: 마감되지 않은 달입니다."
