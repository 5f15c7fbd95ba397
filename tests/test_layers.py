"""The core never imports Qt, and the layers point one way (import-linter contracts)."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_import_linter_contracts_hold():
    result = subprocess.run([str(Path(sys.executable).with_name("lint-imports"))],
                            cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 2 kept, 0 broken." in result.stdout


def test_core_imports_without_qt():
    """Import every core module in a fresh interpreter and check PySide6 was not loaded."""
    code = (
        "import sys, pkgutil, importlib\n"
        "import desktop.domain, desktop.services, desktop.charts, desktop.interop, db\n"
        "for pkg in (desktop.domain, desktop.services, desktop.charts, desktop.interop, db):\n"
        "    for m in pkgutil.walk_packages(pkg.__path__, pkg.__name__ + '.'):\n"
        "        importlib.import_module(m.name)\n"
        "print('PySide6' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
