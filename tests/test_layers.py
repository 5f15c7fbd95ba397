"""The core never imports Qt, and the layers point one way (import-linter contracts)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def lint_imports(root: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(root)}
    return subprocess.run([str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
                          cwd=root, capture_output=True, text=True, env=env)


def test_import_linter_contracts_hold():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Contracts: 4 kept, 0 broken." in result.stdout


@pytest.mark.parametrize("module, line, contract", [
    ("desktop/ui/probe.py", "from db.engine import PROJECT_ID", "never db"),
    ("desktop/interop/probe.py", "import desktop.services.changes", "domain only"),
    ("desktop/charts/probe.py", "import db", "domain only"),
    ("desktop/services/probe.py", "import desktop.ui.labels", "one way"),
])
def test_the_contracts_catch_a_wrong_import(tmp_path, module, line, contract):
    """A copy of the tree with one wrong import: lint-imports names the broken contract."""
    for name in ("desktop", "db"):
        shutil.copytree(ROOT / name, tmp_path / name, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / module).write_text(line + "\n", encoding="utf-8")
    result = lint_imports(tmp_path)
    assert result.returncode != 0, result.stdout
    broken = [l for l in result.stdout.splitlines() if l.endswith("BROKEN")]
    assert any(contract in b for b in broken), result.stdout


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


def test_no_import_cycles():
    """No two modules of the application import each other, directly or through others
    (imports for type annotations only excepted: they do not run)."""
    import grimp

    graph = grimp.build_graph("desktop", "db", exclude_type_checking_imports=True)
    cycles = []
    for module in sorted(graph.modules):
        for imported in graph.find_modules_directly_imported_by(module):
            if graph.chain_exists(importer=imported, imported=module):
                cycles.append(f"{module} <-> {imported}")
    assert not cycles, cycles
