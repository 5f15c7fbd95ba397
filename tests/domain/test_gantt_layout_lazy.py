"""The Gantt layout is made on demand: what is painted is laid out, an edit lays out again
only what it moved, and the result is always the one a fresh layout gives."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import date, timedelta

from desktop.domain.gantt_layout import Zoom, layout_gantt
from desktop.domain.schedule_rows import ScheduleLink, ScheduleRow, ScheduleView

START = date(2026, 3, 2)


def big_view(size: int = 3000, seed: int = 3) -> ScheduleView:
    rng = random.Random(seed)
    rows = []
    for i in range(size):
        first = START + timedelta(days=rng.randint(0, 700))
        last = first + timedelta(days=rng.choice((0, 3, 10, 40)))
        rows.append(ScheduleRow(task_id=i + 1, wbs=str(i + 1), name_ko=f"작업 {i + 1}",
                                name_en=f"Task {i + 1}", level=0, is_summary=False,
                                is_milestone=first == last, start=first, finish=last,
                                baseline_start=first if i % 3 == 0 else None,
                                baseline_finish=last if i % 3 == 0 else None,
                                percent_complete=float(i % 100), is_critical=i % 7 == 0))
    links = [ScheduleLink(a, min(size, a + rng.randint(1, 200)), rng.choice(("FS", "SS", "FF", "SF")))
             for a in (rng.randint(1, size - 1) for _ in range(2 * size))]
    return ScheduleView(rows=rows, links=links, bands=[], status_date=START + timedelta(days=90),
                        start=START, finish=START + timedelta(days=760))


def _same(a, b) -> None:
    assert (a.origin, a.end, a.px_per_day, len(a.rows)) == (b.origin, b.end, b.px_per_day, len(b.rows))
    assert list(a.rows) == list(b.rows)
    assert a.links == b.links


def test_painting_a_screen_lays_out_only_its_rows_and_their_links():
    layout = layout_gantt(big_view(), zoom=Zoom.MONTH, row_height=24)
    assert layout.laid_out() == (0, 0)
    shown = layout.links_between(1500, 1540)
    rows, lines = layout.laid_out()
    assert lines == len(shown) and 0 < lines < 600
    assert rows <= 41 + 2 * lines  # the rows in view and the far ends of their links
    assert all(k.row_min <= 1540 and k.row_max >= 1500 for k in shown)


def test_an_edit_lays_out_again_what_it_moved_and_matches_a_fresh_layout():
    view = big_view()
    layout = layout_gantt(view, zoom=Zoom.MONTH, row_height=24)
    _ = list(layout.rows), layout.links  # everything laid out once
    moved = [10, 1200, 2999]
    rows = list(view.rows)
    for i in moved:
        rows[i] = rows[i]._replace(start=rows[i].start + timedelta(days=5),
                                   finish=rows[i].finish + timedelta(days=5), is_critical=True)
    edited = replace(view, rows=rows)
    assert layout.takes_edit(edited)
    layout.replace_rows(edited, moved)
    assert layout.laid_out()[0] == len(rows) - len(moved)
    _same(layout, layout_gantt(edited, zoom=Zoom.MONTH, row_height=24))


def test_an_edit_past_the_charts_span_is_not_taken_in_place():
    view = big_view(300)
    layout = layout_gantt(view, zoom=Zoom.MONTH)
    rows = list(view.rows)
    rows[5] = rows[5]._replace(finish=rows[5].finish + timedelta(days=4000))
    assert not layout.takes_edit(replace(view, rows=rows))
    assert layout.takes_edit(replace(view, links=list(view.links)))  # equal links
    other = list(view.links)
    other[7] = other[7]._replace(type="SS" if other[7].type != "SS" else "FF")
    assert not layout.takes_edit(replace(view, links=other))


def test_a_new_scale_takes_over_the_link_index_and_matches_a_fresh_layout():
    view = big_view(800)
    month = layout_gantt(view, zoom=Zoom.MONTH)
    week = layout_gantt(view, zoom=Zoom.WEEK, reuse=month)
    assert week.link_ends() is month.link_ends()
    _same(week, layout_gantt(view, zoom=Zoom.WEEK))
    again = replace(view, rows=list(view.rows), links=list(view.links))  # a new, equal view
    assert layout_gantt(again, zoom=Zoom.WEEK, reuse=month).link_ends() is month.link_ends()
    other = replace(view, rows=list(reversed(view.rows)))
    assert layout_gantt(other, zoom=Zoom.WEEK, reuse=month).link_ends() is not month.link_ends()


def test_links_edited_in_place_match_a_fresh_layout():
    """Links taken out and put in (a typed predecessor): the index of link ends follows and
    every line is the one a fresh layout of the edited view draws."""
    rng = random.Random(14)
    view = big_view(800, seed=5)
    unique = list({(l.pred_id, l.succ_id): l for l in view.links}.values())  # as stored: one per pair
    view = replace(view, links=unique)
    layout = layout_gantt(view, zoom=Zoom.MONTH, row_height=24)
    _ = layout.links  # the index made and every line laid out
    links = list(unique)
    for _ in range(30):
        removed = rng.sample(links, rng.randint(0, 3))
        for link in removed:
            links.remove(link)
        pairs = {(l.pred_id, l.succ_id) for l in links}
        added = []
        for _ in range(rng.randint(0, 3)):
            a = rng.randint(1, 799)
            link = ScheduleLink(a, a + rng.randint(1, 40) if a < 760 else 800, rng.choice(("FS", "SF")),
                                critical=rng.random() < 0.3)
            if (link.pred_id, link.succ_id) not in pairs:
                pairs.add((link.pred_id, link.succ_id))
                added.append(link)
        links += added
        edited = replace(view, links=list(links))
        layout.edit_links(edited, removed, added)
        layout.replace_rows(edited, [])
        fresh = layout_gantt(edited, zoom=Zoom.MONTH, row_height=24)
        key = lambda line: (line.pred_row, line.succ_row, line.type)  # noqa: E731 - order drawn
        assert sorted(layout.links, key=key) == sorted(fresh.links, key=key)
        assert sorted(layout.links_between(300, 340), key=key) == sorted(fresh.links_between(300, 340), key=key)
