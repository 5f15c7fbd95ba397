"""Translations: every source text translated, the built .qm current, no English in Korean UI."""

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QLabel, QMenu

from tests.conftest import ROOT

TS = ROOT / "resources" / "i18n" / "tracker_ko.ts"
QM = ROOT / "resources" / "i18n" / "tracker_ko.qm"
BIN = Path(__import__("sys").executable).parent


def sources_in(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(c.find("name").text, m.find("source").text) for c in root for m in c.findall("message")}


def test_no_unfinished_or_empty_entry():
    root = ET.parse(TS).getroot()
    for context in root:
        for message in context.findall("message"):
            translation = message.find("translation")
            text = (translation.text or "") + "".join(n.text or "" for n in translation)
            assert translation.get("type") is None, message.find("source").text
            assert text.strip(), message.find("source").text


def test_ts_covers_every_source_string(tmp_path):
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p) for p in (ROOT / "desktop").rglob("*.py"))
    subprocess.run([str(BIN / "pyside6-lupdate"), *files, "-ts", str(fresh), "-no-obsolete",
                    "-locations", "none"], check=True, capture_output=True)
    missing = sources_in(fresh) - sources_in(TS)
    assert not missing, f"run lupdate and translate: {sorted(missing)[:5]}"


def test_built_qm_matches_ts(tmp_path):
    built = tmp_path / "check.qm"
    subprocess.run([str(BIN / "pyside6-lrelease"), str(TS), "-qm", str(built)], check=True,
                   capture_output=True)
    assert built.read_bytes() == QM.read_bytes(), "run pyside6-lrelease on tracker_ko.ts"


ALLOWED = re.compile(r"^(WBS|MW|GPU|English|D[+-]\d+|[\d,.:%+\-/ ()㎡·—]+)$")


def visible_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if widget.isVisibleTo(window):
            texts.append(widget.text())
    for menu in window.findChildren(QMenu):
        texts.append(menu.title())
        texts.extend(a.text() for a in menu.actions() if not a.isSeparator())
    for row in range(window.nav.count()):
        texts.append(window.nav.item(row).text())
    for model in (p.phase_model, p.milestone_model, p.party_model, p.kpi_model) \
            if (p := window.panels["overview"]) else ():
        for col in range(model.columnCount()):
            texts.append(model.headerData(col, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal))
            for row in range(model.rowCount()):
                texts.append(model.index(row, col).data())
    return [t for t in texts if t]


def test_no_english_left_in_the_korean_window(make_window, example_db):
    window = make_window(example_db)
    window.banner.show()
    english_words = re.compile(r"[A-Za-z]{3,}")
    leftovers = []
    for text in visible_texts(window):
        plain = re.sub(r"<[^>]+>|&(?=\w)", "", text)
        words = [w for w in english_words.findall(plain)
                 if w not in {"WBS", "GPU", "GPUs", "English", "NHN", "MOU", "POSTECH", "Database",
                              "Project", "XML", "Excel", "CSV", "PNG", "PDF"}]  # product names
        if words and "sqlite" not in plain and not ALLOWED.match(plain):
            leftovers.append(plain)
    assert not leftovers, leftovers
