"""The Gantt chart on paper: a legend, the whole horizon to the last dated milestone, the
status line under the labels, and critical milestones told apart in black and white."""

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPdfWriter

from tests.conftest import TODAY

pdftotext = shutil.which("pdftotext")


def _grey(critical: bool) -> QImage:
    from desktop.paint.gantt_painter import GanttStyle, paint_milestone

    image = QImage(40, 40, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint_milestone(painter, 20, 20, 12, critical, GanttStyle())
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def test_critical_and_other_milestones_differ_in_grey(qapp):
    normal, critical = _grey(False), _grey(True)
    assert QColor(normal.pixel(20, 20)).lightness() < 120  # solid
    assert QColor(critical.pixel(20, 20)).lightness() > 200  # white core: ◈
    assert QColor(critical.pixel(20, 12)).lightness() < 120  # dark ring


@pytest.mark.skipif(pdftotext is None, reason="poppler-utils (pdftotext) is not installed")
def test_report_gantt_has_a_legend_and_the_whole_horizon(example_db, tmp_path, qapp_ko):
    from desktop.report.document import body_size
    from desktop.report.monthly import report_font
    from desktop.report.sections_schedule import ScheduleSections
    from desktop.report.text import ReportText
    from desktop.domain.money import MoneyUnit
    from desktop.services.month_close import report_figures

    figures, _digest, _closed = report_figures(example_db, "2026-11", TODAY)
    sections = ScheduleSections(figures, ReportText("ko"), report_font(), MoneyUnit.MILLION)
    width, height = body_size(True)
    picture = [b for b in sections.gantt(width, height) if hasattr(b, "draw")][0]
    pdf = tmp_path / "gantt.pdf"
    from desktop.report.document import page_layout

    writer = QPdfWriter(str(pdf))
    writer.setResolution(96)
    writer.setPageLayout(page_layout(True))
    painter = QPainter(writer)
    picture.draw(painter, QRectF(0, 0, width, picture.fixed_height))
    painter.end()
    del writer
    text = subprocess.run([pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    for label in ("작업", "주공정 작업", "단계", "기준 계획", "마일스톤 (전망)", "주공정 마일스톤",
                  "마일스톤 (기준 계획)", "기한", "기준일"):
        assert label in text, label
    last = max(m["baseline"] or "" for m in figures["status"]["milestones"])
    assert last == "2036-01-01" and "2036년" in text  # the scale reaches the last dated milestone
    assert "4단계 착수" in text


def test_status_line_runs_under_the_labels(qapp_ko):
    from desktop.domain.gantt_layout import layout_gantt
    from desktop.domain.schedule_rows import ScheduleRow, ScheduleView
    from desktop.paint.gantt_painter import GanttStyle, paint_gantt

    row = ScheduleRow(1, "1", "라벨이 긴 마일스톤 이름", "", 0, False, True, date(2026, 1, 1), date(2026, 1, 1),
                      baseline_start=date(2026, 1, 1), baseline_finish=date(2026, 1, 1))
    view = ScheduleView(rows=[row], links=[], bands=[], status_date=date(2026, 1, 5),
                        start=date(2026, 1, 1), finish=date(2026, 1, 1))
    layout = layout_gantt(view, px_per_day=8, row_height=24, span=(date(2025, 12, 20), date(2026, 2, 20)))
    style = GanttStyle(name_backdrop=QColor("#ffffff"))
    image = QImage(int(layout.width), 24, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    paint_gantt(painter, layout, x0=0, y0=0, width=layout.width, height=24, style=style)
    painter.end()
    x = int(layout.status_x)
    assert x > layout.rows[0].anchor.x1 + 6  # the line crosses where the label is written
    line = [QColor(image.pixel(x, y)) for y in range(24)]
    # where the label's backdrop is, the (purple, dashed) line is hidden: the label is on top
    assert not [c.name() for c in line[6:18] if c.saturation() > 80 and c.lightness() < 200]
    assert [c for c in line if c.saturation() > 80]  # and it is drawn above and below
