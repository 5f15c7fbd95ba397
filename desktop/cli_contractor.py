"""Contractors' schedules on the command line (wired into ``python -m desktop`` by
:mod:`desktop.cli` and :mod:`desktop.cli_schedule_files`).

    python -m desktop import FILE --as contractor [--schedule NAME] [--project CODE]
    python -m desktop check [--db PATH] [--schedule NAME] [--json]
    python -m desktop compare [--db PATH] --schedule NAME [--json]

The import prints what the file holds and how many of its activities the application's
engine places on the producer's own dates, then stores it as the next version of the
schedule ``NAME`` (default: the file's project name).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.engine import Database
from desktop.domain.dates import iso
from desktop.domain.errors import ValidationError
from desktop.domain.schedule_file import ScheduleFile

REASONS_KO = {
    "manual": "수동 일정", "levelled": "자원 평준화", "external_link": "다른 프로젝트와의 연결",
    "level_of_effort": "지원 작업(LOE)", "wbs_summary_activity": "WBS 요약 작업",
    "mandatory_constraint": "강제 제약", "secondary_constraint": "두 번째 제약",
    "time_of_day": "하루 중간 시각 (시간 단위 계산)", "task_calendar": "요일별 근무시간이 다른 달력",
    "rounded": "정수 작업일로 반올림", "start_milestone": "시작 마일스톤 다음 작업",
    "inherited": "선행 작업의 차이", "resource_driven": "자원 달력", "unexplained": "원인 미상",
}


def cmd_import_contractor(db: Database, path: Path, *, name: str | None, project: str | None) -> int:
    from desktop.services.contractor import import_contractor, preview_contractor

    preview = preview_contractor(db, path, name=name, project=project)
    p = preview.schedule
    print(f"협력사 공정표 파일: {preview.file_name} ({p.producer or p.format}, 프로젝트 “{p.name}”"
          f"{' ' + p.project_code if p.project_code else ''})")
    target = "새 공정표" if preview.is_new else "기존 공정표"
    print(f"저장 위치: {target} “{preview.name}”의 {preview.number}차 버전")
    print(f"내용: 작업 {preview.activities}개 (마일스톤 {preview.milestones}), WBS {preview.summaries}개, "
          f"연결 {preview.links}개, 달력 {preview.calendars}개, 기준선 {len(preview.baselines)}개")
    print(f"파일 기준: 시작 {iso(p.start) or '미정'}, 기준일 {iso(p.status_date) or '미정'}, "
          f"완료 {iso(preview.finish) or '미정'}, 하루 {p.minutes_per_day / 60:g}시간")
    report = preview.faithful
    if report is not None and report.compared:
        print(f"엔진 재계산 일치: {report.both_equal}/{report.compared}개 작업이 파일의 날짜와 같음")
        for reason, count in report.by_reason().items():
            print(f"  차이 {count}개: {REASONS_KO.get(reason, reason)}")
    changes = import_contractor(db, preview)
    extra = changes.extra
    print(f"가져왔습니다: “{extra['schedule']}” {extra['number']}차 버전 (작업 {extra['activities']}개, "
          f"연결 {extra['links']}개, 완료 {extra['finish'] or '미정'}).")
    return 0


def stored_for_check(db: Database, name: str | None, *, as_of: date) -> ScheduleFile:
    """The latest version of the stored schedule ``name``, or the plan's own schedule."""
    if name is None:
        from desktop.services.plan_file import plan_schedule_file

        return plan_schedule_file(db, as_of=as_of)
    return _versions(db, name, 1)[0]


def stored_pair(db: Database, name: str | None) -> tuple[ScheduleFile, ScheduleFile]:
    """The latest two versions of the stored schedule ``name`` (older first)."""
    if name is None:
        raise ValidationError("value_required", field="schedule")
    newer, older = _versions(db, name, 2)
    return older, newer


def _versions(db: Database, name: str, count: int) -> list[ScheduleFile]:
    from desktop.services.contractor import require_schedule
    from desktop.services.contractor_read import contractor_versions, load_version

    schedule = require_schedule(db, name)
    versions = contractor_versions(db, schedule_id=schedule["id"])
    if len(versions) < count:
        raise ValidationError("contractor_versions_too_few", name=schedule["name"], count=len(versions))
    return [load_version(db, version_id=v["id"]) for v in versions[:count]]
