"""One XER activity (a ``TASK`` row) as a :class:`FileTask`, the lag calendar rule, loops."""

from __future__ import annotations

from datetime import date

from desktop.domain.calendar import WorkCalendar
from desktop.domain.cpm_model import LinkInput, LinkType, ScheduleLoopError, TaskInput
from desktop.domain.cpm_network import build_network
from desktop.domain.cpm_passes import forward
from desktop.domain.errors import ValidationError
from desktop.domain.schedule_file import FileTask, ScheduleFile
from desktop.interop.xer_tables import XerTables
from desktop.interop.xer_values import finish_date

CONSTRAINTS = {
    "CS_MSO": ("mso", False), "CS_MSOA": ("snet", False), "CS_MSOB": ("snlt", False),
    "CS_MEO": ("mfo", False), "CS_MEOA": ("fnet", False), "CS_MEOB": ("fnlt", False),
    "CS_ALAP": ("alap", False), "CS_MANDSTART": ("mso", True), "CS_MANDFIN": ("mfo", True),
}
_FINISH_CONSTRAINTS = ("mfo", "fnet", "fnlt")
MILESTONES = ("TT_Mile", "TT_FinMile")
SPANNING = ("TT_LOE", "TT_WBS")  # level of effort, WBS summary: dates span other activities


def read_activity(build, row: dict[str, str], line: int,
                  critical_rule: tuple[str, float]) -> FileTask:
    """``build`` is the :class:`desktop.interop.xer_build._Build` reading the file."""
    p = build.p
    number = lambda name: build._number(row, name, "TASK", line)  # noqa: E731
    moment = lambda name: build._datetime(row, name, "TASK", line)  # noqa: E731
    uid_text = row["task_id"].strip()
    if not uid_text.isdigit():
        raise ValidationError("xer_value_invalid", path=build.file_name, line=line, table="TASK",
                              field="task_id", value=uid_text[:40])
    calendar_uid = row.get("clndr_id") or None
    if calendar_uid is not None and calendar_uid not in p.calendars:
        p.count("notices", "task_calendars_missing")
        calendar_uid = None
    hours = build._hours_per_day(calendar_uid)
    kind = row["task_type"]
    target = number("target_drtn_hr_cnt")
    remaining = number("remain_drtn_hr_cnt")
    actual_start, actual_end = moment("act_start_date"), moment("act_end_date")
    # P6's Start/Finish of unfinished work are the remaining early dates (the levelled dates
    # after resource levelling); the early dates are logic's (used when the others are empty)
    rest_start, rest_end = moment("restart_date"), moment("reend_date")
    early_start = moment("early_start_date") or rest_start
    early_end = moment("early_end_date") or rest_end
    late_start = moment("late_start_date") or moment("rem_late_start_date")
    late_end = moment("late_end_date") or moment("rem_late_end_date")
    status = row.get("status_code", "")
    task = FileTask(
        uid=int(uid_text), name=(row.get("task_name") or "").strip(), code=row["task_code"].strip(),
        is_milestone=kind in MILESTONES, is_level_of_effort=kind == "TT_LOE",
        is_start_milestone=kind == "TT_Mile",
        duration_days=0.0 if kind in MILESTONES else (None if target is None else target / hours),
        remaining_days=None if remaining is None else remaining / hours,
        calendar_uid=calendar_uid,
        actual_start=actual_start.date() if actual_start else None,
        actual_finish=finish_date(actual_end, actual_start),
        early_start=early_start.date() if early_start else None,
        early_finish=finish_date(early_end, early_start),
        late_start=late_start.date() if late_start else None,
        late_finish=finish_date(late_end, late_start))
    if kind == "TT_Mile" and actual_start is not None and actual_end is None:
        task.actual_finish = task.actual_start  # a start milestone has only a start
    task.start = task.actual_start or (rest_start.date() if rest_start else task.early_start)
    task.finish = task.actual_finish or (finish_date(rest_end, rest_start) if rest_end else task.early_finish)
    levelled = actual_start is None and (task.start, task.finish) != (task.early_start, task.early_finish)
    if kind == "TT_Mile" and task.finish is None:
        task.finish = task.start
    if kind == "TT_FinMile" and task.start is None:
        task.start = task.finish
    task.percent_complete = _percent(row, number, target, remaining, status)
    total, free = number("total_float_hr_cnt"), number("free_float_hr_cnt")
    task.total_float_days = None if total is None else total / hours
    task.free_float_days = None if free is None else free / hours
    done = status == "TK_Complete"
    rule, threshold = critical_rule
    if rule == "CT_DrivPath" and "driving_path_flag" in row:
        task.is_critical = row.get("driving_path_flag") == "Y" and not done
    elif total is not None:
        task.is_critical = total <= threshold and not done
    elif done:
        task.is_critical = False
    _constraints(build, task, row, line)
    approximations = ["levelled"] if levelled else []
    if actual_start is None and _within_a_day(p.calendar_of(task), rest_start or early_start,
                                              rest_end or early_end, kind):
        approximations.append("time_of_day")
    if kind in SPANNING:
        approximations.append("level_of_effort" if kind == "TT_LOE" else "wbs_summary_activity")
        p.count("unsupported", approximations[-1])
    if (row.get("cstr_type") or "") in CONSTRAINTS and CONSTRAINTS[row["cstr_type"]][1]:
        approximations.append("mandatory_constraint")
    if row.get("cstr_type2"):
        approximations.append("secondary_constraint")
    if row.get("external_early_start_date") or row.get("external_late_end_date"):
        approximations.append("external_link")  # dates held by a project not in the file
    task.approximations = tuple(approximations)
    return task


def _within_a_day(calendar, start, finish, kind: str) -> bool:
    """The remaining work starts after its day's first working minute or ends before its day's
    last (P6 counts hours; the engine whole days): e.g. work resumed at a data date of 09:40."""
    def minute(moment):
        return moment.hour * 60 + moment.minute

    hours = calendar.day_hours
    if start is not None and kind != "TT_FinMile" and start.weekday() in hours \
            and minute(start) != hours[start.weekday()][0]:
        return True
    return finish is not None and kind != "TT_Mile" and finish.weekday() in hours \
        and minute(finish) != hours[finish.weekday()][1] and not (minute(finish) == 0 and finish != start)


def _percent(row, number, target, remaining, status) -> float:
    if status == "TK_Complete":
        return 100.0
    kind = row.get("complete_pct_type") or "CP_Drtn"
    if kind == "CP_Phys":
        value = number("phys_complete_pct") or 0.0
    elif kind == "CP_Units":
        done = (number("act_work_qty") or 0.0) + (number("act_equip_qty") or 0.0)
        left = (number("remain_work_qty") or 0.0) + (number("remain_equip_qty") or 0.0)
        value = 100 * done / (done + left) if done + left > 0 else 0.0
    else:  # duration % complete: the share of the original duration no longer remaining
        value = 100 * (target - (remaining or 0.0)) / target if target else 0.0
        if status == "TK_NotStart":
            value = 0.0
    return min(100.0, max(0.0, value))


def _constraints(build, task: FileTask, row: dict[str, str], line: int) -> None:
    code = row.get("cstr_type") or ""
    if not code:
        return
    if code not in CONSTRAINTS:
        build.p.count("unsupported", "constraints_unknown")
        return
    kind, approximate = CONSTRAINTS[code]
    build.p.count("notices", "constraints_approximated", approximate)
    if kind == "alap":
        task.constraint_type = kind
        return
    moment = build._datetime(row, "cstr_date", "TASK", line)
    if moment is None:
        build.p.count("notices", "constraint_date_missing")
        return
    task.constraint_type = kind
    task.constraint_on = finish_date(moment, None) if kind in _FINISH_CONSTRAINTS else moment.date()
    if row.get("cstr_type2"):
        build.p.count("notices", "secondary_constraints")


def lag_calendar(tables: XerTables, proj_id: str) -> tuple[str, bool]:
    """The calendar P6 counts this project's lags on (``rcal_Predecessor`` by default), and
    whether in-progress work keeps its logic (retained logic, P6's default) or ignores it
    (progress override)."""
    for row in tables.get("SCHEDOPTIONS").rows:
        if row.get("proj_id") == proj_id:
            return (row.get("sched_calendar_on_relationship_lag") or "rcal_Predecessor",
                    row.get("sched_retained_logic", "Y") != "N")
    return "rcal_Predecessor", True


def check_loops(p: ScheduleFile, lines: dict[tuple[int, int], int], file_name: str) -> None:
    """Refuse links that form a loop, naming its activities and one of its lines (the
    engine's own loop finder, on the activities alone)."""
    activities = [TaskInput(id=t.uid) for t in p.tasks if not t.is_summary]
    links = [LinkInput(l.pred_uid, l.succ_uid, LinkType(l.type)) for l in p.links]
    calendar = WorkCalendar(country=None)
    try:  # the engine's forward walk finds loops as it orders the activities
        forward(build_network(activities, links, calendar, date(2000, 1, 3), None), calendar)
    except ScheduleLoopError as error:
        codes = {t.uid: t.code or str(t.uid) for t in p.tasks}
        ids = error.task_ids
        pairs = list(zip(ids, ids[1:] + ids[:1]))
        line = min((lines[pair] for pair in pairs if pair in lines), default="?")
        raise ValidationError("xer_loop", path=file_name, line=line,
                              activities=" → ".join(codes[i] for i in ids[:10])) from None
