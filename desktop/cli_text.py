"""Refusals explained in Korean on the command line (the window's own messages, translated)."""

from __future__ import annotations

from desktop.domain.errors import DomainError


def explain_error(error: DomainError) -> str:
    """The Korean text the window would show for ``error``."""
    from PySide6.QtCore import QCoreApplication

    from desktop.ui.i18n import explain, install_translators

    _app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 - translators need it
    install_translators("ko")
    return explain(error)
