"""Typed errors of the domain.

Every refusal carries a stable ``code`` and the ``params`` needed to explain it.  The text
the user reads is not made here: the UI and the command line look the code up in
``desktop.domain.messages`` and translate it (Korean by default).
"""

from __future__ import annotations


class DomainError(Exception):
    """Base of every error the application explains to its user."""

    def __init__(self, code: str, **params: object) -> None:
        self.code = code
        self.params = params
        detail = ", ".join(f"{k}={v!r}" for k, v in params.items())
        super().__init__(f"{code}({detail})" if detail else code)


class ValidationError(DomainError):
    """A value a service was asked to store is not acceptable; nothing was written."""


class NotFoundError(DomainError):
    """A referenced row (party, phase, task, ...) does not exist."""


class ConflictError(DomainError):
    """The change contradicts the stored state (closed month, duplicate, ...)."""
