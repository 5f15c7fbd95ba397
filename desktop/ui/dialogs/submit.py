"""The last step of an import dialog: hand the preview to the caller's ``submit``; a refusal
(its message) stays shown in the dialog, which stays open so the user sees why."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from desktop.ui.progress import busy


def submit_preview(dialog: QDialog, preview) -> bool:
    """``dialog.submit(preview) -> error text | None``; True (and the dialog accepted) when done."""
    with busy():
        message = dialog.submit(preview) if dialog.submit else None
    if message:
        dialog.error.setText(message)
        return False
    dialog.accept()
    return True
