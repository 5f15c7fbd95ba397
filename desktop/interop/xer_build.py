"""Build the :class:`ScheduleFile` of one project of an XER file from its tables.

See :mod:`desktop.interop.xer_read` for what is read and how it is refused; this module does
the work: calendars, the WBS tree, activities, relationships, costs.
"""

from __future__ import annotations

from datetime import datetime

from desktop.domain.errors import ValidationError
from desktop.domain.schedule_file import FileCalendar, FileLink, FileTask, ScheduleFile
from desktop.interop.xer_calendar import read_calendar
from desktop.interop.xer_costs import add_costs
from desktop.interop.xer_tables import XerTables
from desktop.interop.xer_values import finish_date, invalid, xer_datetime, xer_number

LINK_TYPES = {"PR_FS": "FS", "PR_SS": "SS", "PR_FF": "FF", "PR_SF": "SF"}
# SCHEDOPTIONS.sched_calendar_on_relationship_lag → the engine's ``lags_on`` (24-hour lags are
# elapsed: the link carries them in calendar days)
LAG_CALENDARS = {"rcal_Predecessor": "predecessor", "rcal_Successor": "successor",
                 "rcal_ProjDefault": "project", "rcal_24Hour": "project"}


def build_project(tables: XerTables, project: dict[str, str], file_name: str) -> ScheduleFile:
    return _Build(tables, project, file_name).build()


class _Build:
    def __init__(self, tables: XerTables, project: dict[str, str], file_name: str) -> None:
        self.tables, self.row, self.file_name = tables, project, file_name
        self.proj_id = project["proj_id"]
        header = tables.header
        self.p = ScheduleFile(file_name=file_name, format="xer",
                              producer=f"Primavera P6 {header[1] if len(header) > 1 else ''}".strip(),
                              currency=(header[-1] if len(header) > 8 else "").strip(),
                              project_code=project["proj_short_name"].strip())
        self.line = tables.get("PROJECT").lines[tables.get("PROJECT").rows.index(project)]
        self.by_uid: dict[int, FileTask] = {}

    def _datetime(self, row: dict, field: str, table: str, line: int) -> datetime | None:
        return xer_datetime(row.get(field), table, field, line, self.file_name)

    def _number(self, row: dict, field: str, table: str, line: int) -> float | None:
        return xer_number(row.get(field), table, field, line, self.file_name)

    def build(self) -> ScheduleFile:
        p, row = self.p, self.row
        self._calendars()
        p.start = (self._datetime(row, "plan_start_date", "PROJECT", self.line) or datetime.min).date() \
            if row.get("plan_start_date") else None
        data_date = self._datetime(row, "last_recalc_date", "PROJECT", self.line) or \
            self._datetime(row, "next_data_date", "PROJECT", self.line)
        p.status_date = data_date.date() if data_date else None
        p.finish = finish_date(self._datetime(row, "scd_end_date", "PROJECT", self.line), None)
        self._wbs()
        self._activities()
        self._links()
        add_costs(self.tables, self.p, self.by_uid, self.file_name)
        self._roll_up()
        return p

    # ---------------------------------------------------------------- calendars
    def _calendars(self) -> None:
        table = self.tables.get("CALENDAR")
        rows = {}
        for row, line in zip(table.rows, table.lines):
            if row["clndr_id"] in rows:
                raise ValidationError("xer_duplicate_id", path=self.file_name, line=line,
                                      table="CALENDAR", id=row["clndr_id"])
            rows[row["clndr_id"]] = (row, line)
        done: dict[str, FileCalendar] = {}

        def read(uid: str, seen: tuple[str, ...]) -> FileCalendar:
            if uid not in done:
                row, line = rows[uid]
                base_uid = row.get("base_clndr_id") or ""
                base = read(base_uid, seen + (uid,)) if base_uid in rows and base_uid not in seen + (uid,) \
                    else None
                done[uid] = read_calendar(row, line, base, self.file_name)
            return done[uid]

        for uid in rows:
            read(uid, ())
        self.p.calendars = done
        default = next((u for u, (r, _) in rows.items() if r.get("default_flag") == "Y"), None)
        uid = self.row.get("clndr_id") if self.row.get("clndr_id") in done else default
        self.p.calendar = done[uid] if uid else (next(iter(done.values())) if done else FileCalendar())
        self.p.minutes_per_day = self.p.calendar.minutes_per_day or self.p.minutes_per_day

    def _hours_per_day(self, calendar_uid: str | None) -> float:
        calendar = self.p.calendars.get(calendar_uid or "") or self.p.calendar
        return (calendar.minutes_per_day or self.p.minutes_per_day) / 60

    # ---------------------------------------------------------------- WBS
    def _wbs(self) -> None:
        table = self.tables.get("PROJWBS")
        nodes: dict[str, tuple[dict, int]] = {}
        for row, line in zip(table.rows, table.lines):
            if row["wbs_id"] in nodes:
                raise ValidationError("xer_duplicate_id", path=self.file_name, line=line,
                                      table="PROJWBS", id=row["wbs_id"])
            nodes[row["wbs_id"]] = (row, line)
        mine = {k: v for k, v in nodes.items() if v[0]["proj_id"] == self.proj_id}
        root = next((k for k, (r, _) in mine.items() if r["proj_node_flag"] == "Y"), None)
        if root is not None:
            self.p.name = (mine[root][0].get("wbs_name") or "").strip()
        self.p.name = self.p.name or self.p.project_code
        kids: dict[str | None, list[str]] = {}
        for key, (row, _line) in mine.items():
            if key != root:
                parent = row["parent_wbs_id"] if row["parent_wbs_id"] in mine else root
                kids.setdefault(parent, []).append(key)
        self.wbs_nodes, self.wbs_kids, self.wbs_root = mine, kids, root
        self.wbs_uid = {key: -int(key) if key.lstrip("-").isdigit() else None for key in mine}
        for key, uid in self.wbs_uid.items():
            if uid is None:
                raise invalid("PROJWBS", "wbs_id", key, mine[key][1], self.file_name)

    def _wbs_order(self, parent: str | None, level: int, prefix: str, out: list) -> None:
        """WBS nodes depth first, siblings by P6's sequence number; a loop is refused."""
        def seq(key: str) -> tuple[float, str]:
            row, line = self.wbs_nodes[key]
            return (self._number(row, "seq_num", "PROJWBS", line) or 0, key)

        for key in sorted(self.wbs_kids.get(parent, ()), key=seq):
            if len(out) > len(self.wbs_nodes) or level > 100:
                raise ValidationError("xer_malformed", path=self.file_name,
                                      line=self.wbs_nodes[key][1], detail="WBS loop")
            code = (self.wbs_nodes[key][0].get("wbs_short_name") or "").strip()
            path = f"{prefix}.{code}" if prefix else code
            out.append((key, level, path))
            self._wbs_order(key, level + 1, path, out)

    # ---------------------------------------------------------------- activities
    def _activities(self) -> None:
        from desktop.interop.xer_task import read_activity

        table = self.tables.get("TASK")
        seen: dict[str, int] = {}
        by_wbs: dict[str, list[FileTask]] = {}
        critical_rule = (self.row.get("critical_path_type") or "CT_TotFloat",
                         self._number(self.row, "critical_drtn_hr_cnt", "PROJECT", self.line) or 0.0)
        for row, line in zip(table.rows, table.lines):
            if row["task_id"] in seen:
                raise ValidationError("xer_duplicate_id", path=self.file_name, line=line,
                                      table="TASK", id=row["task_id"])
            seen[row["task_id"]] = line
            if row["proj_id"] != self.proj_id:
                continue
            task = read_activity(self, row, line, critical_rule)
            by_wbs.setdefault(row["wbs_id"] if row["wbs_id"] in self.wbs_nodes else "", []).append(task)
        self.all_task_ids = seen
        order: list[tuple[str, int, str]] = []
        self._wbs_order(self.wbs_root, 1, "", order)
        tasks = self.p.tasks
        for task in by_wbs.get(self.wbs_root or "", []) + by_wbs.get("", []):
            tasks.append(task)
        for key, level, path in order:
            row = self.wbs_nodes[key][0]
            parent = row["parent_wbs_id"]
            summary = FileTask(uid=self.wbs_uid[key], name=(row.get("wbs_name") or "").strip(),
                               outline_level=level, wbs=path, is_summary=True,
                               parent_uid=self.wbs_uid.get(parent) if parent != self.wbs_root else None)
            tasks.append(summary)
            for task in by_wbs.get(key, []):
                task.parent_uid, task.outline_level, task.wbs = summary.uid, level + 1, path
                tasks.append(task)
        for task in tasks:
            if task.uid in self.by_uid:
                raise ValidationError("xer_duplicate_id", path=self.file_name, line=self.line,
                                      table="TASK", id=task.uid)
            self.by_uid[task.uid] = task

    # ---------------------------------------------------------------- links
    def _links(self) -> None:
        from desktop.interop.xer_task import check_loops, lag_calendar

        table = self.tables.get("TASKPRED")
        if table.rows and not {"task_id", "pred_task_id", "pred_type"} <= set(table.fields):
            raise ValidationError("xer_field_missing", path=self.file_name, line=table.line + 1,
                                  table="TASKPRED", field="pred_task_id")
        ids, lines, seen = set(), {}, set()
        rule, self.p.retained_logic = lag_calendar(self.tables, self.proj_id)
        self.p.lag_calendar = LAG_CALENDARS.get(rule, "predecessor")
        for row, line in zip(table.rows, table.lines):
            key = row.get("task_pred_id")
            if key and key in ids:
                raise ValidationError("xer_duplicate_id", path=self.file_name, line=line,
                                      table="TASKPRED", id=key)
            ids.add(key)
            pred, succ = row["pred_task_id"], row["task_id"]
            missing = [i for i in (pred, succ) if i not in self.all_task_ids]
            if missing:
                raise ValidationError("xer_link_unknown", path=self.file_name, line=line,
                                      activity=missing[0])
            pred_uid, succ_uid = int(pred), int(succ)
            if pred_uid not in self.by_uid or succ_uid not in self.by_uid:
                if succ_uid in self.by_uid:  # driven from another project: not reproducible
                    task = self.by_uid[succ_uid]
                    task.approximations = task.approximations + ("external_link",)
                if pred_uid in self.by_uid or succ_uid in self.by_uid:
                    self.p.count("unsupported", "cross_project_links")
                continue
            kind = LINK_TYPES.get(row["pred_type"])
            if kind is None:
                raise invalid("TASKPRED", "pred_type", row["pred_type"], line, self.file_name)
            if (pred_uid, succ_uid, kind) in seen:
                self.p.count("notices", "duplicate_links")
                continue
            seen.add((pred_uid, succ_uid, kind))
            hours = self._number(row, "lag_hr_cnt", "TASKPRED", line) or 0.0
            if rule == "rcal_24Hour":
                elapsed = hours / 24
                link = FileLink(pred_uid, succ_uid, kind, elapsed * 5 / 7, elapsed, "h")
                self.p.count("notices", "elapsed_lags", bool(hours))
            else:
                owner = self.by_uid[succ_uid if rule == "rcal_Successor" else pred_uid]
                calendar = None if rule == "rcal_ProjDefault" else owner.calendar_uid
                link = FileLink(pred_uid, succ_uid, kind, hours / self._hours_per_day(calendar), None, "h")
            self.p.links.append(link)
            lines[(pred_uid, succ_uid)] = line
        check_loops(self.p, lines, self.file_name)

    # ---------------------------------------------------------------- summaries
    def _roll_up(self) -> None:
        """WBS summaries span their activities (P6 shows them so)."""
        for task in reversed(self.p.tasks):
            parent = self.by_uid.get(task.parent_uid) if task.parent_uid is not None else None
            if parent is None:
                continue
            if task.start and (parent.start is None or task.start < parent.start):
                parent.start = task.start
            if task.finish and (parent.finish is None or task.finish > parent.finish):
                parent.finish = task.finish
