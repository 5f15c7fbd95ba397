"""--smoke-test fails (exit 1, a reason) when a part of the program is broken, and passes on this one."""

from __future__ import annotations

import shutil
import subprocess
import sys

import pytest

from tests.conftest import ROOT, TODAY


@pytest.fixture
def smoke(qapp, tmp_path):
    from desktop.smoke import run_smoke_test

    from desktop.app import create_application
    from desktop.clock import Clock

    yield lambda db_path=None: run_smoke_test(db_path, clock=Clock(TODAY), app=create_application(language="ko"))
    from desktop.ui.i18n import install_translators

    install_translators("ko")


def test_passes_on_this_program(smoke, capsys):
    assert smoke() == 0
    out = capsys.readouterr().out
    from desktop.ui.views.main_window import AREA_ORDER

    assert "smoke test: ok" in out and f"{len(AREA_ORDER)} panels" in out and "report" in out


def test_fails_when_a_panel_module_is_missing(smoke, monkeypatch, capsys):
    from desktop.ui.views import main_window

    monkeypatch.setitem(main_window.PANELS, "budget", ("desktop.ui.views.no_such_panel", "BudgetPanel"))
    assert smoke() == 1
    err = capsys.readouterr().err
    assert "FAILED" in err and "panel budget" in err and "No module named 'desktop.ui.views.no_such_panel'" in err


def test_fails_when_a_panel_raises_while_painting(smoke, monkeypatch, capsys):
    from desktop.ui.views.capacity_panel import CapacityPanel

    def broken(self, event):
        raise RuntimeError("broken paint")

    monkeypatch.setattr(CapacityPanel, "paintEvent", broken, raising=False)
    assert smoke() == 1
    err = capsys.readouterr().err
    assert "panel capacity" in err and "RuntimeError: broken paint" in err


def test_fails_when_a_translation_is_missing(smoke, monkeypatch, tmp_path, capsys):
    import desktop.paths
    from desktop.paths import resources_dir

    copy = tmp_path / "resources"
    shutil.copytree(resources_dir(), copy, ignore=shutil.ignore_patterns("screenshots", "qtbase_ko.qm"))
    monkeypatch.setattr(desktop.paths, "resources_dir", lambda: copy)
    assert smoke() == 1
    assert "translation missing or unreadable" in capsys.readouterr().err


def test_fails_when_the_database_cannot_be_created(smoke, tmp_path, capsys):
    assert smoke(tmp_path / "no such folder" / "t.sqlite") == 1
    assert "cannot create or open the database" in capsys.readouterr().err


def test_report_check_refuses_a_truncated_pdf_or_a_wrong_page_count(tmp_path):
    from desktop.smoke import SmokeFailure, check_pdf

    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Pages /Count 1 >> endobj\n"
                    b"2 0 obj << /Type /Page >> endobj\n%%EOF\n")
    assert check_pdf(pdf, 1) == 1
    with pytest.raises(SmokeFailure, match="has 1 pages, 2 were painted"):
        check_pdf(pdf, 2)
    pdf.write_bytes(pdf.read_bytes()[:40])
    with pytest.raises(SmokeFailure, match="not a complete PDF"):
        check_pdf(pdf, 1)


def test_command_line_exit_code_and_log(tmp_path):
    log = tmp_path / "logs" / "tracker.log"
    result = subprocess.run([sys.executable, "-m", "desktop", "--smoke-test", "--log", str(log)], cwd=ROOT,
                            capture_output=True, text=True,
                            env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr
    text = log.read_text(encoding="utf-8")
    assert "started: version" in text and "smoke test: ok" in text
