"""The Windows build names what the program loads by name, and agrees with the program on its
folders: a frozen build that misses one fails only when that part runs (only the slow
installer/build-windows.sh would catch it), so these cheap checks run with every test run."""

from __future__ import annotations

import ast
import re

from tests.conftest import ROOT

SPEC = ROOT / "installer" / "pohang-tracker.spec"
NSI = ROOT / "installer" / "pohang-tracker.nsi"


def spec_lists() -> dict[str, list]:
    """The spec's top-level list assignments (literals, and sums of them)."""
    names: dict[str, list] = {}

    def value(node):
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            return value(node.left) + value(node.right)
        if isinstance(node, ast.Name):
            return names[node.id]
        return ast.literal_eval(node)

    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
            try:
                names[node.targets[0].id] = value(node.value)
            except (ValueError, KeyError, TypeError):
                pass
    return names


def test_every_panel_loaded_through_importlib_is_a_hidden_import():
    from desktop.ui.views.main_window import PANELS

    lists = spec_lists()
    assert sorted(lists["PANEL_MODULES"]) == sorted(module for module, _ in PANELS.values())
    assert set(lists["PANEL_MODULES"]) <= set(lists["HIDDEN_IMPORTS"])
    assert "matplotlib.backends.backend_svg" in lists["HIDDEN_IMPORTS"]


def test_no_other_module_is_imported_by_name():
    dynamic = [path.relative_to(ROOT).as_posix() for path in (ROOT / "desktop").rglob("*.py")
               if re.search(r"import_module\(|__import__\(", path.read_text(encoding="utf-8"))]
    dynamic += [path.relative_to(ROOT).as_posix() for path in (ROOT / "db").rglob("*.py")
                if re.search(r"import_module\(|__import__\(", path.read_text(encoding="utf-8"))]
    assert sorted(dynamic) == ["desktop/services/lookups.py", "desktop/ui/views/main_window.py"], \
        "name the new module in the spec's HIDDEN_IMPORTS"


def test_every_module_lookups_loads_by_name_is_a_hidden_import():
    from desktop.services.lookups import _NAMES

    lists = spec_lists()
    assert sorted(lists["LOOKUP_MODULES"]) == sorted({module for module, _ in _NAMES.values()})
    assert set(lists["LOOKUP_MODULES"]) <= set(lists["HIDDEN_IMPORTS"])


def test_the_resources_the_program_reads_are_bundled():
    text = SPEC.read_text(encoding="utf-8")
    for path in [*(ROOT / "resources" / "i18n").glob("*.qm"), *(ROOT / "resources" / "fonts").glob("*.otf"),
                 *(ROOT / "resources" / "icons").glob("app.*")]:
        assert f'"{path.name}"' in text, f"{path.relative_to(ROOT)} is not in the spec's DATAS"
    from desktop.ui.fonts import FONT_FILES

    assert all(f'"{name}"' in text for name in FONT_FILES)
    assert 'glob("*.sql")' in text and list((ROOT / "db").glob("*.sql"))  # db's migrations read them


def test_installer_and_program_agree_on_the_data_folder_and_the_version_source():
    from desktop.paths import APPLICATION, ORGANIZATION

    nsi = NSI.read_text(encoding="utf-8")
    assert f'!define DATA_ORG "{ORGANIZATION}"' in nsi and f'!define DATA_APP "{APPLICATION}"' in nsi
    hook = (ROOT / "installer" / "rthook_matplotlib.py").read_text(encoding="utf-8")
    assert f'"{ORGANIZATION}", "{APPLICATION}"' in hook
    for script in ("build-windows.sh", "smoke-windows.ps1"):
        text = (ROOT / "installer" / script).read_text(encoding="utf-8")
        assert ORGANIZATION in text and f"{APPLICATION}.ini" in text and f"{APPLICATION}\\" in text.replace("/", "\\")
    assert "from desktop import __version__" in SPEC.read_text(encoding="utf-8")
    assert "desktop/__init__.py" in (ROOT / "installer" / "build-windows.sh").read_text(encoding="utf-8")


def test_the_command_line_twin_is_built_installed_and_removed():
    """PohangTrackerCmd.exe: the console program beside the windowed one (whose output goes
    nowhere on Windows) is made by the spec, replaced on upgrade, removed on uninstall, checked."""
    spec = SPEC.read_text(encoding="utf-8")
    assert 'CONSOLE_NAME = "PohangTrackerCmd"' in spec
    assert "program(CONSOLE_NAME, console=True)" in spec and "program(NAME, console=False)" in spec
    nsi = NSI.read_text(encoding="utf-8")
    assert '!define CMD_EXE "PohangTrackerCmd.exe"' in nsi
    assert nsi.count('Delete "$INSTDIR\\${CMD_EXE}"') == 2  # the upgrade and the uninstall
    for script in ("build-windows.sh", "smoke-windows.ps1"):
        text = (ROOT / "installer" / script).read_text(encoding="utf-8")
        assert "PohangTrackerCmd.exe" in text and "status --json" in text and "verify" in text
