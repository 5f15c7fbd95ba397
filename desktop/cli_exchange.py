"""Headless import and export (wired into ``python -m desktop`` by :mod:`desktop.cli`).

    python -m desktop import [--db PATH] FILE [--as schedule|baseline] [--phase N]
    python -m desktop export [--db PATH] --format mspdi|xlsx|csv --out FILE [--table NAME]

Both print a Korean summary and return the exit code; refusals are ``DomainError``s, which
the caller explains and turns into exit code 2.  Tables for .xlsx/.csv come from
:data:`desktop.services.table_exports.TABLES`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.engine import Database
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.interop.tables import write_table
from desktop.services.exchange import ImportPreview, export_mspdi, import_mspdi, preview_mspdi
from desktop.services.table_exports import TABLES

MAX_DIFFERENCES_SHOWN = 20

UNSUPPORTED_KO = {
    "resources": "자원", "assignments": "자원 배정", "outline_codes": "개요 코드",
    "custom_fields": "사용자 지정 필드 값", "manual_tasks": "수동 일정 작업 (자동 일정으로 가져옴)",
    "inactive_tasks": "비활성 작업 (활성으로 가져옴)", "recurring_tasks": "되풀이 작업",
    "subprojects": "하위 프로젝트", "task_calendars": "작업별 달력", "timephased_data": "시간별 분배 값",
    "external_tasks": "외부 작업", "cross_project_links": "다른 프로젝트와의 연결",
    "percent_lags": "백분율 지연 (0일로)", "weekly_pattern": "월~금이 아닌 주간 근무 (월~금으로)",
    "work_weeks": "기간별 근무 주", "recurring_exceptions": "상대 반복 예외 (예: 둘째 월요일)",
    "calendar_ranges_too_long": "너무 긴 달력 예외 범위",
}
NOTICES_KO = {
    "blank_rows": "빈 행 (건너뜀)", "actuals_inconsistent": "시작·완료와 맞지 않는 실제 날짜 (무시)",
    "constraint_date_missing": "날짜 없는 제약 (가능한 빨리로)", "duplicate_links": "중복 연결 (하나만)",
    "elapsed_lags": "경과 시간 지연 (작업일로 환산 ×5/7)", "durations_rounded": "기간 반올림 (정수 작업일)",
    "lags_rounded": "지연 반올림 (정수 작업일)", "milestone_durations_dropped": "기간이 있는 마일스톤 (기간 0)",
    "dates_inconsistent": "완료가 시작보다 앞선 날짜 (무시)", "contacts_unmatched": "참여자와 맞지 않는 담당자",
    "names_missing": "이름 없는 작업", "costs_out_of_range": "범위를 벗어난 비용 (무시)",
    "baselines_inconsistent": "맞지 않는 기준선 행 (무시)",
    "milestones_unscheduled": "연결·제약·실적이 없어 일정이 정해지지 않는 마일스톤",
}


# --------------------------------------------------------------------------- import
def cmd_import(db: Database, path: str | Path, as_what: str = "schedule",
               phase_number: int | None = None, *, as_of: date) -> int:
    """Preview ``path``, print what it holds and what the engine thinks of its dates, import it."""
    phase_id = _phase_id(db, phase_number)
    preview = preview_mspdi(db, path, as_what=as_what, phase_id=phase_id, as_of=as_of)
    for line in preview_lines(preview):
        print(line)
    changes = import_mspdi(db, preview)
    extra = changes.extra
    if as_what == "schedule":
        baseline = f", 기준선 “{extra['baseline']}”" if extra.get("baseline") else ""
        print(f"가져왔습니다: 작업 {extra['tasks']}개, 연결 {extra['links']}개, "
              f"달력 예외 {extra['calendar_exceptions']}일{baseline}.")
    else:
        print(f"기준선 “{extra['baseline']}”을 저장했습니다: 작업 {extra['tasks']}개"
              f" (일치하지 않은 작업 {extra['unmatched']}개).")
    return 0


def preview_lines(preview: ImportPreview) -> list[str]:
    """The preview in Korean, as the command line prints it."""
    p = preview.project
    lines = [f"MS Project 파일: {preview.file_name} (프로젝트 “{p.name}”"
             f"{', 통화 ' + preview.currency if preview.currency else ''})"]
    if preview.as_what == "schedule":
        lines.append(f"가져올 내용: 작업 {preview.tasks}개 (요약 {preview.summaries}, 마일스톤 "
                     f"{preview.milestones}), 연결 {preview.links}개, 기준선 {preview.baseline_rows}행, "
                     f"달력 예외 {preview.calendar_exceptions}일 (이미 있거나 필요 없는 {preview.calendar_skipped}일 제외)")
        if preview.currency and preview.currency.upper() not in ("KRW", "₩", "\\"):
            lines.append(f"비용은 파일의 통화({preview.currency}) 금액 그대로 원으로 가져옵니다 (환산하지 않음).")
    else:
        lines.append(f"기준선으로 가져오기: 일치한 작업 {len(preview.matched)}개, "
                     f"일치하지 않은 작업 {len(preview.unmatched)}개")
        lines.extend(f"  일치 없음: UID {uid} “{name}”"
                     for uid, name in preview.unmatched[:MAX_DIFFERENCES_SHOWN])
    if preview.unsupported:
        lines.append("가져오지 않는 항목: " + ", ".join(
            f"{UNSUPPORTED_KO.get(k, k)} {n}" for k, n in sorted(preview.unsupported.items())))
    if preview.notices:
        lines.append("바꾸거나 무시한 항목: " + ", ".join(
            f"{NOTICES_KO.get(k, k)} {n}" for k, n in sorted(preview.notices.items())))
    if preview.differences:
        lines.append(f"파일의 날짜가 앱의 계산과 다른 작업 {len(preview.differences)}개:")
        for d in preview.differences[:MAX_DIFFERENCES_SHOWN]:
            lines.append(f"  UID {d.uid} “{d.name}”: 파일 {_day(d.file_start)} ~ {_day(d.file_finish)},"
                         f" 앱 {_day(d.app_start)} ~ {_day(d.app_finish)}")
        if len(preview.differences) > MAX_DIFFERENCES_SHOWN:
            lines.append(f"  … 외 {len(preview.differences) - MAX_DIFFERENCES_SHOWN}개")
    else:
        lines.append("파일의 날짜가 앱의 계산과 모두 같습니다.")
    return lines


def _phase_id(db: Database, number: int | None) -> int | None:
    if number is None:
        return None
    from db.project import load_phases

    phase = next((p for p in load_phases(db) if p.number == number), None)
    if phase is None:
        raise NotFoundError("unknown_phase", phase=number)
    return phase.id


def _day(value: date | None) -> str:
    return value.isoformat() if value else "-"


# --------------------------------------------------------------------------- export
def cmd_export(db: Database, fmt: str, out: str | Path, table: str | None = None, *,
               as_of: date) -> int:
    """Write the schedule as MS Project XML, or one table as .xlsx/.csv."""
    out = Path(out)
    if fmt == "mspdi":
        project = export_mspdi(db, out, as_of)
        print(f"MS Project XML로 내보냈습니다: {out} (작업 {len(project.tasks)}개, 연결 {len(project.links)}개)")
        return 0
    if fmt not in ("xlsx", "csv"):
        raise ValidationError("export_format_unknown", format=fmt)
    name = table or "tasks"
    builder = TABLES.get(name)
    if builder is None:
        raise ValidationError("export_table_unknown", table=name, tables=", ".join(TABLES))
    if out.suffix.lower() != f".{fmt}":
        raise ValidationError("export_extension_mismatch", path=str(out), format=fmt)
    data = builder(db, as_of)
    try:
        write_table(data, out)
    except OSError as error:
        raise ValidationError("export_failed", path=str(out), detail=error.strerror or str(error)) from None
    print(f"“{data.title}” 표를 {fmt}로 내보냈습니다: {out} ({len(data.rows)}행)")
    return 0
