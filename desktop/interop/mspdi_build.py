"""Build an :class:`~desktop.interop.mspdi_model.MspdiProject` from what the streaming reader kept.

Tasks (summary, milestones, outline parents, actuals, baselines, the English name), links (lag
units and formats), the project calendar, and the times of day MS Project gives dates.  What
is not taken over is counted in ``unsupported``, what is converted or ignored in ``notices``.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import partial
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.interop.mspdi_calendar import Calendars, WorkingDays
from desktop.interop.mspdi_model import (
    CONSTRAINTS, DEFAULT_MINUTES_PER_DAY, ELAPSED_FORMATS, FORMAT_UNITS, LINK_TYPES, NAME_EN_ALIAS,
    NAME_EN_FIELD_ID, PERCENT_FORMATS, MspdiBaseline, MspdiLink, MspdiProject, MspdiTask,
)
from desktop.interop.mspdi_values import (
    clock_text, date_value, float_value, int_value, invalid_value, minutes_value, money_value, percent_value, text_value, time_of,
)

_LINK_TEXT = {str(code): name for code, name in LINK_TYPES.items()}
_new_link = partial(tuple.__new__, MspdiLink)  # a link from one tuple, at C speed (20,000 in a plan)
_FLAGGED = frozenset({"Manual", "Active", "Recurring", "IsSubproject", "CalendarUID", "_timephased"})
_PRODUCER_FIELDS = frozenset({"CalendarUID", "EarlyStart", "EarlyFinish", "LateStart", "LateFinish",
                              "TotalSlack", "FreeSlack", "Critical", "LevelingDelay",
                              "RemainingDuration", "ActualCost"})  # read by _producer_values


# --------------------------------------------------------------------------- building the data
class MspdiBuilder:
    def __init__(self, reader) -> None:
        self.reader = reader
        f = reader.fields
        self.project = MspdiProject(file_name=reader.file_name)
        p = self.project
        p.name = (f.get("Title") or f.get("Name") or Path(reader.file_name).stem or "").strip()
        p.start = date_value(f.get("StartDate"), "StartDate")
        p.finish = date_value(f.get("FinishDate"), "FinishDate")
        p.status_date = date_value(f.get("StatusDate"), "StatusDate")
        minutes = int_value(f.get("MinutesPerDay"), "MinutesPerDay")
        p.minutes_per_day = minutes if minutes and 0 < minutes <= 1440 else DEFAULT_MINUTES_PER_DAY
        p.currency = (f.get("CurrencyCode") or f.get("CurrencySymbol") or "").strip()
        p.save_version = int_value(f.get("SaveVersion"), "SaveVersion")
        self.calendar_uid = (f.get("CalendarUID") or "").strip()
        self.name_en_field = self._name_en_field()
        self.day_start = clock_text(f.get("DefaultStartTime"), "08:00:00")
        self.day_finish = clock_text(f.get("DefaultFinishTime"), "17:00:00")
        self.times: dict[int, tuple[str, str]] = {}  # UID → (start, finish) as written

    def _name_en_field(self) -> bool:
        definitions = self.reader.sections.get("ExtendedAttributes")
        for definition in definitions if definitions is not None else ():
            values = {self.reader.local(c.tag): (c.text or "") for c in definition}
            if values.get("FieldID") == NAME_EN_FIELD_ID and values.get("Alias") == NAME_EN_ALIAS:
                return True
        return False

    def build(self) -> MspdiProject:
        p = self.project
        p.count("unsupported", "resources", self.reader.counts["resources"])
        p.count("unsupported", "assignments", self.reader.counts["assignments"])
        p.count("unsupported", "outline_codes", self.reader.counts["outline_codes"])
        pending_links: list[tuple[int, dict]] = []
        skipped: set[int] = set()
        for values, links, baselines, extended in self.reader.raw_tasks:
            task = self._task(values, baselines, extended, skipped)
            if task is None:
                continue
            p.tasks.append(task)
            pending_links.extend((task.uid, link) for link in links)
        self._outline()
        self._links(pending_links, skipped)
        used = frozenset(t.calendar_uid for t in p.tasks if t.calendar_uid is not None)
        calendars = Calendars(self.reader, p, self.calendar_uid, used)
        p.calendar = calendars.project_calendar()
        p.calendars = calendars.all_calendars()
        p.calendars.setdefault(p.calendar.uid, p.calendar)
        for task in p.tasks:
            if task.calendar_uid is not None and task.calendar_uid not in p.calendars:
                p.count("notices", "task_calendars_missing")
                task.calendar_uid = None
        self._times_of_day()
        return p

    def _times_of_day(self) -> None:
        """Dates as the application counts them (a task's first and last working day).

        MS Project ends a task that fills its last day at the start of the next working day
        when hours do not match the calendar (08:00 the next morning), and an elapsed task at
        the same hour days later; such a finish (at or before the working day's start) is the
        previous working day (the previous calendar day for an elapsed task).  A start at or
        after the end of the working day is the next working day.  Milestones keep their date.
        """
        working = WorkingDays(self.project.calendar)
        for task in self.project.tasks:
            start_text, finish_text = self.times.get(task.uid, ("", ""))
            if task.is_milestone or task.start is None or task.finish is None:
                continue
            if finish_text and time_of(finish_text) <= self.day_start and task.finish > task.start:
                day = task.finish - timedelta(days=1) if task.duration_elapsed else \
                    working.before(task.finish, task.start)
                if task.actual_finish == task.finish:
                    task.actual_finish = day
                task.finish = day
            if start_text and time_of(start_text) >= self.day_finish and task.finish > task.start:
                day = working.after(task.start, task.finish)
                if task.actual_start == task.start:
                    task.actual_start = day
                task.start = day

    # ---------------------------------------------------------------- tasks
    def _task(self, v: dict, baselines: list, extended: list, skipped: set[int]) -> MspdiTask | None:
        p = self.project
        get = v.get
        if get("IsNull") == "1":
            p.count("notices", "blank_rows")
            return None
        uid = int_value(get("UID"), "UID")
        if uid is None:
            raise ValidationError("mspdi_value_invalid", field="UID", value="", uid="")
        level = int_value(get("OutlineLevel"), "OutlineLevel", uid)
        if level == 0 or (level is None and uid == 0):
            skipped.add(uid)  # the project summary task
            return None
        if get("ExternalTask") == "1":
            skipped.add(uid)
            p.count("unsupported", "external_tasks")
            return None
        if not v.keys().isdisjoint(_FLAGGED):
            self._count_unsupported(v)
        fmt = get("DurationFormat")
        elapsed = fmt is not None and fmt not in ("7", "39", "53") and \
            int_value(fmt, "DurationFormat", uid) in ELAPSED_FORMATS
        minutes = minutes_value(get("Duration"), "Duration", uid)
        duration = None if minutes is None else minutes / (1440 if elapsed else p.minutes_per_day)
        start_text, finish_text = get("Start") or "", get("Finish") or ""
        constraint = get("ConstraintType")
        constraint = "asap" if constraint in (None, "0") else \
            CONSTRAINTS.get(int_value(constraint, "ConstraintType", uid) or 0, "asap")
        constraint_on = None
        if constraint not in ("asap", "alap"):
            constraint_on = date_value(get("ConstraintDate"), "ConstraintDate", uid)
            if constraint_on is None:
                p.count("notices", "constraint_date_missing")
                constraint = "asap"
        task = MspdiTask(
            uid=uid, name=text_value(get("Name"), "Name", "name", uid), outline_level=level or 1,
            id=int_value(get("ID"), "ID", uid), wbs=text_value(get("WBS"), "WBS", "wbs", uid),
            is_summary=get("Summary") == "1", is_milestone=get("Milestone") == "1",
            duration_days=duration, duration_elapsed=elapsed,
            start=date_value(start_text, "Start", uid), finish=date_value(finish_text, "Finish", uid),
            percent_complete=percent_value(get("PercentComplete"), "PercentComplete", uid),
            constraint_type=constraint,
            constraint_on=constraint_on, deadline_on=date_value(get("Deadline"), "Deadline", uid),
            cost_won=money_value(get("Cost"), "Cost", uid), notes=text_value(get("Notes"), "Notes", "notes", uid),
            contact=text_value(get("Contact"), "Contact", "party", uid),
            baselines=tuple(b for b in (self._baseline(b, uid) for b in baselines) if b) if baselines else ())
        if "ActualStart" in v or "ActualFinish" in v:
            task.actual_start, task.actual_finish = self._actuals(v, task)
        self._producer_values(v, task)
        self.times[uid] = (start_text.strip(), finish_text.strip())
        for attribute in extended:
            if attribute.get("FieldID") == NAME_EN_FIELD_ID and self.name_en_field:
                task.name_en = text_value(attribute.get("Value"), "Name (English)", "name_en", task.uid)
            elif attribute.get("Value"):
                p.count("unsupported", "custom_fields")
        return task

    def _producer_values(self, v: dict, task: MspdiTask) -> None:
        """What MS Project computed and how it scheduled the task (for the faithful check)."""
        task.is_manual = v.get("Manual") == "1"
        task.resources = self.reader.assigned.get(str(task.uid), 0) if self.reader.assigned else 0
        if _PRODUCER_FIELDS.isdisjoint(v):  # none of them (a file written by a program): the defaults
            return
        get, uid = v.get, task.uid
        per_day = 10 * self.project.minutes_per_day  # slack and delays: tenths of a minute
        calendar = (get("CalendarUID") or "").strip()
        task.calendar_uid = calendar if calendar not in ("", "-1") else None
        task.early_start = date_value(get("EarlyStart"), "EarlyStart", uid)
        task.early_finish = date_value(get("EarlyFinish"), "EarlyFinish", uid)
        task.late_start = date_value(get("LateStart"), "LateStart", uid)
        task.late_finish = date_value(get("LateFinish"), "LateFinish", uid)
        slack = float_value(get("TotalSlack"), "TotalSlack", uid)
        task.total_float_days = None if slack is None else slack / per_day
        slack = float_value(get("FreeSlack"), "FreeSlack", uid)
        task.free_float_days = None if slack is None else slack / per_day
        critical = get("Critical")
        task.is_critical = None if critical is None else critical.strip() == "1"
        delay = float_value(get("LevelingDelay"), "LevelingDelay", uid)
        task.leveling_delay_days = (delay or 0.0) / per_day
        remaining = minutes_value(get("RemainingDuration"), "RemainingDuration", uid)
        task.remaining_days = None if remaining is None else remaining / self.project.minutes_per_day
        task.actual_cost_won = money_value(get("ActualCost"), "ActualCost", uid)

    def _count_unsupported(self, v: dict) -> None:
        get, count = v.get, self.project.count  # most tasks: none of these (one call each)
        if get("Manual") == "1":
            count("unsupported", "manual_tasks")
        if get("Active") == "0":
            count("unsupported", "inactive_tasks")
        if get("Recurring") == "1":
            count("unsupported", "recurring_tasks")
        if get("IsSubproject") == "1":
            count("unsupported", "subprojects")
        if get("CalendarUID") not in (None, "", "-1"):
            count("unsupported", "task_calendars")
        if "_timephased" in v:
            count("unsupported", "timephased_data")

    def _actuals(self, v: dict, task: MspdiTask) -> tuple[date | None, date | None]:
        """MS Project sets Start = Actual Start and Finish = Actual Finish; actual dates that
        disagree with them are placeholders of some writers (e.g. 2000-01-01) and are ignored."""
        actual_start = date_value(v.get("ActualStart"), "ActualStart", task.uid)
        actual_finish = date_value(v.get("ActualFinish"), "ActualFinish", task.uid)
        if actual_start is not None and actual_start != task.start:
            self.project.count("notices", "actuals_inconsistent")
            actual_start = None
        if actual_finish is not None and (actual_finish != task.finish or (
                actual_start is not None and actual_finish < actual_start)):
            self.project.count("notices", "actuals_inconsistent")
            actual_finish = None
        if actual_finish is not None and actual_start is None:
            actual_start = task.start
        return actual_start, actual_finish

    def _baseline(self, b: dict, uid: int) -> MspdiBaseline | None:
        number = int_value(b.get("Number"), "Baseline/Number", uid)
        if number is None or not 0 <= number <= 10:
            return None
        fmt = int_value(b.get("DurationFormat"), "Baseline/DurationFormat", uid)
        minutes = minutes_value(b.get("Duration"), "Baseline/Duration", uid)
        duration = None if minutes is None else minutes / (
            1440 if fmt in ELAPSED_FORMATS else self.project.minutes_per_day)
        baseline = MspdiBaseline(number, date_value(b.get("Start"), "Baseline/Start", uid),
                                 date_value(b.get("Finish"), "Baseline/Finish", uid), duration,
                                 money_value(b.get("Cost"), "Baseline/Cost", uid))
        if baseline.start is None and baseline.finish is None and duration is None \
                and baseline.cost_won is None:
            return None  # e.g. only a baseline work, which the application does not keep
        return baseline

    def _outline(self) -> None:
        """Parents from outline levels (file order); a task with children is a summary."""
        stack: list[MspdiTask] = []
        parents: set[int] = set()
        for task in self.project.tasks:
            while stack and stack[-1].outline_level >= task.outline_level:
                stack.pop()
            task.parent_uid = stack[-1].uid if stack else None
            if task.parent_uid is not None:
                parents.add(task.parent_uid)
            stack.append(task)
        for task in self.project.tasks:
            task.is_summary = task.uid in parents
            if not task.is_summary and not task.is_milestone and task.duration_days == 0:
                task.is_milestone = True  # a zero-length task is a milestone (MS Project's rule)

    # ---------------------------------------------------------------- links
    def _links(self, pending: list[tuple[int, dict]], skipped: set[int]) -> None:
        p = self.project
        by_uid: dict[int, MspdiTask] = {}
        for task in p.tasks:
            if task.uid in by_uid:
                raise ValidationError("mspdi_uid_duplicate", uid=task.uid)
            by_uid[task.uid] = task
        unknown: list[str] = []
        seen: set[tuple[int, int, str]] = set()
        links = p.links
        per_day = 10 * p.minutes_per_day  # LinkLag units in a working day
        for succ_uid, raw in pending:
            get = raw.get
            if get("CrossProject") == "1":
                p.count("unsupported", "cross_project_links")
                continue
            pred_uid = int_value(get("PredecessorUID"), "PredecessorUID", succ_uid)
            if pred_uid not in by_uid:
                if pred_uid in skipped and pred_uid != 0:
                    p.count("unsupported", "cross_project_links")  # to an external task
                else:
                    unknown.append(f"{pred_uid}→{succ_uid}")
                continue
            kind = _LINK_TEXT.get(get("Type") or "1")
            if kind is None:
                code = int_value(get("Type"), "Type", succ_uid)
                kind = LINK_TYPES.get(1 if code is None else code)
                if kind is None:
                    raise invalid_value("PredecessorLink/Type", code, succ_uid)
            if (pred_uid, succ_uid, kind) in seen:  # the same link twice; SS and FF are two
                p.count("notices", "duplicate_links")
                continue
            seen.add((pred_uid, succ_uid, kind))
            lag_text = get("LinkLag")
            lag = 0.0 if lag_text in (None, "0") else float_value(lag_text, "LinkLag", succ_uid) or 0.0
            lag_format = get("LagFormat")
            if lag_format in (None, "7", "39") or not lag:
                links.append(_new_link((pred_uid, succ_uid, kind, lag / per_day, None,
                                        "d" if lag_format in (None, "7", "39") else
                                        FORMAT_UNITS.get(int_value(lag_format, "LagFormat", succ_uid), ""))))
                continue
            code = int_value(lag_format, "LagFormat", succ_uid)
            unit = FORMAT_UNITS.get(code, "")
            if code in PERCENT_FORMATS:
                p.count("unsupported", "percent_lags")  # a share of the predecessor's duration
                links.append(MspdiLink(pred_uid, succ_uid, kind, 0.0, None, unit))
            elif code in ELAPSED_FORMATS:
                p.count("notices", "elapsed_lags")
                elapsed = lag / 14400  # calendar days
                links.append(MspdiLink(pred_uid, succ_uid, kind, elapsed * 5 / 7, elapsed, unit))
            else:
                links.append(MspdiLink(pred_uid, succ_uid, kind, lag / per_day, None, unit))
        if unknown:
            raise ValidationError("mspdi_link_unknown", links=", ".join(unknown[:10]),
                                  count=len(unknown))
