"""The update review lists exactly the changes made between two versions of a schedule: the
second version is the first one edited here, change by change."""

from __future__ import annotations

import copy
import json
from datetime import date

from desktop.domain.schedule_compare import (
    DateMove, LinkChange, LinkRef, Progress, Ref, ValueChange, compare_schedules,
)
from desktop.domain.schedule_file import FileLink, FileTask
from desktop.interop.xer_read import parse_xer
from tests.interop.xer_sample import xer_bytes


def first_version():
    p = parse_xer(xer_bytes(), file_name="v1.xer")
    for t in p.tasks:
        if t.code == "A130":
            t.start = t.finish = date(2026, 9, 14)
    return p


def test_the_same_schedule_shows_no_change():
    old = first_version()
    result = compare_schedules(old, copy.deepcopy(old))
    changes = {k: v for k, v in result.to_dict().items()
               if v and k not in ("critical_before", "critical_after", "old_finish", "new_finish")}
    assert changes == {}
    assert result.critical_before == result.critical_after == ["A100", "A130", "A110"]  # file order


def test_a_link_whose_type_changed():
    old = first_version()
    new = copy.deepcopy(old)
    new.links[-1] = new.links[-1]._replace(type="FF", lag_days=1.0)  # A120 → A130 FS → FF+1
    r = compare_schedules(old, new)
    assert r.links_changed == [LinkChange("A120", "A130", "FS", "FF", 0.0, 1.0)]
    assert (r.links_added, r.links_removed) == ([], [])


def test_exactly_the_changes_made_are_listed():
    old = first_version()
    new = copy.deepcopy(old)
    new.file_name = "v2.xer"
    tasks = {t.code: t for t in new.tasks}
    # 1. added and deleted activities
    new.tasks.append(FileTask(uid=5, name="되메우기", code="A140", duration_days=2.0,
                              start=date(2026, 9, 10), finish=date(2026, 9, 11), parent_uid=-102))
    new.tasks.remove(tasks["A100"])
    new.links = [l for l in new.links if l.pred_uid != 1]
    # 2. a duration, 3. logic: the FF lag changed, the SS removed, an FS added
    tasks["A110"].duration_days = 6.0
    new.links = [l._replace(lag_days=2.0) if l.type == "FF" else l for l in new.links if l.type != "SS"]
    new.links.append(FileLink(2, 4, "FS", 0.0))
    # 4. a constraint, 5. a calendar
    tasks["A120"].constraint_type, tasks["A120"].constraint_on = "fnlt", date(2026, 9, 30)
    tasks["A110"].calendar_uid = "11"
    new.calendars["11"].exceptions = []
    # 6. dates, 7. progress, 8. float, 9. critical path
    tasks["A110"].start, tasks["A110"].finish = date(2026, 9, 1), date(2026, 9, 8)
    tasks["A130"].start = tasks["A130"].finish = date(2026, 9, 21)
    tasks["A110"].actual_start, tasks["A110"].percent_complete = date(2026, 9, 1), 40.0
    tasks["A120"].total_float_days, tasks["A120"].is_critical = 0.0, True

    r = compare_schedules(old, new)
    assert r.added == [Ref("A140", "되메우기")]
    assert r.deleted == [Ref("A100", "착공")]
    assert r.durations == [ValueChange("A110", "터파기", 5.0, 6.0)]
    assert r.links_added == [LinkRef("A110", "A130", "FS", 0.0)]
    assert r.links_removed == [LinkRef("A110", "A120", "SS", 2.0)]
    assert r.links_changed == [LinkChange("A110", "A120", "FF", "FF", 1.0, 2.0)]
    assert r.constraints == [ValueChange("A120", "기초 타설", ("snet", date(2026, 9, 8)),
                                         ("fnlt", date(2026, 9, 30)))]
    assert r.task_calendars == [ValueChange("A110", "터파기", "표준 5일", "현장 6일 10시간")]
    assert r.calendars_changed == ["현장 6일 10시간"]
    assert r.dates_moved == [
        DateMove("A130", "토목 완료", date(2026, 9, 14), date(2026, 9, 21), 7,
                 date(2026, 9, 14), date(2026, 9, 21), 7),
        DateMove("A110", "터파기", date(2026, 9, 1), date(2026, 9, 1), 0,
                 date(2026, 9, 7), date(2026, 9, 8), 1)]
    assert r.progress == [Progress("A110", "터파기", 0.0, 40.0, True, False)]
    assert r.float_eroded == [ValueChange("A120", "기초 타설", 2.0, 0.0)]
    assert (sorted(r.critical_before), sorted(r.critical_after)) == (
        ["A100", "A110", "A130"], ["A110", "A120", "A130"])
    assert (r.old_finish, r.new_finish, r.finish_days) == (date(2026, 9, 14), date(2026, 9, 21), 7)
    assert [m.key for m in r.milestones_moved] == ["A130"]
    assert json.loads(json.dumps(r.to_dict()))["finish_days"] == 7
