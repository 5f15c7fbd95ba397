"""The overview's last figures, kept per user, so that opening a plan paints them at once.

Computing a 10,000-task plan's schedule takes about half a second, and the overview needs it.
MS Project keeps the computed dates in its file for the same reason.  Here the figures the
overview last showed are kept in a small file in the user's cache folder (never in the shared
database), together with what identifies the state they were computed from: the change log's
latest id, the audit chain's head, the schema's version (db.tracking.state_mark), the date they
were computed at and the program's version.  They are shown at opening only when all of that
is still the same, and only until the window has painted: the window then computes them again
and shows those (desktop/ui/views/overview_panel.py).  Reports, exports and commands never read
this file.

The state is read *before* the figures are computed: a write landing in between makes the kept
key older than the figures, which can only cause a miss, never a stale hit.
"""

from __future__ import annotations

import json
import logging
import os
import zlib
from datetime import date
from pathlib import Path

from db.engine import Database
from db.state import state_mark

FORMAT = 1
log = logging.getLogger(__name__)


class FigureCache:
    """The kept figures of the database at ``db_path``, in ``folder``.  (A plain class: a
    dataclass writes and compiles its methods at import, on the way to the first paint.)"""

    __slots__ = ("folder", "db_path")

    def __init__(self, folder: Path, db_path: Path) -> None:
        self.folder, self.db_path = Path(folder), Path(db_path)

    @property
    def file(self) -> Path:
        # the name only spreads databases over files; the key inside names the database in full
        name = zlib.crc32(str(Path(self.db_path).resolve()).encode("utf-8"))
        return Path(self.folder) / f"overview-{name:08x}.json"

    def key(self, db: Database, today: date) -> dict:
        from desktop import __version__

        return {"format": FORMAT, "program": __version__, "as_of": today.isoformat(),
                "database": str(Path(self.db_path).resolve()), **state_mark(db)}

    def read(self, key: dict) -> dict | None:
        """The figures kept under exactly ``key``; None when there are none or they are of
        another state, date or program (or the file is unreadable: it is only a cache)."""
        try:
            kept = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(kept, dict) or kept.get("key") != key or not isinstance(kept.get("figures"), dict):
            return None
        return kept["figures"]

    def keep(self, key: dict, figures: dict) -> None:
        """Keep ``figures`` under ``key`` (written whole, then renamed: never half a file)."""
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.file.with_suffix(f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"key": key, "figures": figures}, ensure_ascii=False),
                                 encoding="utf-8")
            os.replace(temporary, self.file)
        except OSError as error:  # a full or read-only disk: the next opening computes them
            log.warning("overview figures not kept: %s", error)
