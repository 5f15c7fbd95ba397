"""The Korean overview renders real Hangul glyphs (not boxes) with the bundled font."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QImage, QPainter

from desktop.ui.fonts import FAMILY


def render(text: str, font) -> QImage:
    image = QImage(200, 40, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setFont(font)
    painter.drawText(5, 30, text)
    painter.end()
    return image


def test_overview_screenshot_has_hangul_glyphs(make_window, db, qapp_ko, tmp_path):
    window = make_window(db)
    window.resize(1280, 820)
    window.show()
    panel = window.panels["overview"]
    shot = window.grab()
    assert not shot.isNull()
    assert shot.save(str(tmp_path / "overview-ko.png"))
    font = panel.heading.font()
    assert font.family().startswith(FAMILY) or qapp_ko.font().family().startswith(FAMILY)
    metrics = QFontMetrics(qapp_ko.font())
    for char in "포항글로벌컴퓨팅센터착공단계기한":
        assert metrics.inFontUcs4(ord(char)), char
    # Distinct syllables draw distinct shapes; missing glyphs would all draw the same box.
    images = [render(s, qapp_ko.font()) for s in ("포항", "착공", "\ue000\ue001")]
    assert images[0] != images[1]
    assert images[0] != images[2] and images[1] != images[2]
    # The heading really is drawn: its pixels are not all background.
    heading = panel.heading.grab().toImage()
    colours = {heading.pixel(x, y) for x in range(0, heading.width(), 2)
               for y in range(heading.height())}
    assert len(colours) > 3
