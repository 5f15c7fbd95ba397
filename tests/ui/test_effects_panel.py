"""The expected-effects panel: targets with the latest reports, history, dialog, undo, chart."""

import pytest

from tests.ui.test_capacity_panel import answer_dialog, build_panel


@pytest.fixture
def effects(qtbot, qapp_ko, example_db):
    from desktop.ui.views.effects_panel import EffectsPanel

    return build_panel(qtbot, EffectsPanel, example_db)


def kpi_id(db, code: str) -> int:
    return db.execute("SELECT id FROM kpis WHERE code = ?", [code]).fetchone()[0]


def test_targets_reports_and_chart(effects, qtmodeltester):
    qtmodeltester.check(effects.target_model)
    qtmodeltester.check(effects.report_model)
    first = [effects.target_model.index(0, c).data() for c in range(6)]
    assert first == ["부가가치 창출", "2조 8,000억원", "1,200억원", "4.3%", "2026-06-30", "예시 자료"]
    assert effects.target_model.index(2, 1).data() == "28,000 명"
    assert effects.report_model.rowCount() == 3
    items = effects.chart_data.items
    assert [(i.target, i.reported) for i in items] == [
        (2_800_000_000_000, 120_000_000_000), (6_300_000_000_000, 310_000_000_000), (28_000, 640)]
    bars = [a for a in effects.chart.figure.findobj() if (a.get_gid() or "").startswith("bar_")]
    assert len(bars) == 3


def test_add_report_through_dialog_undo_redo(effects, example_db):
    outcome = answer_dialog(effects, {"kpi_id": kpi_id(example_db, "value_added"),
                                      "reported_on": "2026-11-20", "value": "1,500억",
                                      "source": "포항시 분기 보고"})
    effects.add_button.click()
    assert outcome == {"accepted": True, "error": ""}
    stored = example_db.execute("SELECT id, value, source FROM kpi_reports ORDER BY id DESC LIMIT 1"
                                ).fetchone()
    assert tuple(stored[1:]) == (150_000_000_000, "포항시 분기 보고")
    assert effects.target_model.index(0, 2).data() == "1,500억원"
    assert effects.target_model.index(0, 3).data() == "5.4%"
    effects.stack.undo()
    assert example_db["kpi_reports"].count == 3
    assert effects.target_model.index(0, 2).data() == "1,200억원"
    effects.stack.redo()
    assert example_db.execute("SELECT max(id) FROM kpi_reports").fetchone()[0] == stored[0]
    assert effects.target_model.index(0, 2).data() == "1,500억원" and not effects.errors


def test_jobs_are_a_count(effects, example_db):
    answer_dialog(effects, {"kpi_id": kpi_id(example_db, "jobs"), "value": "1,200",
                            "source": "고용노동부"})
    effects.add_button.click()
    assert effects.target_model.index(2, 2).data() == "1,200 명"
    outcome = answer_dialog(effects, {"kpi_id": kpi_id(example_db, "jobs"), "value": "12.5",
                                      "source": "고용노동부"})
    effects.add_button.click()
    assert outcome["accepted"] is False and "정수가 아닙니다" in outcome["error"]


def test_bad_report_is_refused_in_korean_and_nothing_is_stored(effects, example_db):
    outcome = answer_dialog(effects, {"value": "많이", "source": "보도자료"})
    effects.add_button.click()
    assert outcome["accepted"] is False and "금액이 아닙니다" in outcome["error"]
    outcome = answer_dialog(effects, {"value": "100억", "source": "  "})
    effects.add_button.click()
    assert outcome["accepted"] is False and "출처: 값을 입력해야 합니다" in outcome["error"]
    assert example_db["kpi_reports"].count == 3 and len(effects.stack.history.operations) == 0


def test_delete_report_is_undoable(effects, example_db):
    before = list(example_db.query("SELECT * FROM kpi_reports ORDER BY id"))
    effects.report_table.selectRow(0)
    effects.delete_button.click()
    assert example_db["kpi_reports"].count == 2
    assert "—" in [effects.target_model.index(r, 2).data() for r in range(3)]
    effects.stack.undo()
    assert list(example_db.query("SELECT * FROM kpi_reports ORDER BY id")) == before


def test_english_texts(effects):
    from desktop.ui.i18n import install_translators

    install_translators("en")
    effects.retranslate()
    assert effects.heading.text() == "Expected effects"
    assert effects.target_model.index(0, 0).data() == "Value added"
    assert effects.target_model.index(0, 1).data() == "KRW 2.8 trillion"
    assert effects.chart_data.labels["x"] == "% of target"
