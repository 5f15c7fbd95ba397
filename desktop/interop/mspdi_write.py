"""Write MS Project XML (MSPDI) that MS Project 2010 and later open: ``write_mspdi(project, path)``.

Plain data in (:class:`desktop.interop.mspdi_model.MspdiProject`), a file out, written whole or
not at all.  Elements follow the order of Microsoft's schema (MS Project refuses files that do
not).  What is written:

* the project: SaveVersion 14, Name (the file name), Title, StartDate, status date, KRW with
  no decimals, 480 minutes a day, 2,400 a week, 20 days a month, automatic scheduling;
* one "Standard" base calendar, Monday–Friday 08:00–12:00 and 13:00–17:00, with the
  exceptions both as Project 2007+ ``Exceptions`` and as legacy ``WeekDay`` entries;
* tasks in outline order with UID, ID, Name, Contact, WBS, OutlineNumber/Level, Start,
  Finish, Duration (``PT40H0M0S``; elapsed days as 24 h, DurationFormat 8), Milestone,
  Summary, FixedCost/Cost (hundredths of a won, leaves only: MS Project rolls summaries up),
  % complete, actual dates, constraint and deadline, notes, predecessor links (lag in
  tenths of a minute), the English name in Text1 (alias "Name (English)") and baselines.

Dates get MS Project's default times: starts 08:00, finishes 17:00 (a milestone: 08:00).
Fields left at MS Project's defaults are not written (active, not null, priority 500, task type
and fixed-cost accrual from the project, no task calendar, links within the project).
"""

from __future__ import annotations

import os
import re
import tempfile
from datetime import date, timedelta
from itertools import groupby
from pathlib import Path

from desktop.interop.mspdi_model import (
    CONSTRAINTS, LINK_TYPES, NAME_EN_ALIAS, NAME_EN_FIELD_ID, NAMESPACE, MspdiException,
    MspdiLink, MspdiProject, MspdiTask,
)

MINUTES_PER_DAY = 480
_CONSTRAINT_CODE = {name: code for code, name in CONSTRAINTS.items()}
_LINK_CODE = {name: code for code, name in LINK_TYPES.items()}
_FINISH_CONSTRAINTS = {"fnet", "fnlt", "mfo"}
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_WORKING_TIMES = ("<WorkingTimes><WorkingTime><FromTime>08:00:00</FromTime><ToTime>12:00:00</ToTime>"
                  "</WorkingTime><WorkingTime><FromTime>13:00:00</FromTime><ToTime>17:00:00</ToTime>"
                  "</WorkingTime></WorkingTimes>")


def write_mspdi(project: MspdiProject, path: str | os.PathLike) -> Path:
    """Write ``project`` to ``path`` through a temporary file renamed into place."""
    path = Path(path)
    data = mspdi_bytes(project)
    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path


def mspdi_bytes(project: MspdiProject) -> bytes:
    out: list[str] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
                      f'<Project xmlns="{NAMESPACE}">']
    _project_fields(project, out)
    if any(t.name_en for t in project.tasks):
        out.append(f"<ExtendedAttributes><ExtendedAttribute><FieldID>{NAME_EN_FIELD_ID}</FieldID>"
                   f"<FieldName>Text1</FieldName><Alias>{_text(NAME_EN_ALIAS)}</Alias>"
                   "</ExtendedAttribute></ExtendedAttributes>")
    _calendar(project, out)
    out.append("<Tasks>")
    preds: dict[int, list[MspdiLink]] = {}
    for link in project.links:
        preds.setdefault(link.succ_uid, []).append(link)
    numbers: list[int] = []
    for row, task in enumerate(project.tasks, start=1):
        level = max(1, task.outline_level)
        del numbers[level:]
        numbers.extend([0] * (level - len(numbers)))
        numbers[level - 1] += 1
        _task(task, row, ".".join(map(str, numbers)), preds.get(task.uid, ()), out)
    out.append("</Tasks></Project>\n")
    return "".join(out).encode("utf-8")


# --------------------------------------------------------------------------- the project
def _project_fields(p: MspdiProject, out: list[str]) -> None:
    start = p.start or min((t.start for t in p.tasks if t.start), default=None) or p.status_date
    finish = p.finish or max((t.finish for t in p.tasks if t.finish), default=None)
    add = out.append
    add("<SaveVersion>14</SaveVersion>")
    add(f"<Name>{_text(p.file_name or 'project.xml')}</Name>")
    if p.name:
        add(f"<Title>{_text(p.name)}</Title>")
    add("<ScheduleFromStart>1</ScheduleFromStart>")
    if start:  # a plan with no date at all has no start to write
        add(f"<StartDate>{_start(start)}</StartDate>")
    if finish:
        add(f"<FinishDate>{_finish(finish)}</FinishDate>")
    add("<FYStartDate>1</FYStartDate><CriticalSlackLimit>0</CriticalSlackLimit>"
        "<CurrencyDigits>0</CurrencyDigits><CurrencySymbol>₩</CurrencySymbol>"
        f"<CurrencyCode>{_text((p.currency or 'KRW')[:3])}</CurrencyCode>"
        "<CurrencySymbolPosition>0</CurrencySymbolPosition><CalendarUID>1</CalendarUID>"
        "<DefaultStartTime>08:00:00</DefaultStartTime><DefaultFinishTime>17:00:00</DefaultFinishTime>"
        f"<MinutesPerDay>{MINUTES_PER_DAY}</MinutesPerDay>"
        f"<MinutesPerWeek>{MINUTES_PER_DAY * 5}</MinutesPerWeek>"
        "<DaysPerMonth>20</DaysPerMonth><DefaultTaskType>1</DefaultTaskType>"
        "<DefaultFixedCostAccrual>3</DefaultFixedCostAccrual><DurationFormat>7</DurationFormat>"
        "<WorkFormat>2</WorkFormat><EditableActualCosts>0</EditableActualCosts>"
        "<HonorConstraints>0</HonorConstraints><NewTasksEffortDriven>0</NewTasksEffortDriven>"
        "<NewTasksEstimated>0</NewTasksEstimated>")
    if p.status_date:
        add(f"<StatusDate>{_finish(p.status_date)}</StatusDate>")
    add("<NewTasksAreManual>0</NewTasksAreManual>")


# --------------------------------------------------------------------------- the calendar
def _calendar(p: MspdiProject, out: list[str]) -> None:
    add = out.append
    add(f"<Calendars><Calendar><UID>1</UID><Name>{_text(p.calendar.name or 'Standard')}</Name>"
        "<IsBaseCalendar>1</IsBaseCalendar><BaseCalendarUID>-1</BaseCalendarUID><WeekDays>")
    for day_type in range(1, 8):  # 1 = Sunday ... 7 = Saturday
        if 2 <= day_type <= 6:
            add(f"<WeekDay><DayType>{day_type}</DayType><DayWorking>1</DayWorking>{_WORKING_TIMES}</WeekDay>")
        else:
            add(f"<WeekDay><DayType>{day_type}</DayType><DayWorking>0</DayWorking></WeekDay>")
    ranges = _ranges(p.calendar.exceptions)
    for first, last, working, _name in ranges:  # Project 2003 and earlier
        add(f"<WeekDay><DayType>0</DayType><DayWorking>{int(working)}</DayWorking><TimePeriod>"
            f"<FromDate>{first.isoformat()}T00:00:00</FromDate><ToDate>{last.isoformat()}T23:59:00</ToDate>"
            f"</TimePeriod>{_WORKING_TIMES if working else ''}</WeekDay>")
    add("</WeekDays>")
    if ranges:
        add("<Exceptions>")
        for first, last, working, name in ranges:
            add("<Exception><EnteredByOccurrences>0</EnteredByOccurrences><TimePeriod>"
                f"<FromDate>{first.isoformat()}T00:00:00</FromDate>"
                f"<ToDate>{last.isoformat()}T23:59:00</ToDate>"
                f"</TimePeriod><Occurrences>1</Occurrences><Name>{_text(name)}</Name><Type>1</Type>"
                f"<DayWorking>{int(working)}</DayWorking>{_WORKING_TIMES if working else ''}</Exception>")
        add("</Exceptions>")
    add("</Calendar></Calendars>")


def _ranges(exceptions: list[MspdiException]) -> list[tuple[date, date, bool, str]]:
    """Consecutive days of the same kind and name as one range (MS Project wants them sorted)."""
    days = sorted({e.on: e for e in exceptions}.values(), key=lambda e: e.on)
    ranges: list[tuple[date, date, bool, str]] = []
    for (working, name), group in groupby(days, key=lambda e: (e.is_working, e.name)):
        run: list[date] = []
        for e in group:
            if run and e.on != run[-1] + timedelta(days=1):
                ranges.append((run[0], run[-1], working, name))
                run = []
            run.append(e.on)
        ranges.append((run[0], run[-1], working, name))
    return sorted(ranges)


# --------------------------------------------------------------------------- tasks
def _task(t: MspdiTask, row: int, outline_number: str, links, out: list[str]) -> None:
    milestone = t.is_milestone
    add = out.append
    add(f"<Task><UID>{t.uid}</UID><ID>{row}</ID><Name>{_text(t.name)}</Name><Manual>0</Manual>")
    if t.contact:
        add(f"<Contact>{_text(t.contact)}</Contact>")
    if t.wbs:
        add(f"<WBS>{_text(t.wbs)}</WBS>")
    add(f"<OutlineNumber>{outline_number}</OutlineNumber>"
        f"<OutlineLevel>{max(1, t.outline_level)}</OutlineLevel>")
    if t.start:
        add(f"<Start>{_start(t.start)}</Start>")
    if t.finish:
        add(f"<Finish>{_start(t.finish) if milestone else _finish(t.finish)}</Finish>")
    if t.duration_days is not None and not t.is_summary:
        add(f"<Duration>{_duration(t.duration_days, t.duration_elapsed)}</Duration>"
            f"<DurationFormat>{8 if t.duration_elapsed else 7}</DurationFormat>")
    add(f"<Estimated>0</Estimated><Milestone>{int(milestone)}</Milestone>"
        f"<Summary>{int(t.is_summary)}</Summary>")
    if t.cost_won is not None and not t.is_summary:
        add(f"<FixedCost>{t.cost_won * 100}</FixedCost>")
    add(f"<PercentComplete>{int(round(t.percent_complete))}</PercentComplete>")
    if t.cost_won is not None and not t.is_summary:
        add(f"<Cost>{t.cost_won * 100}</Cost>")
    if t.actual_start:
        add(f"<ActualStart>{_start(t.actual_start)}</ActualStart>")
    if t.actual_finish:
        stamp = _start(t.actual_finish) if milestone else _finish(t.actual_finish)
        add(f"<ActualFinish>{stamp}</ActualFinish>")
    add(f"<ConstraintType>{_CONSTRAINT_CODE.get(t.constraint_type, 0)}</ConstraintType>")
    if t.constraint_on and t.constraint_type not in ("asap", "alap"):
        stamp = _finish(t.constraint_on) if t.constraint_type in _FINISH_CONSTRAINTS and not milestone \
            else _start(t.constraint_on)
        add(f"<ConstraintDate>{stamp}</ConstraintDate>")
    if t.deadline_on:
        add(f"<Deadline>{_finish(t.deadline_on)}</Deadline>")
    if t.notes:
        add(f"<Notes>{_text(t.notes)}</Notes>")
    for link in links:
        if link.elapsed_days is not None:
            lag, lag_format = round(link.elapsed_days * 1440 * 10), 8
        else:
            lag, lag_format = round(link.lag_days * MINUTES_PER_DAY * 10), 7
        add(f"<PredecessorLink><PredecessorUID>{link.pred_uid}</PredecessorUID>"
            f"<Type>{_LINK_CODE[link.type]}</Type>"
            f"<LinkLag>{lag}</LinkLag><LagFormat>{lag_format}</LagFormat></PredecessorLink>")
    if t.name_en:
        add(f"<ExtendedAttribute><FieldID>{NAME_EN_FIELD_ID}</FieldID><Value>{_text(t.name_en)}</Value>"
            "</ExtendedAttribute>")
    for b in sorted(t.baselines, key=lambda b: b.number):
        add(f"<Baseline><Number>{b.number}</Number>")
        if b.start:
            add(f"<Start>{_start(b.start)}</Start>")
        if b.finish:
            add(f"<Finish>{_start(b.finish) if b.duration_days == 0 else _finish(b.finish)}</Finish>")
        if b.duration_days is not None:
            add(f"<Duration>{_duration(b.duration_days, False)}</Duration><DurationFormat>7</DurationFormat>")
        if b.cost_won is not None:
            add(f"<Cost>{b.cost_won * 100}</Cost>")
        add("</Baseline>")
    add("</Task>")


# --------------------------------------------------------------------------- values
def _text(value: str) -> str:
    return (_INVALID_XML.sub("", value).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;"))


def _start(day: date) -> str:
    return f"{day.isoformat()}T08:00:00"


def _finish(day: date) -> str:
    return f"{day.isoformat()}T17:00:00"


def _duration(days: float, elapsed: bool) -> str:
    """Working days of 8 h (elapsed: calendar days of 24 h) as MS Project's ``PTnHnMnS``."""
    minutes = round(days * (1440 if elapsed else MINUTES_PER_DAY))
    sign = "-" if minutes < 0 else ""
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}PT{hours}H{rest}M0S"
