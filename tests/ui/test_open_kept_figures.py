"""Opening on the overview's kept figures (desktop/services/figure_cache.py): the window shows
them without computing the schedule, computes them once it has painted and shows those; after
any write the kept figures are not used at all."""

from __future__ import annotations

import json

from desktop.services.fields import update_field

KEPT_NAME = "보관된 그림"


def _heading(window) -> str:
    return window.panels["overview"].heading.text()


def _tamper(window) -> None:
    """Change the kept figures, not their key: what the window shows from them is then visible."""
    file = window.context.figures.file
    kept = json.loads(file.read_text(encoding="utf-8"))
    kept["figures"]["status"]["project"]["name_ko"] = KEPT_NAME
    file.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")


def test_the_window_paints_the_kept_figures_then_computes_them(make_window, db, qtbot, tmp_path):
    folder = tmp_path / "cache"
    first = make_window(db, figure_cache=folder)
    computed = _heading(first)
    assert first.context._plan is not None and first.context.figures.file.is_file()
    _tamper(first)

    second = make_window(db, figure_cache=folder)
    assert _heading(second) == KEPT_NAME  # the kept figures, before any paint
    assert second.context._plan is None  # and no schedule computed for them
    second.show()
    qtbot.waitUntil(lambda: _heading(second) == computed)  # computed once painted
    assert second.context._plan is not None
    assert KEPT_NAME not in second.context.figures.file.read_text(encoding="utf-8")  # kept anew


def test_after_a_write_the_kept_figures_are_not_shown(make_window, db, qtbot, tmp_path):
    folder = tmp_path / "cache"
    first = make_window(db, figure_cache=folder)
    _tamper(first)
    phase = db.execute("SELECT id FROM phases WHERE number = 1").fetchone()[0]
    update_field(db, entity="phases", entity_id=phase, field="target_gpus", value=21_000)
    second = make_window(db, figure_cache=folder)
    assert _heading(second) != KEPT_NAME and second.context._plan is not None
    assert "21,000" in [second.panels["overview"].phase_model.index(0, c).data()
                        for c in range(second.panels["overview"].phase_model.columnCount())]


def test_kept_figures_another_version_wrote_are_computed_instead(make_window, db, tmp_path):
    folder = tmp_path / "cache"
    first = make_window(db, figure_cache=folder)
    computed = _heading(first)
    file = first.context.figures.file
    kept = json.loads(file.read_text(encoding="utf-8"))
    del kept["figures"]["status"]["milestones"]  # same key, another shape
    file.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    second = make_window(db, figure_cache=folder)
    assert _heading(second) == computed and second.context._plan is not None
    assert "milestones" in json.loads(file.read_text(encoding="utf-8"))["figures"]["status"]
