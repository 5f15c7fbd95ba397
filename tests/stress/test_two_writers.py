"""Two processes × 200 edits, of different rows and of the same row: no untyped error, no lost
update (the final value counts every committed edit), every conflict reported as row_changed."""

import json
import subprocess
import sys
import time

import pytest

from db import open_database
from db.verify import verify
from tests.conftest import ROOT

EDITS = 200


def _run_two(db_path, phases):
    processes = [subprocess.Popen([sys.executable, "-m", "tests.stress.worker", str(db_path), str(p), str(EDITS),
                                   "--think"],
                                  cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for p in phases]
    for process in processes:
        assert process.stdout.readline().strip() == "ready"
    open(str(db_path) + ".go", "w").close()  # both start editing now
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results


@pytest.mark.parametrize("phases", [(2, 3), (3, 3)], ids=["different rows", "same row"])
def test_two_processes_lose_no_update(db_path, phases):
    open_database(db_path).close()
    begun = time.monotonic()
    results = _run_two(db_path, phases)
    elapsed = time.monotonic() - begun
    db = open_database(db_path)
    values = dict(db.execute("SELECT number, coalesce(target_gpus, 0) FROM phases").fetchall())
    for phase in set(phases):
        assert values[phase] == EDITS * phases.count(phase)  # every committed edit is there
    updates = db.execute("SELECT count(*) FROM audit_log WHERE action = 'update' AND entity = 'phases'"
                         " AND field = 'target_gpus'").fetchone()[0]
    assert updates == 2 * EDITS
    assert all(r["untyped"] == 0 and r["committed"] == EDITS and r["other_refusals"] == 0 for r in results)
    if phases[0] != phases[1]:
        assert sum(r["conflicts"] for r in results) == 0
    else:  # the edits overlapped, and each overlap was refused as a conflict, then retried
        assert sum(r["conflicts"] for r in results) > 0
    report = verify(db.conn)
    assert report.ok, report.problems[:3]
    db.close()
    print(f"\n{phases}: {elapsed:.1f} s, conflicts {[r['conflicts'] for r in results]}, "
          f"busy {[r['busy'] for r in results]}")
