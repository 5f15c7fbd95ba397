"""Headless review of contractors' schedule files (wired into ``python -m desktop`` by
:mod:`desktop.cli`).

    python -m desktop compare OLD NEW [--project CODE] [--json]   the monthly update review
    python -m desktop compare --db PATH --schedule NAME [--json]   its latest two versions
    python -m desktop check FILE [--project CODE] [--as-of D] [--json]   the DCMA 14 points
    python -m desktop check --db PATH [--schedule NAME] [--as-of D] [--json]
        the latest version of a stored contractor schedule, or (no NAME) the plan's own schedule

Files are MS Project XML (.xml) or Primavera P6 (.xer); stored schedules come from the database
(:mod:`desktop.cli_contractor`).  Refusals are ``DomainError``s (exit code 2 in the caller).
"""

from __future__ import annotations

import json

from desktop.clock import Clock
from desktop.domain.dates import iso
from desktop.domain.schedule_file import ScheduleFile

POINTS_KO = {
    "logic": "논리 누락", "leads": "리드(음수 지연)", "lags": "래그(지연)", "link_types": "관계 유형",
    "hard_constraints": "강제 제약", "high_float": "과다 여유", "negative_float": "음수 여유",
    "high_duration": "과다 기간", "invalid_dates": "잘못된 날짜", "resources": "자원 미배정",
    "missed_tasks": "기한 넘긴 작업", "critical_path_test": "주공정 시험",
    "cpli": "주공정 길이 지수(CPLI)", "bei": "기준선 실행 지수(BEI)",
}
MAX_LISTED = 10
_INDICES = ("critical_path_test", "cpli")  # a measure, not a count of activities


def load_schedule(file, project: str | None) -> ScheduleFile:
    """The schedule to review: a file (.xml or .xer)."""
    from desktop.interop.schedule_read import read_schedule_file

    return read_schedule_file(file, project=project)


def cmd_check(args, open_db) -> int:
    """``open_db()``: the database of ``--db`` (for a stored schedule or the plan's own)."""
    from desktop.domain.dcma import dcma_check

    today = Clock(args.as_of).today()
    if args.file is None:  # a stored schedule, or the plan's own
        from desktop.cli_contractor import stored_for_check

        schedule = stored_for_check(open_db(), args.schedule, as_of=today)
    else:
        schedule = load_schedule(args.file, args.project)
    points = dcma_check(schedule, as_of=today)
    if args.json:
        print(json.dumps({"file": schedule.file_name, "status_date": iso(schedule.status_date),
                          "points": [p._asdict() for p in points]}, ensure_ascii=False, indent=2))
        return 0
    print(f"{schedule.file_name} ({schedule.name}): 일정 품질 점검 (DCMA 14개 항목), "
          f"기준일 {iso(schedule.status_date) or '미정'}")
    for p in points:
        state = "해당 없음" if p.passed is None else ("통과" if p.passed else "미달")
        value = "" if p.value is None else f"값 {p.value:g}"
        counted = f"{p.count}/{p.base}건, " if p.key not in _INDICES else ""
        print(f"{p.number:>2}. {POINTS_KO[p.key]}: {state} (기준 {p.threshold}, {counted}{value})".replace(", )", ")"))
        if p.failing and not p.passed:
            more = f" 외 {len(p.failing) - MAX_LISTED}건" if len(p.failing) > MAX_LISTED else ""
            print(f"      {', '.join(p.failing[:MAX_LISTED])}{more}")
    return 0


def cmd_compare(args, open_db) -> int:
    from desktop.domain.schedule_compare import compare_schedules

    if args.old is None or args.new is None:  # the latest two versions of a stored schedule
        from desktop.cli_contractor import stored_pair

        old, new = stored_pair(open_db(), args.schedule)
    else:
        old, new = load_schedule(args.old, args.project), load_schedule(args.new, args.project)
    result = compare_schedules(old, new)
    if args.json:
        data = {"old": old.file_name, "new": new.file_name} | result.to_dict()
        print(json.dumps(data, ensure_ascii=False, indent=2))
        return 0
    print(f"공정표 변경 검토: {old.file_name} → {new.file_name}")
    finish = f"{iso(result.old_finish) or '미정'} → {iso(result.new_finish) or '미정'}"
    if result.finish_days is not None:
        finish += f" ({result.finish_days:+d}일)"
    print(f"  준공(마지막 완료일): {finish}")
    sections = [
        ("추가된 작업", [f"{r.key} {r.name}" for r in result.added]),
        ("삭제된 작업", [f"{r.key} {r.name}" for r in result.deleted]),
        ("기간 변경", [f"{c.key}: {c.old:g} → {c.new:g}일" if c.old is not None and c.new is not None
                      else f"{c.key}" for c in result.durations]),
        ("연결 추가", [f"{l.pred}→{l.succ} {l.type}{l.lag_days:+g}일" for l in result.links_added]),
        ("연결 삭제", [f"{l.pred}→{l.succ} {l.type}{l.lag_days:+g}일" for l in result.links_removed]),
        ("연결 변경", [f"{l.pred}→{l.succ}: {l.old_type}{l.old_lag_days:+g} → {l.new_type}{l.new_lag_days:+g}일"
                      for l in result.links_changed]),
        ("제약 변경", [f"{c.key}: {_constraint(c.old)} → {_constraint(c.new)}" for c in result.constraints]),
        ("달력 변경", [f"{c.key}: {c.old} → {c.new}" for c in result.task_calendars]
         + [f"달력 “{name}” 내용" for name in result.calendars_changed]),
        ("일정 이동", [f"{m.key}: 시작 {m.start_days:+d}일, 완료 {m.finish_days:+d}일"
                      for m in result.dates_moved if m.start_days is not None and m.finish_days is not None]),
        ("이번 기간 진척", [f"{g.key}: {g.old_percent:g}% → {g.new_percent:g}%" for g in result.progress]),
        ("여유 감소", [f"{c.key}: {c.old:g} → {c.new:g}일" for c in result.float_eroded]),
        ("주요 일정(마일스톤) 이동", [f"{m.key} {m.name}: {iso(m.old_finish)} → {iso(m.new_finish)}"
                                  for m in result.milestones_moved]),
    ]
    for title, lines in sections:
        print(f"  {title}: {len(lines)}건")
        for line in lines[:MAX_LISTED]:
            print(f"    {line}")
        if len(lines) > MAX_LISTED:
            print(f"    … 외 {len(lines) - MAX_LISTED}건")
    joined = sorted(set(result.critical_after) - set(result.critical_before))
    left = sorted(set(result.critical_before) - set(result.critical_after))
    print(f"  주공정: 이전 {len(result.critical_before)}개, 이후 {len(result.critical_after)}개 작업 "
          f"(새로 주공정 {len(joined)}, 주공정에서 빠짐 {len(left)})")
    return 0


def _constraint(value) -> str:
    kind, on = value
    return kind.upper() + (f" {on.isoformat()}" if on else "")
