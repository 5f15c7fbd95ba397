"""Help (F1): the short user guide shipped in resources/help, Korean or English by the UI's
language, in a QTextBrowser (the two guides link to each other)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from desktop.paths import resources_dir
from desktop.ui.labels import is_korean


def guide_path(korean: bool):
    return resources_dir() / "help" / ("guide_ko.html" if korean else "guide_en.html")


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path(is_korean()))))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        metrics = self.fontMetrics()
        self.resize(metrics.averageCharWidth() * 110, metrics.height() * 40)


def show_help(window) -> HelpDialog:
    """Open the guide beside the window (not modal: it can stay open while working)."""
    dialog = getattr(window, "_help_dialog", None)
    if dialog is None:
        dialog = window._help_dialog = HelpDialog(window)
    dialog.browser.setSource(QUrl.fromLocalFile(str(guide_path(is_korean()))))
    if dialog.isVisible():
        dialog.raise_()  # already open behind the window: bring it forward
    else:
        dialog.show()
    return dialog
