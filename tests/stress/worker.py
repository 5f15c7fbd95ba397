"""A second (or third) instance of the application for the stress tests, run as a process.

    python -m tests.stress.worker DB PHASE_NUMBER EDITS [--print-commits] [--think] [--rollback-journal]

Adds 1 to a phase's target GPUs ``EDITS`` times through ``update_field`` with the version it
read (a conflict or a busy database is retried, as a user would).  Waits for ``DB.go`` to
exist before the first edit, so several workers start together; ``--think`` pauses up to
2 ms between reading and editing, as a user does, so edits of one row overlap;
``--rollback-journal`` switches to the journal a network share gets (a crash leaves a hot journal).  Prints one JSON line of
counts at the end; with ``--print-commits`` also each committed value, as soon as committed.
Exit 1 on any untyped exception.
"""

from __future__ import annotations

import json
import os
import random
import sys
import time
import traceback

from db import open_database
from db.errors import BusyError, RowChangedError
from desktop.domain.errors import DomainError
from desktop.services.fields import update_field


def main(path: str, phase: int, edits: int, print_commits: bool, think: bool, journal: bool) -> int:
    counts = {"committed": 0, "conflicts": 0, "busy": 0, "other_refusals": 0}
    db = open_database(path, busy_timeout_ms=10_000)
    if journal:
        db.execute("PRAGMA journal_mode = DELETE")
    phase_id = db.execute("SELECT id FROM phases WHERE number = ?", [phase]).fetchone()[0]
    print("ready", flush=True)
    while not os.path.exists(path + ".go"):
        time.sleep(0.005)
    try:
        while counts["committed"] < edits:
            value, version = db.execute("SELECT coalesce(target_gpus, 0), version FROM phases WHERE id = ?",
                                        [phase_id]).fetchone()
            if think:
                time.sleep(random.random() * 0.002)
            try:
                update_field(db, entity="phases", entity_id=phase_id, field="target_gpus",
                             value=value + 1, expected_version=version)
            except RowChangedError:
                counts["conflicts"] += 1
                continue
            except BusyError:
                counts["busy"] += 1
                continue
            except DomainError:
                counts["other_refusals"] += 1
                continue
            counts["committed"] += 1
            if print_commits:
                print(value + 1, flush=True)
    except Exception:  # noqa: BLE001 - the stress test counts untyped errors
        traceback.print_exc()
        print(json.dumps({**counts, "untyped": 1}), flush=True)
        return 1
    finally:
        db.close()
    print(json.dumps({**counts, "untyped": 0}), flush=True)
    return 0


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    sys.exit(main(args[0], int(args[1]), int(args[2]), "--print-commits" in sys.argv,
                  "--think" in sys.argv, "--rollback-journal" in sys.argv))
