"""Read a Primavera P6 XER file into the format-neutral schedule model; refuse what is broken.

``read_xer(path, project=None) -> ScheduleFile`` and ``list_xer_projects(path)``.  Pure: no
database, no Qt.  Written on the published table format (see :mod:`desktop.interop.xer_tables`)
rather than with a parser from PyPI: ``xerparser`` is GPL-3.0-only, and the others neither
detect the file's code page nor refuse malformed rows; the format is small.

What is read, for the one project chosen (a file may hold several: the caller names one by
its ID, ``proj_short_name``, or the file must hold exactly one exported project):

* ``PROJECT``: the plan start (``plan_start_date``), the data date (``last_recalc_date``,
  else ``next_data_date``), the scheduled finish, the project calendar.
* ``PROJWBS``: the WBS tree under the project node, as summary tasks (UID = −wbs_id, so
  they never collide with activities; the project node itself is not a task, like MS
  Project's project summary task).
* ``TASK``: activities (UID = task_id, ``code`` = Activity ID), durations in hours → days
  of the activity's calendar (its ``day_hr_cnt``), milestones (TT_Mile, TT_FinMile), level of
  effort and WBS summary activities (TT_LOE, TT_WBS: their dates span other activities, which
  the engine cannot do; counted), constraints (primary and secondary), actual dates,
  % complete by the activity's ``complete_pct_type``, P6's early/late dates, total and free
  float, and the critical flag by the project's rule (total float ≤ ``critical_drtn_hr_cnt``,
  or the longest path).
* ``TASKPRED``: FS/SS/FF/SF with the lag in hours → days of the calendar P6 counts lags on
  (``SCHEDOPTIONS.sched_calendar_on_relationship_lag``); links from another project are not
  kept (counted).  ``CALENDAR``: every calendar of the file.  ``TASKRSRC`` and ``PROJCOST``:
  planned and actual costs summed per activity and rolled up to the WBS.

Refusals are ``ValidationError`` with an ``xer_*`` code and the line: wrong header, missing
tables or fields, a tab inside a field, an encoding that does not decode, values that are not
numbers or dates, duplicate ids, links to activities that are not in the file, loops.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import NamedTuple

from desktop.domain.errors import ValidationError
from desktop.domain.gc_pause import paused_gc
from desktop.domain.schedule_file import ScheduleFile
from desktop.interop.xer_build import build_project
from desktop.interop.xer_tables import XerTables, decode, split_tables
from desktop.interop.xer_values import xer_date

MAX_BYTES = 200 * 1024 * 1024
REQUIRED = {
    "PROJECT": ("proj_id", "proj_short_name"),
    "PROJWBS": ("wbs_id", "proj_id", "parent_wbs_id", "proj_node_flag"),
    "TASK": ("task_id", "proj_id", "wbs_id", "task_code", "task_type"),
    "CALENDAR": ("clndr_id", "clndr_data"),
}


class XerProject(NamedTuple):
    """One project of a file, to choose from."""

    code: str  # proj_short_name, what ``project=`` takes
    name: str
    activities: int
    exported: bool
    data_date: object


def read_xer(path: str | os.PathLike, *, project: str | None = None,
             encoding: str | None = None) -> ScheduleFile:
    """Read one project of an XER file (``ValidationError`` with an ``xer_*`` code)."""
    return parse_xer(_bytes(Path(path)), file_name=Path(path).name, project=project,
                     encoding=encoding)


def list_xer_projects(path: str | os.PathLike, *, encoding: str | None = None) -> list[XerProject]:
    """The projects of an XER file, in file order."""
    tables = _tables(_bytes(Path(path)), Path(path).name, encoding)
    return _projects(tables, Path(path).name)


def parse_xer(data: bytes, *, file_name: str = "", project: str | None = None,
              encoding: str | None = None) -> ScheduleFile:
    """Read XER bytes; ``file_name`` names the file in refusals."""
    with paused_gc():
        tables = _tables(data, file_name, encoding)
        chosen = _choose(tables, file_name, project)
        return build_project(tables, chosen, file_name)


def _bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError("xer_too_large", path=path.name, size_mb=round(size / 2**20, 1),
                                  limit_mb=MAX_BYTES // 2**20)
        return path.read_bytes()
    except OSError as error:
        raise ValidationError("xer_unreadable", path=path.name,
                              detail=error.strerror or str(error)) from None


def _tables(data: bytes, file_name: str, encoding: str | None) -> XerTables:
    if len(data) > MAX_BYTES:
        raise ValidationError("xer_too_large", path=file_name, size_mb=round(len(data) / 2**20, 1),
                              limit_mb=MAX_BYTES // 2**20)
    if b"\x00" in data[:4096]:
        raise ValidationError("xer_not_xer", path=file_name, line=1)
    text, used = decode(data, encoding, file_name)
    tables = split_tables(text, file_name=file_name, encoding=used)
    for name, fields in REQUIRED.items():
        table = tables.tables.get(name)
        if table is None:
            raise ValidationError("xer_table_missing", path=file_name, table=name)
        missing = [f for f in fields if f not in table.fields]
        if missing:
            raise ValidationError("xer_field_missing", path=file_name, line=table.line + 1,
                                  table=name, field=missing[0])
    return tables


def _projects(tables: XerTables, file_name: str) -> list[XerProject]:
    names = {r.get("proj_id"): (r.get("wbs_name") or "").strip()
             for r in tables.get("PROJWBS").rows if r.get("proj_node_flag") == "Y"}
    counts: dict[str, int] = {}
    for row in tables.get("TASK").rows:
        counts[row["proj_id"]] = counts.get(row["proj_id"], 0) + 1
    table = tables.get("PROJECT")
    found = []
    for row, line in zip(table.rows, table.lines):
        data_date = xer_date(row.get("last_recalc_date") or row.get("next_data_date"),
                             "PROJECT", "last_recalc_date", line, file_name)
        found.append(XerProject(row["proj_short_name"].strip(), names.get(row["proj_id"], ""),
                                counts.get(row["proj_id"], 0), row.get("export_flag", "Y") == "Y",
                                data_date))
    return found


def _choose(tables: XerTables, file_name: str, project: str | None) -> dict[str, str]:
    """The PROJECT row asked for, or the only exported one."""
    rows = tables.get("PROJECT").rows
    listed = ", ".join(f"{p.code} ({p.name}, {p.activities})" for p in _projects(tables, file_name))
    if project is not None:
        matches = [r for r in rows if r["proj_short_name"].strip() == project.strip()]
        if len(matches) != 1:
            raise ValidationError("xer_project_unknown", path=file_name, project=project,
                                  projects=listed)
        return matches[0]
    if not rows:
        raise ValidationError("xer_table_missing", path=file_name, table="PROJECT")
    exported = [r for r in rows if r.get("export_flag", "Y") == "Y"] if len(rows) > 1 else rows
    if len(exported) != 1:
        raise ValidationError("xer_project_ambiguous", path=file_name, count=len(rows),
                              projects=listed)
    return exported[0]
