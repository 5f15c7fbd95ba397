"""The DCMA 14-point check: a clean schedule passes every point; a schedule built to fail each
point with exactly one activity (or link) fails each point once."""

from __future__ import annotations

import copy
from datetime import date as D

from desktop.domain.dcma import POINTS, dcma_check
from desktop.domain.schedule_file import FileBaseline, FileLink, FileTask, ScheduleFile
from tests.conftest import TODAY

STATUS = D(2026, 9, 14)  # a Monday: the data date, the first day of remaining work


def act(uid, code, days, start, finish, *, tf=0.0, done=False, base=None, **kw) -> FileTask:
    return FileTask(uid=uid, name=code, code=code, duration_days=float(days), start=start, finish=finish,
                    is_milestone=days == 0, total_float_days=None if done else tf, resources=1,
                    actual_start=start if done else None, actual_finish=finish if done else None,
                    percent_complete=100.0 if done else 0.0,
                    baselines=(FileBaseline(0, start, base or finish),), **kw)


def clean() -> ScheduleFile:
    tasks = [act(1, "S", 0, D(2026, 9, 1), D(2026, 9, 1), done=True),
             act(2, "A1", 5, D(2026, 9, 1), D(2026, 9, 7), done=True),
             act(4, "A2", 10, D(2026, 9, 14), D(2026, 9, 25)),
             act(5, "A3", 10, D(2026, 9, 28), D(2026, 10, 9)),
             act(6, "B1", 5, D(2026, 9, 14), D(2026, 9, 18), tf=5.0),
             act(7, "A4", 10, D(2026, 10, 12), D(2026, 10, 23)),
             act(8, "F", 0, D(2026, 10, 23), D(2026, 10, 23))]
    links = [FileLink(1, 2), FileLink(2, 4), FileLink(4, 5), FileLink(2, 6), FileLink(6, 5),
             FileLink(5, 7), FileLink(7, 8)]
    return ScheduleFile(name="clean", format="xer", start=D(2026, 9, 1), status_date=STATUS,
                        tasks=tasks, links=links)


def failing_each_point_once() -> ScheduleFile:
    p = copy.deepcopy(clean())
    t = {task.code: task for task in p.tasks}
    # X: no successor (1), a hard constraint (5), critical but off the path to the finish (12)
    p.tasks.append(act(3, "X", 5, D(2026, 9, 14), D(2026, 9, 18), constraint_type="fnlt",
                       constraint_on=D(2026, 9, 18)))
    p.links.append(FileLink(2, 3))
    p.links = [l._replace(lag_days=-1.0) if (l.pred_uid, l.succ_uid) == (5, 7) else l for l in p.links]  # 2
    p.links = [l._replace(lag_days=2.0) if (l.pred_uid, l.succ_uid) == (6, 5) else l for l in p.links]  # 3
    p.links.append(FileLink(4, 6, "SS"))  # 4
    t["B1"].total_float_days = 50.0  # 6
    t["B1"].resources = 0  # 10
    t["A4"].total_float_days = -5.0  # 7, and 13 (CPLI below 0.95)
    t["A3"].duration_days = 50.0  # 8
    t["A2"].start = D(2026, 9, 10)  # 9: a forecast before the data date
    t["A2"].baselines = (FileBaseline(0, D(2026, 9, 1), D(2026, 9, 11)),)  # 11 and 14
    return p


def test_a_clean_schedule_passes_every_point():
    points = dcma_check(clean(), as_of=TODAY)
    assert [p.key for p in points] == list(POINTS)
    assert {p.key: (p.passed, p.count) for p in points} == {key: (True, 0) for key in POINTS}


def test_each_point_fails_exactly_once():
    points = {p.key: p for p in dcma_check(failing_each_point_once(), as_of=TODAY)}
    assert {k: (p.passed, p.count) for k, p in points.items()} == {key: (False, 1) for key in POINTS}
    assert {k: p.failing for k, p in points.items()} == {
        "logic": ("X",), "leads": ("A3→A4 FS",), "lags": ("B1→A3 FS",), "link_types": ("A2→B1 SS",),
        "hard_constraints": ("X",), "high_float": ("B1",), "negative_float": ("A4",),
        "high_duration": ("A3",), "invalid_dates": ("A2",), "resources": ("B1",),
        "missed_tasks": ("A2",), "critical_path_test": ("X",), "cpli": ("A4",), "bei": ("A2",)}
    assert points["bei"].value == round(2 / 3, 3) and points["critical_path_test"].value == 0


def test_points_without_a_baseline_are_not_applicable():
    p = clean()
    for task in p.tasks:
        task.baselines = ()
    points = {p.key: p for p in dcma_check(p, as_of=TODAY)}
    assert points["missed_tasks"].passed is None and points["bei"].passed is None
