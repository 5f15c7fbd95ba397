"""Run the core's tests in a process where importing PySide6 fails (CI runs this after the suite).

    python tests/without_qt.py [pytest options]

The core (domain, services, db, charts, interop) must work without Qt: a headless server or
a script can use it.  ``sys.modules["PySide6"] = None`` makes every ``import PySide6`` raise
ImportError, and pytest-qt is not loaded.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORE_TESTS = ["tests/domain", "tests/services", "tests/db", "tests/charts", "tests/interop"]


def main(argv: list[str]) -> int:
    for name in ("PySide6", "shiboken6"):
        sys.modules[name] = None  # type: ignore[assignment] - import now raises ImportError
    import pytest

    return pytest.main(["-p", "no:pytest-qt", "-p", "no:cacheprovider", "-q",
                        *[str(ROOT / path) for path in CORE_TESTS], *argv])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
