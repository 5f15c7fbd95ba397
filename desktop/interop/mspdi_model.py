"""MSPDI's codes, and the names the MS Project exchange has always used for the schedule data.

The data itself is the format-neutral model of :mod:`desktop.domain.schedule_file` (the P6
reader produces it too); ``MspdiProject`` and the other names below are that model's
classes under the names the MSPDI reader and writer were written with.
"""

from __future__ import annotations

from desktop.domain.schedule_file import (
    DEFAULT_MINUTES_PER_DAY, MON_TO_FRI, CalendarException, FileBaseline, FileCalendar, FileLink,
    FileTask, ScheduleFile,
)

NAMESPACE = "http://schemas.microsoft.com/project"
NAME_EN_FIELD_ID = "188743731"  # the task field Text1, which this application uses for name_en
NAME_EN_ALIAS = "Name (English)"
CONSTRAINTS = {0: "asap", 1: "alap", 2: "mso", 3: "mfo", 4: "snet", 5: "snlt", 6: "fnet", 7: "fnlt"}
LINK_TYPES = {0: "FF", 1: "FS", 2: "SF", 3: "SS"}
ELAPSED_FORMATS = frozenset({4, 6, 8, 10, 12, 20, 36, 38, 40, 42, 44, 52})
PERCENT_FORMATS = frozenset({19, 20, 51, 52})
# LagFormat / DurationFormat → the unit as MS Project shows it
FORMAT_UNITS = {3: "m", 4: "em", 5: "h", 6: "eh", 7: "d", 8: "ed", 9: "w", 10: "ew", 11: "mo",
                12: "emo", 19: "%", 20: "e%", 21: "", 35: "m", 36: "em", 37: "h", 38: "eh",
                39: "d", 40: "ed", 41: "w", 42: "ew", 43: "mo", 44: "emo", 51: "%", 52: "e%", 53: ""}

MspdiBaseline = FileBaseline
MspdiTask = FileTask
MspdiLink = FileLink
MspdiException = CalendarException
MspdiCalendar = FileCalendar
MspdiProject = ScheduleFile

__all__ = [
    "CONSTRAINTS", "DEFAULT_MINUTES_PER_DAY", "ELAPSED_FORMATS", "FORMAT_UNITS", "LINK_TYPES",
    "MON_TO_FRI", "NAMESPACE", "NAME_EN_ALIAS", "NAME_EN_FIELD_ID", "PERCENT_FORMATS",
    "MspdiBaseline", "MspdiCalendar", "MspdiException", "MspdiLink", "MspdiProject", "MspdiTask",
]
