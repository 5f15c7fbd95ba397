"""Read a contractor's schedule file, whatever its format: ``.xml`` (MS Project XML) or ``.xer``
(Primavera P6).  ``project`` names one project of an XER file that holds several."""

from __future__ import annotations

import os
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.domain.schedule_file import ScheduleFile

SUFFIXES = (".xml", ".xer")


def read_schedule_file(path: str | os.PathLike, *, project: str | None = None) -> ScheduleFile:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xer":
        from desktop.interop.xer_read import read_xer

        return read_xer(path, project=project)
    if suffix == ".xml":
        from desktop.interop.mspdi_read import read_mspdi

        return read_mspdi(path)
    raise ValidationError("schedule_file_type", path=path.name, suffix=suffix or "(none)")
